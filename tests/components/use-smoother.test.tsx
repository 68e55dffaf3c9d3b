// @vitest-environment happy-dom
/** The side panel's smoother hook: a request belongs to the draft it was asked for. */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSmoother } from '../../entrypoints/sidepanel/smoother';
import { applyChanges, check, rewrite } from '../../lib/coach';

const D1 =
  'Hi Dana,\n\nJust checking in again. I need you to sign the contract by Friday or the 20% discount goes away.';
const D2 = `${D1} Thanks.`;
const SMOOTH =
  "Whenever you're ready, the contract with the 20% discount is here for you to sign by Friday. If the timing isn't right, just tell me and I'll close the loop.";

/** A stand-in model whose answers wait until the test releases them. */
function standIn() {
  const pending: { release: () => void; aborted: boolean; input: string }[] = [];
  (globalThis as Record<string, unknown>).LanguageModel = {
    availability: async () => 'available',
    create: async () => ({
      prompt: (input: string, opts?: { signal?: AbortSignal }) =>
        new Promise((resolve, reject) => {
          const p = { release: () => resolve(SMOOTH), aborted: false, input };
          pending.push(p);
          opts?.signal?.addEventListener('abort', () => {
            p.aborted = true;
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
      destroy: () => undefined,
    }),
  };
  return pending;
}

beforeEach(() => {
  delete (globalThis as Record<string, unknown>).LanguageModel;
});
afterEach(() => {
  cleanup();
  delete (globalThis as Record<string, unknown>).LanguageModel;
});

const hook = () =>
  renderHook(({ draft }) => useSmoother(draft, rewrite(draft), {}), {
    initialProps: { draft: D1 },
  });

describe('useSmoother', () => {
  it('says there is no model when Chrome has none', async () => {
    const { result } = hook();
    await waitFor(() => expect(result.current.model).toBe('none'));
  });

  it('asks, shows the outcome for the same draft, and cancels', async () => {
    const pending = standIn();
    const { result } = hook();
    await waitFor(() => expect(result.current.model).toBe('ready'));
    act(() => result.current.start());
    expect(result.current.job.state).toBe('working');
    await waitFor(() => expect(pending).toHaveLength(1));
    await act(async () => pending[0]!.release());
    await waitFor(() => expect(result.current.job.state).toBe('done'));
    const job = result.current.job;
    expect(job.state === 'done' && job.outcome.kind).toBe('offer');

    act(() => result.current.start());
    await waitFor(() => expect(pending).toHaveLength(2));
    act(() => result.current.cancel());
    expect(result.current.job).toMatchObject({ state: 'done', outcome: { kind: 'cancelled' } });
    await waitFor(() => expect(pending[1]!.aborted).toBe(true));
  });

  it('drops a request when the draft changes, and does not bring it back with the old draft', async () => {
    const pending = standIn();
    const { result, rerender } = hook();
    await waitFor(() => expect(result.current.model).toBe('ready'));
    act(() => result.current.start());
    await waitFor(() => expect(pending).toHaveLength(1));
    rerender({ draft: D2 });
    expect(result.current.job.state).toBe('idle');
    await waitFor(() => expect(pending[0]!.aborted).toBe(true));
    // typed a letter and took it out: the old request is not shown as still writing
    rerender({ draft: D1 });
    expect(result.current.job.state).toBe('idle');
  });

  // session 24: the smoother used to smooth the whole one-click rewrite, even with changes unticked
  it('smooths the changes the user left ticked, scored afresh, and drops a request when the choice changes', async () => {
    const pending = standIn();
    const r = rewrite(D1);
    const { result } = renderHook(() => useSmoother(D1, r, {}));
    await waitFor(() => expect(result.current.model).toBe('ready'));
    expect(result.current.base).toBe(r);
    // the user unticks the opt-out line the rewrite adds
    const keep = r.changes
      .map((_c, i) => i)
      .filter((i) => r.changes[i]!.rule !== 'opt-out-missing');
    expect(keep.length).toBe(r.changes.length - 1);
    const chosen = applyChanges(D1, r.changes, keep);
    act(() => result.current.choose(chosen));
    expect(result.current.base!.text).toBe(chosen);
    expect(result.current.base!.after.score).toBe(check(chosen).score);
    expect(result.current.base!.after.flags.optOut).toBe(false);
    act(() => result.current.start());
    await waitFor(() => expect(pending).toHaveLength(1));
    expect(pending[0]!.input).toBe(chosen.slice('Hi Dana,\n\n'.length));
    expect(pending[0]!.input).not.toContain('close the loop');
    // ticking it again: the request made for the other choice is dropped
    act(() => result.current.choose(r.text));
    expect(result.current.base).toBe(r);
    expect(result.current.job.state).toBe('idle');
    await waitFor(() => expect(pending[0]!.aborted).toBe(true));
  });
});

// @vitest-environment happy-dom
/** The smoother-wording section: each state, keyboard focus kept, the model's text never as HTML. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SmootherOffer } from '../../components/SmootherOffer';
import { check } from '../../lib/coach';
import type { SmootherJob } from '../../lib/on-device/smooth';

afterEach(cleanup);

function setup(job: SmootherJob, model: 'ready' | 'not-downloaded' | 'downloading' = 'ready') {
  const calls = {
    onStart: vi.fn(),
    onCancel: vi.fn(),
    onApply: vi.fn(),
    onDiscard: vi.fn(),
  };
  const view = (j: SmootherJob) => (
    <>
      <button type="button" data-testid="elsewhere">
        elsewhere
      </button>
      <SmootherOffer model={model} job={j} baseScore={80} busy={false} {...calls} />
    </>
  );
  const r = render(view(job));
  return { ...calls, rerender: (j: SmootherJob) => r.rerender(view(j)) };
}
const TEXT = 'Hi Dana,\n\nHere are the 3 case studies <img src=x onerror=alert(1)>.\n\nBest,\nAlex';
const status = () => screen.getByTestId('smoother-status').textContent?.trim();
const offer = (): SmootherJob => ({
  state: 'done',
  outcome: { kind: 'offer', text: TEXT, result: check(TEXT) },
});

describe('SmootherOffer', () => {
  it('offers to ask the model, keeps focus on Cancel while it writes, then on Apply', () => {
    const s = setup({ state: 'idle' });
    expect(status()).toBe('');
    const start = screen.getByTestId('smoother-start');
    expect(start.textContent).toBe('Suggest smoother wording');
    start.focus();
    fireEvent.click(start);
    expect(s.onStart).toHaveBeenCalledOnce();
    s.rerender({ state: 'working' });
    expect(status()).toBe('Writing on this device…');
    expect(document.activeElement).toBe(screen.getByTestId('smoother-cancel'));
    fireEvent.click(screen.getByTestId('smoother-cancel'));
    expect(s.onCancel).toHaveBeenCalledOnce();
    s.rerender(offer());
    expect(document.activeElement).toBe(screen.getByTestId('smoother-apply'));
  });

  it('shows the offer as plain text with its score in the live region, and applies or discards it', () => {
    const s = setup(offer());
    const shown = screen.getByTestId('smoother-text');
    expect(shown.textContent).toBe(TEXT);
    expect(shown.querySelector('img')).toBeNull();
    expect(screen.getByTestId('smoother-status').getAttribute('aria-live')).toBe('polite');
    expect(status()).toMatch(
      new RegExp(`^Score ${check(TEXT).score} \\(one-click rewrite: 80\\)\\. .*read it before`),
    );
    fireEvent.click(screen.getByTestId('smoother-apply'));
    expect(s.onApply).toHaveBeenCalledWith(TEXT);
    fireEvent.click(screen.getByTestId('smoother-discard'));
    expect(s.onDiscard).toHaveBeenCalledOnce();
  });

  it('does not take focus it never had, or that the user moved elsewhere', () => {
    const s = setup({ state: 'idle' });
    // the panel just opened, focus nowhere: showing a new state does not grab it
    expect(document.activeElement).toBe(document.body);
    s.rerender({ state: 'working' });
    expect(document.activeElement).toBe(document.body);
    // focus in the section, then moved out by the user and dropped: a later change leaves it
    const elsewhere = screen.getByTestId('elsewhere');
    screen.getByTestId('smoother-cancel').focus();
    fireEvent.blur(screen.getByTestId('smoother-cancel'), { relatedTarget: elsewhere });
    elsewhere.focus();
    elsewhere.blur();
    expect(document.activeElement).toBe(document.body);
    s.rerender(offer());
    expect(document.activeElement).toBe(document.body);
  });

  it.each([
    [
      { kind: 'refused', reason: "The model's wording dropped “20”." } as const,
      "Not shown. The model's wording dropped “20”. The one-click rewrite above still stands.",
    ],
    [{ kind: 'cancelled' } as const, 'Cancelled.'],
    [
      { kind: 'error', message: "Chrome's on-device model failed: boom" } as const,
      "Chrome's on-device model failed: boom",
    ],
  ])('says why nothing is shown (%j) and offers to try again', (outcome, says) => {
    const s = setup({ state: 'done', outcome });
    expect(status()).toBe(says);
    expect(screen.queryByTestId('smoother-text')).toBeNull();
    const again = screen.getByTestId('smoother-start');
    expect(again.textContent).toBe('Try again');
    fireEvent.click(again);
    expect(s.onStart).toHaveBeenCalledOnce();
  });

  it.each([
    ['not-downloaded', /has not downloaded it\. Crickets never starts that download for you\./],
    ['downloading', /is still downloading it; this offer appears when it is done\./],
  ] as const)('with the model %s, says so and offers nothing to press', (model, says) => {
    setup({ state: 'idle' }, model);
    expect(screen.getByTestId('smoother-not-downloaded').textContent).toMatch(says);
    expect(screen.queryByTestId('smoother-start')).toBeNull();
  });
});

// @vitest-environment happy-dom
/** The smoother-wording section: each state, keyboard focus kept, the model's text never as HTML. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SmootherOffer } from '../../components/SmootherOffer';
import { check } from '../../lib/coach';
import type { SmootherJob } from '../../lib/on-device/smooth';

afterEach(cleanup);

function setup(job: SmootherJob, model: 'ready' | 'not-downloaded' = 'ready') {
  const calls = {
    onStart: vi.fn(),
    onCancel: vi.fn(),
    onApply: vi.fn(),
    onDiscard: vi.fn(),
  };
  const view = (j: SmootherJob) => (
    <SmootherOffer model={model} job={j} baseScore={80} busy={false} {...calls} />
  );
  const r = render(view(job));
  return { ...calls, rerender: (j: SmootherJob) => r.rerender(view(j)) };
}
const TEXT = 'Hi Dana,\n\nHere are the 3 case studies <img src=x onerror=alert(1)>.\n\nBest,\nAlex';

describe('SmootherOffer', () => {
  it('offers to ask the model, and moves focus to Cancel while it writes, then to Apply', () => {
    const s = setup({ state: 'idle' });
    const start = screen.getByTestId('smoother-start');
    expect(start.textContent).toBe('Suggest smoother wording');
    start.focus();
    fireEvent.click(start);
    expect(s.onStart).toHaveBeenCalledOnce();
    s.rerender({ state: 'working' });
    expect(screen.getByTestId('smoother-working').textContent).toContain('Writing on this device');
    expect(document.activeElement).toBe(screen.getByTestId('smoother-cancel'));
    fireEvent.click(screen.getByTestId('smoother-cancel'));
    expect(s.onCancel).toHaveBeenCalledOnce();
    s.rerender({ state: 'done', outcome: { kind: 'offer', text: TEXT, result: check(TEXT) } });
    expect(document.activeElement).toBe(screen.getByTestId('smoother-apply'));
  });

  it('shows the offer as plain text with its score, and applies or discards it', () => {
    const result = check(TEXT);
    const s = setup({ state: 'done', outcome: { kind: 'offer', text: TEXT, result } });
    const shown = screen.getByTestId('smoother-text');
    expect(shown.textContent).toBe(TEXT);
    expect(shown.querySelector('img')).toBeNull();
    expect(screen.getByTestId('smoother-score').textContent).toMatch(
      new RegExp(`^Score ${result.score} \\(one-click rewrite: 80\\)`),
    );
    fireEvent.click(screen.getByTestId('smoother-apply'));
    expect(s.onApply).toHaveBeenCalledWith(TEXT);
    fireEvent.click(screen.getByTestId('smoother-discard'));
    expect(s.onDiscard).toHaveBeenCalledOnce();
  });

  it('does not steal focus when it first appears or when the draft changes elsewhere', () => {
    const s = setup({ state: 'idle' });
    expect(document.activeElement).toBe(document.body);
    s.rerender({ state: 'working' });
    expect(document.activeElement).toBe(document.body);
  });

  it.each([
    [
      { kind: 'refused', reason: "The model's wording dropped “20”." } as const,
      'smoother-refused',
      "Not shown. The model's wording dropped “20”. The one-click rewrite above still stands.",
    ],
    [{ kind: 'cancelled' } as const, 'smoother-cancelled', 'Cancelled.'],
    [
      { kind: 'error', message: "Chrome's on-device model failed: boom" } as const,
      'smoother-error',
      "Chrome's on-device model failed: boom",
    ],
  ])('says why nothing is shown (%j) and offers to try again', (outcome, id, says) => {
    const s = setup({ state: 'done', outcome });
    expect(screen.getByTestId(id).textContent).toBe(says);
    fireEvent.click(screen.getByTestId('smoother-start'));
    expect(s.onStart).toHaveBeenCalledOnce();
  });

  it('says the model is not downloaded, and offers nothing to press', () => {
    setup({ state: 'idle' }, 'not-downloaded');
    expect(screen.getByTestId('smoother-not-downloaded').textContent).toMatch(
      /has not downloaded it\. Crickets never starts that download for you\./,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});

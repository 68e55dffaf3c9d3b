import { describe, expect, it } from 'vitest';
import { TOAST_MS, UNDO_TOAST_MS, toastLifetime, toastShown } from '../lib/toast';

describe('toasts: how long they stay and where', () => {
  it('a result fades, an Undo stays longer, an error stays until dismissed', () => {
    expect(toastLifetime({ threadKey: 'a' })).toBe(TOAST_MS);
    expect(toastLifetime({ threadKey: 'a', undo: { type: 'unmerge' } })).toBe(UNDO_TOAST_MS);
    expect(UNDO_TOAST_MS).toBeGreaterThan(TOAST_MS);
    expect(toastLifetime({ threadKey: 'a', error: true })).toBeNull();
  });

  it('a result or an error belongs to the conversation it was raised in', () => {
    expect(toastShown({ threadKey: 'a' }, 'a')).toBe(true);
    expect(toastShown({ threadKey: 'a' }, 'b')).toBe(false);
    expect(toastShown({ threadKey: 'a', error: true }, null)).toBe(false);
    expect(toastShown({ threadKey: null }, null)).toBe(true);
  });

  it('an Undo names its contact, so it follows the user to another conversation', () => {
    expect(toastShown({ threadKey: 'a', undo: { type: 'unmerge' } }, 'b')).toBe(true);
  });
});

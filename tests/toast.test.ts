import { describe, expect, it } from 'vitest';
import {
  TOAST_MS,
  UNDO_TOAST_MS,
  isTextEntry,
  isUndoKey,
  joinedUndo,
  toastLifetime,
  toastShown,
  undoKeyLabel,
} from '../lib/toast';

const keys = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('joinedUndo: a batch of actions shares one Undo while it shows', () => {
  it.each([
    ['nothing shown', null, { undo: [2], batch: 'd' }, [2]],
    ['same batch', { undo: [1], batch: 'd' }, { undo: [2], batch: 'd' }, [1, 2]],
    ['another batch', { undo: [1], batch: 'x' }, { undo: [2], batch: 'd' }, [2]],
    ['no batch', { undo: [1] }, { undo: [2] }, [2]],
    ['shown has no Undo', { batch: 'd' }, { undo: [2], batch: 'd' }, [2]],
    ['shown is an error', { undo: [1], batch: 'd', error: true }, { undo: [2], batch: 'd' }, [2]],
    ['next has no Undo', { undo: [1], batch: 'd' }, { batch: 'd' }, undefined],
  ])('%s', (_, shown, next, undo) => {
    expect(joinedUndo<number>(shown, next)).toEqual(undo);
  });
});

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

  // session 19: a keyboard user need not reach the toast to undo
  it('Ctrl+Z or ⌘Z undoes; Shift (redo), Alt, or a plain z do not', () => {
    expect(isUndoKey(keys('z', { ctrlKey: true }))).toBe(true);
    expect(isUndoKey(keys('Z', { ctrlKey: true }))).toBe(true); // Caps Lock
    expect(isUndoKey(keys('z', { metaKey: true }))).toBe(true);
    expect(isUndoKey(keys('z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isUndoKey(keys('z', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isUndoKey(keys('z'))).toBe(false);
    expect(isUndoKey(keys('y', { ctrlKey: true }))).toBe(false);
    // a Cyrillic layout: the key in Z's place types "я"
    expect(isUndoKey({ ...keys('я', { ctrlKey: true }), code: 'KeyZ' })).toBe(true);
    expect(isUndoKey({ ...keys('ч', { ctrlKey: true }), code: 'KeyX' })).toBe(false);
    // a German layout: Z is where Y is on others; the letter decides
    expect(isUndoKey({ ...keys('z', { ctrlKey: true }), code: 'KeyY' })).toBe(true);
  });

  it('inside a text field the keys undo the typing, not the action', () => {
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTextEntry({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isTextEntry({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' })).toBe(false);
    expect(isTextEntry({ tagName: 'BODY' })).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });

  it('names the keys as this computer writes them', () => {
    expect(undoKeyLabel('MacIntel')).toBe('⌘Z');
    expect(undoKeyLabel('Linux x86_64')).toBe('Ctrl+Z');
    expect(undoKeyLabel('Win32')).toBe('Ctrl+Z');
  });
});

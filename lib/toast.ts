/** When a side-panel toast goes away (pure rules; the component runs the timer). */

export interface ToastFacts {
  error?: boolean;
  /** It offers Undo. */
  undo?: unknown;
  /** The conversation open when it was raised (null: none). */
  threadKey: string | null;
}

/** A plain result fades after 6 s. */
export const TOAST_MS = 6_000;
/** Undo stays longer, 20 s, to leave time to read and reach it (focus or hover holds it). */
export const UNDO_TOAST_MS = 20_000;

/**
 * How long it stays, in ms, while not hovered or focused; null: until dismissed (an error must be
 * read).
 */
export function toastLifetime(t: ToastFacts): number | null {
  if (t.error) return null;
  return t.undo ? UNDO_TOAST_MS : TOAST_MS;
}

/**
 * Whether it still shows in the conversation now open. A result belongs to the conversation it
 * was raised in; an Undo names its contact, so it stays until its time runs out.
 */
export function toastShown(t: ToastFacts, threadKey: string | null): boolean {
  return Boolean(t.undo) || t.threadKey === threadKey;
}

/**
 * What Undo reverses once a toast arrives. A second delete while the first one's Undo still shows
 * (same `batch`) joins it, so one Undo brings both back; otherwise only the newest action.
 */
export function joinedUndo<U>(
  shown: { undo?: U[]; batch?: string; error?: boolean } | null,
  next: { undo?: U[]; batch?: string },
): U[] | undefined {
  if (!next.undo?.length) return undefined;
  if (shown?.undo?.length && !shown.error && next.batch && shown.batch === next.batch)
    return [...shown.undo, ...next.undo];
  return next.undo;
}

/** The keys pressed, as a keyboard event reports them. */
export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** The physical key ("KeyZ"), whatever the layout. */
  code?: string;
}

/** Ctrl+Z, or ⌘Z on a Mac, undoes what the toast reports (with Shift it is redo: not ours). */
export function isUndoKey(e: KeyFacts): boolean {
  if (!(e.ctrlKey || e.metaKey) || e.shiftKey || e.altKey) return false;
  // another keyboard layout (Cyrillic "я"): the key in Z's place
  return /^[a-z]$/i.test(e.key) ? e.key.toLowerCase() === 'z' : e.code === 'KeyZ';
}

const TEXT_INPUTS = new Set(['', 'text', 'search', 'url', 'email', 'tel', 'password', 'number']);

/** Typing in a field, whose own undo the keys belong to. */
export function isTextEntry(
  el: { tagName?: string; type?: string; isContentEditable?: boolean } | null,
): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName?.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((el.type ?? '').toLowerCase());
}

/** How the shortcut is written for this computer. */
export function undoKeyLabel(platform: string): string {
  return /Mac|iPhone|iPad/.test(platform) ? '⌘Z' : 'Ctrl+Z';
}

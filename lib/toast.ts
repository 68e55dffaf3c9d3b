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

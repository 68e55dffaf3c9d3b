/** Whether the panel's Undo may put the original draft back without losing the user's later edits. */

export interface UndoSnapshot {
  tabId: number;
  /** The draft before Apply. */
  text: string;
  /** What Apply wrote into the compose box. */
  applied: string;
}

/** 'ready': the box still holds what Apply wrote; 'edited': the user typed since; 'none': no Apply. */
export type UndoState = 'ready' | 'edited' | 'none';

/**
 * Compose boxes turn spaces into non-breaking ones, add or drop line ends, and the draft reader
 * drops zero-width characters: compare words.
 */
const norm = (t: string): string =>
  t
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** What the compose box holds after Apply, as the content script read it back (else what was sent). */
export function readBack(reply: { ok: boolean; text?: unknown }, sent: string): string {
  return reply.ok && typeof reply.text === 'string' ? reply.text : sent;
}

export function undoState(
  undo: UndoSnapshot | null,
  draft: { tabId?: number; text: string } | null,
): UndoState {
  if (!undo || !draft || undo.tabId !== draft.tabId) return 'none';
  const now = norm(draft.text);
  // the panel may still show the draft from before Apply until the box's change arrives
  return now === norm(undo.applied) || now === norm(undo.text) ? 'ready' : 'edited';
}

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

/** Compose boxes turn spaces into non-breaking ones and add or drop line ends: compare words. */
const norm = (t: string): string => t.replace(/[\s\u00a0]+/g, ' ').trim();

export function undoState(
  undo: UndoSnapshot | null,
  draft: { tabId?: number; text: string } | null,
): UndoState {
  if (!undo || !draft || undo.tabId !== draft.tabId) return 'none';
  return norm(draft.text) === norm(undo.applied) ? 'ready' : 'edited';
}

import { applyDraft, readDraft, watchDraftBox, type DraftOptions } from './compose';
import { findLinkedInComposer } from './linkedin-page';

/** LinkedIn's message box has no signature or quoted history: all of it is the draft. */
export const LINKEDIN_DRAFT_OPTIONS: DraftOptions = { exclude: [] };

export function readLinkedInDraft(doc: Document): { text: string; box: HTMLElement } | null {
  const box = findLinkedInComposer(doc);
  return box ? { text: readDraft(box, LINKEDIN_DRAFT_OPTIONS).text, box } : null;
}

/**
 * Replaces the draft in the open conversation's message box so LinkedIn's editor notices (insertText
 * per line, paragraphs between; its Send button then enables). Never sends.
 */
export function applyLinkedInDraft(doc: Document, text: string): boolean {
  const box = findLinkedInComposer(doc);
  if (!box) return false;
  return applyDraft(box, text, { ...LINKEDIN_DRAFT_OPTIONS, doc: box.ownerDocument });
}

/** Reports the LinkedIn draft as it is typed (see watchDraftBox). */
export function watchLinkedInDraft(
  doc: Document,
  onDraft: (draft: { text: string } | null) => void,
): () => void {
  return watchDraftBox(doc, findLinkedInComposer, LINKEDIN_DRAFT_OPTIONS, onDraft);
}

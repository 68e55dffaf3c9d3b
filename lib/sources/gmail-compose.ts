/**
 * Gmail's compose and reply box: find it, read the draft, replace it, watch it as it is typed.
 *
 * Gmail's markup, as relied on here: the inline reply form (`div.M9 > … table.iN … div.Ar.Au`)
 * and the floating "New Message" dialog (`div[role=dialog]` with the same form) both hold the
 * body `div.Am.Al.editable[contenteditable=true][role=textbox][g_editable=true]
 * [aria-label="Message Body"]`, one `<div>` per line, an empty line as `<div><br></div>`, then the
 * signature (`div.gmail_signature[data-smartmail=gmail_signature]`, sometimes after a
 * `span.gmail_signature_prefix` "-- ") and, once "Show trimmed content" is clicked, the quoted
 * history (`div.gmail_quote`).
 */
import { applyDraft, readDraft, watchDraftBox, type DraftOptions } from './compose';

/** Ranked: the first selector with a visible, editable match wins (see findGmailCompose). */
const BOX_SELECTORS = [
  'div[contenteditable="true"][role="textbox"][g_editable="true"]',
  'div.Am.Al.editable',
  'div[aria-label="Message Body"][contenteditable="true"]',
  // The label is translated ("Nachrichtentext", "Corps du message"): any labelled editable of
  // a compose form or dialog.
  '.M9 div[contenteditable="true"][aria-label], table.iN div[contenteditable="true"][aria-label]',
  '[role="dialog"] div[contenteditable="true"][aria-label][aria-multiline="true"]',
];
const ANY_BOX = BOX_SELECTORS.join(', ');

const GMAIL_SIGNATURE = [
  '.gmail_signature',
  '[data-smartmail="gmail_signature"]',
  '.gmail_signature_prefix',
];

/** Signature and quoted history: never read as typed text, never replaced. */
export const GMAIL_DRAFT_OPTIONS: DraftOptions = {
  exclude: [...GMAIL_SIGNATURE, '.gmail_quote', '.gmail_extra', 'blockquote'],
  signature: GMAIL_SIGNATURE,
};

const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/**
 * Editable and not hidden by anything visible without layout: the `hidden` or `inert`
 * attribute, `aria-hidden="true"` or an inline `display: none` on it or an ancestor.
 */
function usable(el: Element): boolean {
  if (!EDITABLE.has((el.getAttribute('contenteditable') ?? 'false').toLowerCase())) return false;
  for (let n: Element | null = el; n; n = n.parentElement) {
    if (!n.hasAttributes()) continue;
    if (n.hasAttribute('hidden') || n.hasAttribute('inert')) return false;
    if (n.getAttribute('aria-hidden') === 'true') return false;
    const style = n.getAttribute('style');
    if (style && style.includes('none') && /display\s*:\s*none/i.test(style)) return false;
  }
  return true;
}

const asHtml = (el: Element | null | undefined): HTMLElement | null =>
  el ? (el as HTMLElement) : null;

/** A compose form or dialog: where focus in the To or Subject field points to its body. */
const COMPOSE_FORM = '.M9, [role="dialog"]';

/**
 * The compose or reply body the user is working in: among the visible, editable boxes, the one
 * that has focus, else the one in the same compose form as the focus (To, Subject), else the
 * last one found by the best-ranked selector that finds any (the newest reply box; a floating
 * dialog comes after the thread). Null when there is none.
 */
export function findGmailCompose(doc: Document): HTMLElement | null {
  try {
    const active = doc.activeElement;
    const form =
      active && typeof active.closest === 'function' ? active.closest(COMPOSE_FORM) : null;
    let best: Element | null = null;
    let sameForm: Element | null = null;
    const seen = new Set<Element>();
    for (const selector of BOX_SELECTORS) {
      const found = Array.from(doc.querySelectorAll(selector)).filter(
        (el) => !seen.has(el) && usable(el),
      );
      for (const el of found) {
        seen.add(el);
        if (active && (el === active || el.contains(active))) return asHtml(el);
        if (!sameForm && form?.contains(el)) sameForm = el;
      }
      if (!best && found.length > 0) best = found[found.length - 1] ?? null;
    }
    return asHtml(sameForm ?? best);
  } catch {
    return null;
  }
}

export interface GmailDraft {
  text: string;
  signature: string;
  quoted: boolean;
  box: HTMLElement;
}

/** The draft in the active compose box, or null when no compose box is open. */
export function readGmailDraft(doc: Document): GmailDraft | null {
  const box = findGmailCompose(doc);
  if (!box) return null;
  return { ...readDraft(box, GMAIL_DRAFT_OPTIONS), box };
}

/**
 * Replaces the typed part of the active compose box with `text` (signature and quoted history
 * stay as they are). False when no box is open or the box does not read as `text` afterwards.
 */
export function applyGmailDraft(doc: Document, text: string): boolean {
  const box = findGmailCompose(doc);
  if (!box) return false;
  return applyDraft(box, text, { ...GMAIL_DRAFT_OPTIONS, doc });
}

/** The compose box an event happened in, if it happened in one. */
function boxOfTarget(target: EventTarget | null): HTMLElement | null {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function') return null;
  try {
    const box = el.closest(ANY_BOX);
    return box && usable(box) ? asHtml(box) : null;
  } catch {
    return null;
  }
}

/**
 * Reports the draft as it is typed: on every `input`, `keyup` and `focusin` of the page
 * (listened to in the capture phase, so the page cannot stop them), synchronously, and only
 * when the text changed (null when no compose box is open). Reports once on start when a
 * draft is already open. Returns the function that stops watching.
 */
export function watchDraft(
  doc: Document,
  onDraft: (draft: { text: string } | null) => void,
): () => void {
  return watchDraftBox(doc, findGmailCompose, GMAIL_DRAFT_OPTIONS, onDraft, boxOfTarget);
}

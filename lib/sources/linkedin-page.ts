/**
 * Where LinkedIn shows conversations, and which one is open.
 *
 * - The messaging page's thread pane: the first of `.msg-thread`, `.scaffold-layout__detail`,
 *   `main`, `[role=main]`, the body that holds message items outside the overlay.
 * - Overlay bubbles `.msg-overlay-conversation-bubble`, in the open shadow root of
 *   `#interop-outlet` (`[data-testid="interop-shadowdom"]`) or, on older pages, in the document.
 *   The open one is the bubble holding the focused element, else an expanded bubble marked
 *   `--is-active`, else the first expanded bubble in document order (LinkedIn puts a newly
 *   opened bubble next to the list bubble, first in order); minimized ones
 *   (`--is-minimized`) never are.
 * - Thread ids: the URL's `/messaging/thread/<id>/` (page); a conversation URN in
 *   `data-conversation-urn` / `data-conversation-id` / `data-thread-urn`, a link to
 *   `/messaging/thread/<id>/` inside a bubble, the active item of the conversation list (page);
 *   last, the conversation the message ids name when they all agree.
 */
import { conversationFromMessageId } from './linkedin-dates';

const BUBBLE = '.msg-overlay-conversation-bubble';
const OVERLAY = `${BUBBLE}, #msg-overlay, .msg-overlay-container, .msg-overlay-list-bubble`;
const SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';
const EVENTS = '.msg-s-event-listitem, [data-event-urn]';
const PAGE_SCOPES = ['.msg-thread', '.scaffold-layout__detail', 'main', '[role="main"]', 'body'];
/** The conversation list of the messaging page: its items name other conversations. */
const CONVERSATION_LIST = '.msg-conversations-container, .msg-conversation-listitem';
const CONVERSATION_ATTRS = ['data-conversation-urn', 'data-conversation-id', 'data-thread-urn'];
const ACTIVE_ITEM = [
  'a.msg-conversations-container__convo-item-link--active[href]',
  '.msg-conversation-listitem__link--active[href]',
  '.msg-conversation-card--active a[href*="/messaging/thread/"]',
];
const COMPOSER = '.msg-form__contenteditable[contenteditable="true"]';
const COMPOSER_FALLBACK = '.msg-form [role="textbox"][contenteditable="true"]';
const SEND = 'button.msg-form__send-button';
const THREAD_ID = /^[A-Za-z0-9+/=_-]{3,190}$/;

/** The messaging page of a conversation (`=` left as LinkedIn writes it, `/` and `+` encoded). */
export const linkedInThreadUrl = (id: string): string =>
  `https://www.linkedin.com/messaging/thread/${encodeURIComponent(id).replace(/%3D/g, '=')}/`;

/** `/messaging/thread/<id>/` (absolute or relative, id percent-encoded or not) → the id. */
export function linkedInThreadIdFromUrl(url: string | null | undefined): string | null {
  const m = /\/messaging\/thread\/([^/?#\s]+)/.exec(url ?? '');
  if (!m?.[1]) return null;
  let id = m[1];
  try {
    id = decodeURIComponent(id);
  } catch {
    return null;
  }
  return id !== 'new' && THREAD_ID.test(id) ? id : null;
}

/** A conversation URN (`urn:li:msg_conversation:(urn:li:fsd_profile:…,2-…)`, …) or id → the id. */
function conversationIdOf(value: string | null): string | null {
  const s = (value ?? '').trim();
  if (s === '') return null;
  if (s.includes('/messaging/thread/')) return linkedInThreadIdFromUrl(s);
  const urn =
    /^urn:li:(?:msg_conversation|fsd_conversation|fs_conversation|messagingThread):\(?(?:urn:li:fsd_profile:[A-Za-z0-9_-]+,)?([^,()\s]+)\)?$/.exec(
      s,
    );
  const id = urn ? urn[1] : s;
  return id && THREAD_ID.test(id) && /^\d-|^\d{6,}$/.test(id) ? id : null;
}

/** The document and the open shadow roots LinkedIn renders parts of its UI in. */
export function searchRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  for (const host of Array.from(doc.querySelectorAll(SHADOW_HOSTS))) {
    const root = host.shadowRoot;
    if (root && !roots.includes(root)) roots.push(root);
  }
  return roots;
}

export const inOverlay = (el: Element): boolean => el.closest(OVERLAY) !== null;

/** Every conversation bubble, in document order (document first, then shadow roots). */
export function allBubbles(doc: Document): Element[] {
  const out: Element[] = [];
  for (const root of searchRoots(doc)) {
    for (const el of Array.from(root.querySelectorAll(BUBBLE))) {
      if (!el.parentElement?.closest(BUBBLE)) out.push(el);
    }
  }
  return out;
}

const minimized = (bubble: Element): boolean =>
  Array.from(bubble.classList).some((c) =>
    /^msg-overlay-conversation-bubble--(is-)?minimi[sz]ed$/.test(c),
  );

/** The bubble the user is looking at (see above), or null. */
export function chosenBubble(doc: Document): Element | null {
  const bubbles = allBubbles(doc).filter((b) => !minimized(b));
  for (const root of searchRoots(doc)) {
    const active = (root as Document | ShadowRoot).activeElement;
    const bubble = active?.closest(BUBBLE);
    if (bubble && bubbles.includes(bubble)) return bubble;
  }
  return (
    bubbles.find((b) => b.classList.contains('msg-overlay-conversation-bubble--is-active')) ??
    bubbles[0] ??
    null
  );
}

/** The messaging page's thread pane: the first scope holding messages outside the overlay. */
export function pageScope(doc: Document): Element | null {
  for (const s of PAGE_SCOPES) {
    for (const scope of Array.from(doc.querySelectorAll(s))) {
      if (inOverlay(scope)) continue;
      const events = Array.from(scope.querySelectorAll(EVENTS));
      if (events.some((e) => !inOverlay(e))) return scope;
    }
  }
  return null;
}

export function firstIn(
  scope: Element,
  selectors: readonly string[],
  isPage: boolean,
): Element | null {
  for (const s of selectors) {
    for (const el of Array.from(scope.querySelectorAll(s))) {
      if (!isPage || !inOverlay(el)) return el;
    }
  }
  return null;
}

/** The conversation id the DOM names explicitly, or undefined (none) / null (several). */
function explicitId(doc: Document, scope: Element, isPage: boolean): string | null | undefined {
  const ids = new Set<string>();
  const note = (v: string | null): void => {
    const id = conversationIdOf(v);
    if (id) ids.add(id);
  };
  for (const attr of CONVERSATION_ATTRS) {
    note(scope.getAttribute(attr));
    for (const el of Array.from(scope.querySelectorAll(`[${attr}]`))) {
      if (!isPage || !(inOverlay(el) || el.closest(CONVERSATION_LIST))) {
        note(el.getAttribute(attr));
      }
    }
  }
  if (isPage) {
    const active = ACTIVE_ITEM.map((s) => doc.querySelector(s)).find((el) => el !== null);
    note(active?.getAttribute('href') ?? null);
  } else {
    for (const a of Array.from(scope.querySelectorAll('a[href*="/messaging/thread/"]'))) {
      note(a.getAttribute('href'));
    }
  }
  if (ids.size > 1) return null;
  return ids.size === 1 ? [...ids][0] : undefined;
}

export function threadIdOf(
  doc: Document,
  scope: Element,
  isPage: boolean,
  url: string,
  messageIds: readonly string[],
): string | null {
  const fromUrl = isPage ? linkedInThreadIdFromUrl(url) : null;
  const fromDom = explicitId(doc, scope, isPage);
  if (fromDom === null) return null;
  if (fromUrl && fromDom !== undefined && fromUrl !== fromDom) return null;
  if (fromUrl || fromDom) return fromUrl ?? fromDom ?? null;
  const derived = new Set(messageIds.map(conversationFromMessageId));
  const only = [...derived][0];
  return derived.size === 1 && only ? only : null;
}

/** The message box of the open conversation (page first, then the chosen bubble), or null. */
export function findLinkedInComposer(doc: Document): HTMLElement | null {
  const onPage = [COMPOSER, COMPOSER_FALLBACK]
    .flatMap((s) => Array.from(doc.querySelectorAll(s)))
    .find((el) => !inOverlay(el));
  if (onPage) return onPage as HTMLElement;
  const bubble = chosenBubble(doc);
  return (bubble?.querySelector(COMPOSER) ??
    bubble?.querySelector(COMPOSER_FALLBACK) ??
    null) as HTMLElement | null;
}

/** The send button of the form that holds the composer, or null. */
export function linkedInSendButton(doc: Document): HTMLButtonElement | null {
  const form = findLinkedInComposer(doc)?.closest('form, .msg-form');
  return (form?.querySelector(SEND) ??
    form?.querySelector('button[type="submit"]') ??
    null) as HTMLButtonElement | null;
}

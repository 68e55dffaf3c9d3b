/**
 * LinkedIn: the open conversation, read from the page (DOM → Thread).
 *
 * Two places show a conversation:
 * - the messaging page, `https://www.linkedin.com/messaging/thread/<id>/`: the thread pane
 *   (`.msg-thread` [`.scaffold-layout__detail`, `main`, the body]) next to the conversation list;
 * - overlay bubbles (`.msg-overlay-conversation-bubble`) on any linkedin.com page, which LinkedIn
 *   renders inside the open shadow root of `#interop-outlet` (older pages: in the document).
 * The messaging page's pane wins when it shows messages. Among bubbles, `readLinkedInThread`
 * reads one: the bubble holding the focused element, else an expanded bubble marked
 * `--is-active`, else the first expanded bubble in document order (LinkedIn puts a newly opened
 * bubble next to the list bubble, first in order). Minimized bubbles (`--is-minimized`) are
 * never chosen; `readLinkedInThreads` returns every conversation that can be read.
 *
 * Per conversation (ranked fallbacks in brackets):
 * - thread id: the URL's `/messaging/thread/<id>/` (page) [a conversation URN in
 *   `data-conversation-urn` / `data-conversation-id` / `data-thread-urn`, or a link to
 *   `/messaging/thread/<id>/` inside a bubble; the active item of the conversation list (page);
 *   the conversation named inside the message ids, when they all agree]; a URL id and a page id
 *   that disagree (the page is changing conversations) give null;
 * - title `h2.msg-entity-lockup__entity-title` [`#thread-detail-jump-target`,
 *   `.msg-overlay-bubble-header__title`]; the subject is "LinkedIn: <title>" [the other
 *   people's names];
 * - the other person: the header's profile link (`a.msg-thread__link-to-profile`, the
 *   `.msg-entity-lockup` or bubble-title link) named by the title; the one-to-one profile card;
 * - messages: see linkedin-messages.ts; people: see linkedin-people.ts.
 * Me: the name of the global nav's "Me" photo [the feed identity card; the name my own message
 * groups agree on], the slug of the "Me" menu or identity card link [the link my own message
 * groups agree on]; without any name the thread is null, without a slug `me.linkedin` is left out.
 * Their messages need a sender with a name and a slug (completed from the rest of the
 * conversation; in a one-to-one conversation, a group without a sender is the other person's).
 * A message whose shown sender contradicts its direction is dropped; if that happens and no
 * message of theirs is left, the direction markup cannot be trusted and the thread is null.
 */
import type { Person, Thread, ThreadMessage } from '../thread';
import { conversationFromMessageId } from './linkedin-dates';
import { readRawConversation, type RawConversation } from './linkedin-messages';
import {
  Directory,
  cleanName,
  isMemberId,
  isSamePerson,
  linkedSlug,
  readNavMember,
  visibleText,
  type Seen,
} from './linkedin-people';

export { timeFromMessageId, parseTimeHeading, parseClock } from './linkedin-dates';

const BUBBLE = '.msg-overlay-conversation-bubble';
const OVERLAY = `${BUBBLE}, #msg-overlay, .msg-overlay-container, .msg-overlay-list-bubble`;
const SHADOW_HOSTS = '#interop-outlet, [data-testid="interop-shadowdom"]';
const EVENTS = '.msg-s-event-listitem, [data-event-urn]';
const PAGE_SCOPES = ['.msg-thread', '.scaffold-layout__detail', 'main', '[role="main"]', 'body'];
const TITLE = [
  'h2.msg-entity-lockup__entity-title',
  '.msg-entity-lockup__entity-title',
  '#thread-detail-jump-target',
  '.msg-overlay-bubble-header__title',
];
const HEADER_LINK = [
  'a.msg-thread__link-to-profile[href*="/in/"]',
  '.msg-entity-lockup a[href*="/in/"]',
  '.msg-overlay-bubble-header__title a[href*="/in/"]',
];
const OWN_META =
  '.msg-s-event-listitem:not(.msg-s-event-listitem--other) .msg-s-message-group__meta';
const CARD_LINK = '.msg-s-profile-card a[href*="/in/"]';
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

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The document and the open shadow roots LinkedIn renders parts of its UI in. */
function searchRoots(doc: Document): ParentNode[] {
  const roots: ParentNode[] = [doc];
  for (const host of Array.from(doc.querySelectorAll(SHADOW_HOSTS))) {
    const root = host.shadowRoot;
    if (root && !roots.includes(root)) roots.push(root);
  }
  return roots;
}

const inOverlay = (el: Element): boolean => el.closest(OVERLAY) !== null;

/** Every conversation bubble, in document order (document first, then shadow roots). */
function allBubbles(doc: Document): Element[] {
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
function chosenBubble(doc: Document): Element | null {
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
function pageScope(doc: Document): Element | null {
  for (const s of PAGE_SCOPES) {
    for (const scope of Array.from(doc.querySelectorAll(s))) {
      if (inOverlay(scope)) continue;
      const events = Array.from(scope.querySelectorAll(EVENTS));
      if (events.some((e) => !inOverlay(e))) return scope;
    }
  }
  return null;
}

function firstIn(scope: Element, selectors: readonly string[], isPage: boolean): Element | null {
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
      if (!isPage || !inOverlay(el)) note(el.getAttribute(attr));
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

function threadIdOf(
  doc: Document,
  scope: Element,
  isPage: boolean,
  url: string,
  raw: RawConversation,
): string | null {
  const fromUrl = isPage ? linkedInThreadIdFromUrl(url) : null;
  const fromDom = explicitId(doc, scope, isPage);
  if (fromDom === null) return null;
  if (fromUrl && fromDom !== undefined && fromUrl !== fromDom) return null;
  if (fromUrl || fromDom) return fromUrl ?? fromDom ?? null;
  const derived = new Set(raw.messages.map((m) => conversationFromMessageId(m.id)));
  const only = [...derived][0];
  return derived.size === 1 && only ? only : null;
}

/** All names agree (ignoring case and accents) → that name; else ''. */
function consensus(values: readonly string[]): string {
  const first = values[0] ?? '';
  return values.every((v) => v.localeCompare(first, undefined, { sensitivity: 'base' }) === 0)
    ? first
    : '';
}

/** The public slug the given groups of mine agree on, else the one slug they agree on, else null. */
function agreedSlug(own: readonly Seen[], name: string): string | null {
  const mine = own.filter(
    (s) => s.slug !== null && (s.name === '' || isSamePerson(s, { name, slug: null }, null)),
  );
  const slugs = [...new Set(mine.map((s) => s.slug as string))];
  const publicSlugs = slugs.filter((s) => !isMemberId(s));
  if (publicSlugs.length === 1) return publicSlugs[0] ?? null;
  return slugs.length === 1 ? (slugs[0] ?? null) : null;
}

/** Name and profile link of every group of mine on the page, in every conversation. */
function pageOwnGroups(doc: Document): Seen[] {
  const seen: Seen[] = [];
  for (const root of searchRoots(doc)) {
    for (const meta of Array.from(root.querySelectorAll(OWN_META))) {
      const nameEl = meta.querySelector('.msg-s-message-group__name');
      seen.push({
        name: nameEl ? visibleText(nameEl) : '',
        slug: linkedSlug(meta.querySelector('a[href*="/in/"]')),
      });
    }
  }
  return seen;
}

/**
 * Me: the nav's name [the name my groups in this conversation agree on]; the nav's slug [the
 * public slug my groups agree on in this conversation, then on the whole page; the member id they
 * agree on]. Null without a name.
 */
function readMe(nav: Seen, raw: RawConversation, page: () => Seen[]): Seen | null {
  const own = raw.messages
    .filter((m) => m.direction === 'out' && m.sender !== null)
    .map((m) => m.sender as Seen);
  const name = nav.name || consensus(own.map((s) => s.name).filter((n) => n !== ''));
  if (!name) return null;
  if (nav.slug) return { name, slug: nav.slug };
  const here = agreedSlug(own, name);
  if (here && !isMemberId(here)) return { name, slug: here };
  const onPage = agreedSlug(page(), name);
  return { name, slug: onPage && !isMemberId(onPage) ? onPage : here };
}

const personOf = (seen: Seen): Person =>
  seen.slug ? { name: seen.name, linkedin: seen.slug } : { name: seen.name };

/** One conversation (page pane or bubble) as a Thread, or null (see the rules above). */
function readConversation(
  doc: Document,
  scope: Element,
  isPage: boolean,
  url: string,
  now: number,
  nav: Seen,
  page: () => Seen[],
): Thread | null {
  const raw = readRawConversation(scope, (el) => isPage && inOverlay(el), now);
  if (raw.messages.length === 0) return null;
  const id = threadIdOf(doc, scope, isPage, url, raw);
  if (!id) return null;
  const meSeen = readMe(nav, raw, page);
  if (!meSeen) return null;
  const me = personOf(meSeen);
  const isMe = (s: Seen): boolean => isSamePerson(s, meSeen, raw.owner);

  const titleEl = firstIn(scope, TITLE, isPage);
  const title = titleEl ? visibleText(titleEl) : '';
  const headerSlug = linkedSlug(firstIn(scope, HEADER_LINK, isPage));
  const directory = new Directory();
  const header: Seen | null = headerSlug ? { name: title, slug: headerSlug } : null;
  directory.add(header);
  for (const a of Array.from(scope.querySelectorAll(CARD_LINK))) {
    directory.add({ name: visibleText(a), slug: linkedSlug(a) });
  }
  for (const m of raw.messages) if (m.direction === 'in') directory.add(m.sender);

  const others: Person[] = [];
  const addOther = (p: Person | null): void => {
    if (p && !isMe({ name: p.name, slug: p.linkedin ?? null })) {
      if (!others.some((o) => o.linkedin === p.linkedin)) others.push(p);
    }
  };
  const headerPerson = header ? directory.complete(header) : null;
  addOther(headerPerson);

  let contradictions = 0;
  const reads: { from: Person; m: RawConversation['messages'][number] }[] = [];
  for (const m of raw.messages) {
    if (m.direction === null || m.at === null) continue;
    if (m.inconsistent) {
      contradictions++;
      continue;
    }
    if (m.direction === 'out') {
      if (m.sender && !isMe(m.sender)) contradictions++;
      else reads.push({ from: me, m });
      continue;
    }
    if (m.sender && isMe(m.sender)) {
      contradictions++;
      continue;
    }
    const from = m.sender ? directory.complete(m.sender) : headerPerson;
    if (!from) continue;
    addOther(from);
    reads.push({ from, m });
  }
  if (reads.length === 0) return null;
  if (contradictions > 0 && !reads.some((r) => r.m.direction === 'in')) return null;

  const messages: ThreadMessage[] = reads.map(({ from, m }) => ({
    id: m.id,
    from,
    to:
      m.direction === 'out'
        ? [...others]
        : [me, ...others.filter((o) => o.linkedin !== from.linkedin)],
    cc: [],
    at: m.at as number,
    direction: m.direction as 'in' | 'out',
    text: m.text,
    collapsed: !m.hasBody,
  }));
  const named = cleanName(title) || others.map((o) => o.name).join(', ');
  return {
    channel: 'linkedin',
    id,
    subject: (named ? `LinkedIn: ${named}` : 'LinkedIn').slice(0, 2000),
    url: `https://www.linkedin.com/messaging/thread/${encodeURIComponent(id)}/`,
    me,
    messages,
  };
}

/**
 * The conversation open in a LinkedIn page (the messaging page's thread, else the chosen overlay
 * bubble), or null when the page shows none or it cannot be read. `now` anchors "Today",
 * "Yesterday" and weekday headings.
 */
export function readLinkedInThread(
  doc: Document,
  url: string,
  now: number = Date.now(),
): Thread | null {
  const nav = readNavMember(doc);
  const own = lazy(() => pageOwnGroups(doc));
  const page = pageScope(doc);
  if (page) {
    const thread = readConversation(doc, page, true, url, now, nav, own);
    if (thread) return thread;
  }
  const bubble = chosenBubble(doc);
  return bubble ? readConversation(doc, bubble, false, url, now, nav, own) : null;
}

/** Every conversation the page shows: the messaging page's thread, then each bubble; ids once. */
export function readLinkedInThreads(
  doc: Document,
  url: string,
  now: number = Date.now(),
): Thread[] {
  const nav = readNavMember(doc);
  const own = lazy(() => pageOwnGroups(doc));
  const threads: Thread[] = [];
  const page = pageScope(doc);
  const candidates: [Element, boolean][] = page ? [[page, true]] : [];
  for (const b of allBubbles(doc)) candidates.push([b, false]);
  for (const [scope, isPage] of candidates) {
    const t = readConversation(doc, scope, isPage, url, now, nav, own);
    if (t && !threads.some((o) => o.id === t.id)) threads.push(t);
  }
  return threads;
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

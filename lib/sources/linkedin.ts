/**
 * LinkedIn: the open conversation, read from the page (DOM → Thread).
 *
 * Two places show a conversation: the thread pane of the messaging page
 * (`https://www.linkedin.com/messaging/thread/<id>/`) and overlay bubbles
 * (`.msg-overlay-conversation-bubble`) on any linkedin.com page, rendered inside the open shadow
 * root of `#interop-outlet`. `readLinkedInThread` reads the messaging page's thread when it shows
 * messages, else the open bubble; `readLinkedInThreads` reads every conversation on the page.
 * Which bubble is open and where thread ids come from: linkedin-page.ts; messages, times and
 * directions: linkedin-messages.ts and linkedin-dates.ts; people: linkedin-people.ts.
 *
 * Per conversation (ranked fallbacks in brackets):
 * - title `h2.msg-entity-lockup__entity-title` [`#thread-detail-jump-target`,
 *   `.msg-overlay-bubble-header__title`]; the subject is "LinkedIn: <title>" [the other
 *   people's names; "LinkedIn"]; `url` is the conversation's messaging URL;
 * - the other person: the header's profile link (`a.msg-thread__link-to-profile`, the
 *   `.msg-entity-lockup` or bubble-title link) named by the title [the one-to-one profile card];
 * - me: the name of the global nav's "Me" photo [the feed identity card; the name my own groups
 *   agree on] and the slug of the "Me" menu or identity card link [the public slug my own groups
 *   agree on, in this conversation, then on the page; the member id they agree on]. Without a
 *   name the thread is null; without a slug `me.linkedin` is left out (directions come from the
 *   `--other` class, not from me);
 * - their messages need a sender with a name and a slug, completed from the rest of the
 *   conversation; in a one-to-one conversation a group that shows no sender is the other
 *   person's. `to` of mine: everyone else in the conversation; of theirs: me and the others.
 * A message whose shown sender contradicts its direction, or whose direction changes without a
 * new group, is dropped; if that happens and no message of theirs is left, the direction markup
 * cannot be trusted and the thread is null. No message, no thread id or no me: null.
 */
import type { Person, Thread, ThreadMessage } from '../thread';
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
import {
  allBubbles,
  chosenBubble,
  firstIn,
  inOverlay,
  linkedInThreadUrl,
  pageScope,
  searchRoots,
  threadIdOf,
} from './linkedin-page';

export { timeFromMessageId, parseTimeHeading, parseClock } from './linkedin-dates';
export {
  findLinkedInComposer,
  linkedInSendButton,
  linkedInThreadIdFromUrl,
  linkedInThreadUrl,
} from './linkedin-page';

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

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
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
  const id = threadIdOf(
    doc,
    scope,
    isPage,
    url,
    raw.messages.map((m) => m.id),
  );
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
    if (!isPage || !inOverlay(a)) directory.add({ name: visibleText(a), slug: linkedSlug(a) });
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
    url: linkedInThreadUrl(id),
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

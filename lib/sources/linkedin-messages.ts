/**
 * The messages of one LinkedIn conversation (the messaging page's thread pane or an overlay
 * bubble), read in document order, before people are resolved.
 *
 * LinkedIn's message list, as the reader relies on it (ranked fallbacks in brackets):
 * - one `li.msg-s-message-list__event` per message, holding `div.msg-s-event-listitem` with
 *   `data-event-urn="urn:li:msg_message:(urn:li:fsd_profile:<my member id>,2-<base64>)"`
 *   [`[data-event-urn]` on any element]; the message id is the `2-<base64>` tail;
 * - a day heading `time.msg-s-message-list__time-heading` above the first message of each day;
 *   it applies to every message below it, up to the next heading;
 * - at the top of each group of messages from one sender, `.msg-s-message-group__meta` with the
 *   sender's name (`.msg-s-message-group__name` [`.msg-s-message-group__profile-link`; the
 *   avatar `img.msg-s-event-listitem__profile-picture[alt]`]), a profile link [the avatar link
 *   `a.msg-s-event-listitem__link`] and the clock time `time.msg-s-message-group__timestamp`;
 *   sender and clock time apply to the following messages of the same group. A group ends at a
 *   heading, at a change of direction, after an item marked `--last-in-group`, and where the next
 *   group shows any sign of its start (meta, avatar, or the screen-reader line
 *   `.msg-s-event-listitem--group-a11y-heading`); a group whose start shows no sender has none;
 * - direction: `msg-s-event-listitem--other` marks their messages; an item that carries the
 *   `msg-s-event-listitem` class without it is mine; without either class, the direction is
 *   unknown and the message is dropped; an item whose direction differs from its group's while
 *   it shows no start of a group is marked inconsistent;
 * - the text in `p.msg-s-event-listitem__body` [`.msg-s-event__content`,
 *   `.msg-s-event-listitem__message-bubble`], read with `white-space: pre-line` semantics.
 * Times: the time encoded in the message id when it carries one (see linkedin-dates.ts), else
 * the day heading with the group's clock time, else none.
 */
import { BLOCK_TAGS } from './blocks';
import {
  localTime,
  parseClock,
  parseTimeHeading,
  timeFromMessageId,
  type Day,
} from './linkedin-dates';
import { cleanName, linkedSlug, visibleText, type Seen } from './linkedin-people';

export interface RawMessage {
  id: string;
  direction: 'in' | 'out' | null;
  /** Its direction differs from its group's, and it shows no start of a group of its own. */
  inconsistent: boolean;
  /** The group's sender as shown (this item's own meta, or the one its group started with). */
  sender: Seen | null;
  /** Epoch ms, or null when no time can be read. */
  at: number | null;
  text: string;
  /** False when no body element was found. */
  hasBody: boolean;
}

export interface RawConversation {
  messages: RawMessage[];
  /** My member id, from the `urn:li:fsd_profile:` part of the message URNs (when they agree). */
  owner: string | null;
}

const HEADING = '.msg-s-message-list__time-heading';
const ITEM = 'msg-s-event-listitem';
const EVENT = `.${ITEM}, [data-event-urn]`;
const BODY = ['.msg-s-event-listitem__body', '.msg-s-event__content', `.${ITEM}__message-bubble`];
const NAME = ['.msg-s-message-group__name', '.msg-s-message-group__profile-link'];
const LINK = [
  '.msg-s-message-group__profile-link',
  '.msg-s-message-group__name',
  '.msg-s-message-group__meta a[href*="/in/"]',
  `a.${ITEM}__link`,
];
const AVATAR = `img.${ITEM}__profile-picture, .${ITEM}__link img`;
const CLOCK = [
  'time.msg-s-message-group__timestamp',
  '.msg-s-message-group__timestamp',
  '.msg-s-message-group__meta time',
];
const A11Y_GROUP = `.${ITEM}--group-a11y-heading`;

/** `…,2-<base64>)` / `urn:li:fsd_message:2-…` / `2-…` → the `2-…` id; null for anything else. */
export function messageIdOf(urn: string | null | undefined): string | null {
  const s = (urn ?? '').trim();
  if (!/^(?:urn:li:(?:msg_message|fsd_message|messagingMessage|fs_event|msg_event):|\d-)/.test(s)) {
    return null;
  }
  return /(?:^|[,(:])(\d-[A-Za-z0-9+/=_-]{4,190})\)?$/.exec(s)?.[1] ?? null;
}

function ownerOf(urn: string | null): string | null {
  return /urn:li:fsd_profile:(ACo[A-Za-z0-9_-]{10,100})/.exec(urn ?? '')?.[1] ?? null;
}

function firstOf(
  root: Element,
  selectors: readonly string[],
  ok: (el: Element) => boolean,
): Element | null {
  for (const s of selectors) {
    for (const el of Array.from(root.querySelectorAll(s))) if (ok(el)) return el;
  }
  return null;
}

/** The body elements of an item: all matches of the first body selector that matches, outermost. */
function bodiesOf(item: Element): Element[] {
  for (const s of BODY) {
    const found = Array.from(item.querySelectorAll(s));
    if (found.length) return found.filter((b) => !found.some((o) => o !== b && o.contains(b)));
  }
  return [];
}

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'svg', 'img', 'button']);
const MAX_TEXT = 200_000;

/** Text as LinkedIn renders message bodies: line breaks kept, runs of spaces collapsed. */
export function bodyText(bodies: readonly Element[]): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && out.length <= MAX_TEXT; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child.nodeValue ?? '').replace(/\r\n?/g, '\n');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (tag === 'br') out += '\n';
      if (SKIP_TAGS.has(tag) || el.classList.contains('visually-hidden')) continue;
      if (el.classList.contains('a11y-text') || el.hasAttribute('hidden')) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) out += '\n';
      walk(el);
      if (block) out += '\n';
    }
  };
  for (const body of bodies) {
    walk(body);
    out += '\n';
  }
  return out
    .replace(/[ \t\f\u00a0\u202f]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_TEXT);
}

/** The day a heading names: its `datetime` when that is a date, else its text. */
function headingDay(el: Element, now: number): Day | null {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(el.getAttribute('datetime') ?? '');
  return (iso && parseTimeHeading(iso[0], now)) ?? parseTimeHeading(visibleText(el), now);
}

interface Group {
  direction: 'in' | 'out' | null;
  sender: Seen | null;
  clock: { h: number; min: number } | null;
}

/**
 * The messages under `scope` (skipping elements `excluded` says belong elsewhere, such as overlay
 * bubbles on the messaging page), in document order, each id once.
 */
export function readRawConversation(
  scope: Element,
  excluded: (el: Element) => boolean,
  now: number,
): RawConversation {
  const messages: RawMessage[] = [];
  const seen = new Set<string>();
  const owners = new Set<string>();
  let day: Day | null = null;
  let group: Group | null = null;
  let lastInGroup = false;

  for (const el of Array.from(scope.querySelectorAll(`${HEADING}, ${EVENT}`))) {
    if (excluded(el)) continue;
    if (el.matches(HEADING)) {
      day = headingDay(el, now);
      group = null;
      continue;
    }
    // The outermost item only: an id-bearing element inside an item is part of it.
    const outer = el.parentElement?.closest(EVENT);
    if (outer && scope.contains(outer)) continue;

    const urnEl = el.hasAttribute('data-event-urn') ? el : el.querySelector('[data-event-urn]');
    const urn = urnEl?.getAttribute('data-event-urn') ?? null;
    const owner = ownerOf(urn);
    if (owner) owners.add(owner);
    const itemEl = el.classList.contains(ITEM) ? el : el.querySelector(`.${ITEM}`);
    const other =
      el.classList.contains(`${ITEM}--other`) || !!itemEl?.classList.contains(`${ITEM}--other`);
    const direction = other ? 'in' : itemEl ? 'out' : null;

    const bubbles = bodiesOf(el);
    const outside = (node: Element): boolean =>
      !bubbles.some((b) => b === node || b.contains(node));

    const nameEl = firstOf(el, NAME, outside);
    const avatar = firstOf(el, [AVATAR], outside);
    let name = nameEl ? visibleText(nameEl) : '';
    if (!name && avatar)
      name = cleanName(avatar.getAttribute('alt') ?? avatar.getAttribute('title'));
    let slug: string | null = null;
    for (const s of LINK) {
      for (const link of Array.from(el.querySelectorAll(s))) {
        if (outside(link)) slug = linkedSlug(link);
        if (slug) break;
      }
      if (slug) break;
    }
    const clockEl = firstOf(el, CLOCK, outside);
    const li = el.closest('li');
    const a11y = li && scope.contains(li) && li.querySelector(A11Y_GROUP);

    // A new group shows its start; a change of direction that shows none is not LinkedIn's
    // markup (a class lost or misplaced): that message is not trusted.
    const signals = !!(name || slug || clockEl || avatar || a11y);
    let inconsistent = false;
    if (!group || signals || (lastInGroup && group.direction === direction)) {
      group = {
        direction,
        sender: name || slug ? { name, slug } : null,
        clock: clockEl ? parseClock(visibleText(clockEl)) : null,
      };
    } else if (group.direction !== direction) {
      inconsistent = true;
    }
    lastInGroup = !!itemEl?.classList.contains(`${ITEM}--last-in-group`);

    const id = messageIdOf(urn);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const clock = group?.clock ?? null;
    const at = timeFromMessageId(id, now) ?? (day && clock ? localTime(day, clock) : null);
    messages.push({
      id,
      direction,
      inconsistent,
      sender: group?.sender ?? null,
      at,
      text: bodyText(bubbles),
      hasBody: bubbles.length > 0,
    });
    if (messages.length >= 2000) break;
  }
  return { messages, owner: owners.size === 1 ? ([...owners][0] ?? null) : null };
}

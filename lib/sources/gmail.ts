/**
 * Gmail: the open conversation, read from the page (DOM → Thread).
 *
 * Gmail's thread view, as the reader relies on it (ranked fallbacks in brackets):
 * - subject `h2.hP` with `data-legacy-thread-id` [`data-thread-perm-id="thread-f:<decimal>"`,
 *   converted to the same hex legacy id; the URL's `#<view>/<id>`];
 * - messages `div.adn[data-message-id]` (expanded) and `div.adf` (collapsed rows)
 *   [any element with `data-message-id` / `data-legacy-message-id`]; the id is
 *   `data-legacy-message-id` [`#msg-f:<decimal>` converted to hex, which is the same id;
 *   `#msg-a:<id>` without its prefix];
 * - sender `span.gD[email][name]` [`.zF` / `.yP` in collapsed rows; an `[email]` inside the
 *   header's `h3`; never any other address, which could be a recipient]; recipients: see
 *   `readRecipients` (to and cc, with the "cc:" label; bcc dropped);
 * - time `span.g3[title]` [another `[title]` of the header that parses as a date; the legacy
 *   hex id];
 * - body `div.a3s` [`.ii.gt`]: messages without one are collapsed, with `text: ''`.
 * The "N older messages" bar (`.kQ`) only hides messages and carries no id: it is not read.
 * Anything unsure yields null or drops the message; nothing is guessed.
 */
import type { Person, Thread, ThreadMessage } from '../thread';
import { parseGmailDate, timeFromLegacyId } from './gmail-dates';
import { readGmailAccount, personOf, readRecipients } from './gmail-people';
import { mailText } from './gmail-text';

export { readGmailAccount } from './gmail-people';

/** A legacy Gmail id: 12–16 hex digits. */
const LEGACY_ID = /^[0-9a-f]{12,16}$/i;

/** `#msg-f:1780…` / `thread-f:1780…` (decimal) → the hex legacy id; other forms lose their prefix. */
export function gmailId(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim().replace(/^#/, '');
  if (s === '') return null;
  const f = /^(?:msg|thread)-f:(\d{1,20})$/.exec(s);
  if (f) {
    const n = BigInt(f[1] ?? '0');
    return n > 0n && n < 1n << 64n ? n.toString(16) : null;
  }
  const id = s.replace(/^(?:msg|thread)-[a-z]:/, '');
  return /^[A-Za-z0-9_-]{1,200}$/.test(id) ? id : null;
}

/**
 * What the URL says: 'thread' with its token (`#inbox/FMfcg…`, `#label/x/18c0…`), 'list' for
 * a view that is no conversation (`#inbox`, `#search/q`, `#settings/general`), or 'unknown'
 * when there is no hash to judge by.
 */
function urlView(url: string): { view: 'thread' | 'list' | 'unknown'; token?: string } {
  const hash = url.indexOf('#');
  if (hash < 0) return { view: 'unknown' };
  const path = url.slice(hash + 1).split('?')[0] ?? '';
  if (path === '') return { view: 'unknown' };
  const parts = path.split('/');
  const last = parts[parts.length - 1] ?? '';
  if (parts.length >= 2 && (/^[A-Za-z0-9_-]{20,}$/.test(last) || LEGACY_ID.test(last))) {
    return { view: 'thread', token: last };
  }
  return { view: 'list' };
}

const SUBJECT = 'h2.hP, h2[data-legacy-thread-id], h2[data-thread-perm-id]';
const MESSAGE = '[data-message-id], [data-legacy-message-id]';
/** Tried in this order: the first selector that matches (outside the body) wins. */
const SENDER = ['.gD[email]', '.zF[email]', '.yP[email]', 'h3 [email]'];
const BODY = ['.a3s', '.ii.gt'];
const DETAILS = '.ajA, table.ajB';

/** The first element matching one of the selectors, tried in order, that `ok` accepts. */
function firstOf(
  root: ParentNode,
  selectors: readonly string[],
  ok: (el: Element) => boolean = () => true,
): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el && ok(el)) return el;
    if (el) {
      const found = Array.from(root.querySelectorAll(s)).find(ok);
      if (found) return found;
    }
  }
  return null;
}

/** One message, or null when its id, sender or time cannot be read. */
function readMessage(el: Element, me: Person): ThreadMessage | null {
  const id =
    gmailId(el.getAttribute('data-legacy-message-id')) ??
    gmailId(el.getAttribute('data-message-id'));
  if (!id) return null;

  // The header (`.gE`) holds sender, time and recipients; without it, the whole message minus
  // its body is searched.
  const body = firstOf(el, BODY);
  const outside = (node: Element): boolean => body === null || !body.contains(node);
  const header = firstOf(el, ['.gE'], outside) ?? el;
  const senderEl = firstOf(header, SENDER, outside);
  const from = senderEl ? personOf(senderEl, me) : null;
  if (!from?.email) return null;

  const at = readTime(header, id, outside);
  if (at === null) return null;

  const details = header.querySelector(DETAILS);
  const root = details ?? header.querySelector('.hb') ?? header;
  const skip = (node: Element): boolean =>
    node === senderEl || node === body || (root !== details && node.matches(`${DETAILS}, .iA`));
  const { to, cc } = readRecipients(root, skip, me, root === details);

  return {
    id,
    from,
    to,
    cc,
    at,
    direction: from.email === me.email ? 'out' : 'in',
    text: body ? mailText(body) : '',
    collapsed: body === null,
  };
}

/** The send time: span.g3's title, another date-like title of the header, then the legacy id. */
function readTime(header: Element, id: string, outside: (node: Element) => boolean): number | null {
  const g3 = firstOf(header, ['.g3'], outside);
  if (g3) {
    const t =
      parseGmailDate(g3.getAttribute('title') ?? '') ??
      parseGmailDate(g3.getAttribute('alt') ?? '');
    if (t !== null) return t;
  }
  let tried = 0;
  for (const node of Array.from(header.querySelectorAll('[title]'))) {
    if (!outside(node) || ++tried > 30) break;
    const t = parseGmailDate(node.getAttribute('title') ?? '');
    if (t !== null) return t;
  }
  return timeFromLegacyId(id);
}

/**
 * The conversation open in a Gmail page, or null when the page shows none (inbox, search
 * results, settings), when its subject and id, the signed-in account, or every message cannot
 * be read.
 */
export function readGmailThread(doc: Document, url: string): Thread | null {
  const where = urlView(url);
  if (where.view === 'list') return null;

  const main = doc.querySelector('[role="main"]') ?? doc.body;
  if (!main) return null;
  const subjectEl = main.querySelector(SUBJECT) ?? doc.querySelector(SUBJECT);
  if (!subjectEl) return null;
  const threadId =
    gmailId(subjectEl.getAttribute('data-legacy-thread-id')) ??
    gmailId(subjectEl.getAttribute('data-thread-perm-id')) ??
    gmailId(where.token);
  if (!threadId) return null;

  const me = readGmailAccount(doc);
  if (!me) return null;

  const seen = new Set<string>();
  const messages: ThreadMessage[] = [];
  for (const el of Array.from(main.querySelectorAll(MESSAGE))) {
    // A message inside another one (a quoted copy, a nested marker) is not a message of its own.
    const outer = el.parentElement?.closest(MESSAGE);
    if (outer && main.contains(outer)) continue;
    const m = readMessage(el, me);
    if (!m || seen.has(m.id)) continue;
    seen.add(m.id);
    messages.push(m);
    if (messages.length >= 2000) break;
  }
  if (messages.length === 0) return null;

  const subject = (subjectEl.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 2000);
  return { channel: 'gmail', id: threadId, subject, url: url.slice(0, 4000), me, messages };
}

/**
 * People in Gmail's markup: the signed-in account, senders and recipients.
 *
 * Gmail marks every address it shows with an element carrying `email` and `name` attributes
 * (`span.gD` for the sender, `span.g2` for recipients, `span.zF` / `span.yP` in collapsed rows).
 */
import type { Person } from '../thread';

const EMAIL = /[a-z0-9._%+'-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;
const MAX_NAME = 300;
const MAX_EMAIL = 320;

/** A lower-cased address if the text is one, else null. */
export function cleanEmail(raw: string | null | undefined): string | null {
  const s = (raw ?? '').trim().toLowerCase();
  if (s.length === 0 || s.length > MAX_EMAIL) return null;
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(s) ? s : null;
}

function cleanName(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

/** The person an `[email]` element stands for, or null when it carries no usable address. */
export function personOf(el: Element, me?: Person | null): Person | null {
  const email = cleanEmail(el.getAttribute('email'));
  if (!email) return null;
  if (me?.email === email) return { name: me.name, email };
  const name = cleanName(el.getAttribute('name')) || cleanName(el.textContent) || email;
  return { name, email };
}

/** The account named by the Google bar's account button: "Google Account: Alex Seller\n(alex@…)". */
function accountFromLabel(label: string): Person | null {
  const emails = label.match(EMAIL);
  const email = cleanEmail(emails?.[emails.length - 1]);
  if (!email) return null;
  let rest = label.replace(EMAIL, '').replace(/[()]/g, ' ');
  const colon = rest.indexOf(':');
  if (colon >= 0) rest = rest.slice(colon + 1);
  return { name: cleanName(rest) || email, email };
}

/**
 * The address in the account slot of the page title: "Subject - me@x.com - Gmail" (the part
 * before the last " - "; a subject may hold addresses too, so no other part is taken).
 */
function titleAccount(title: string): string | null {
  const parts = title.split(' - ');
  if (parts.length < 2) return null;
  return cleanEmail(parts[parts.length - 2]);
}

/**
 * The signed-in account, ranked: the account slot of the page title, then the account button of
 * the Google bar (`a[aria-label*="@"]`, "Google Account: Alex Seller (alex@x.com)"), then a
 * `[data-email]` in the Google bar. The name comes from the account button when it names the
 * same address, else from an `[email][name]` element of the page, else it is the address. Null
 * when no address is found.
 */
export function readGmailAccount(doc: Document): Person | null {
  const fromTitle = titleAccount(doc.title ?? '');

  let button: Person | null = null;
  const banners = [doc.getElementById('gb'), doc.querySelector('[role="banner"]')];
  for (const banner of banners) {
    if (!banner) continue;
    for (const a of Array.from(banner.querySelectorAll('a[aria-label*="@"]'))) {
      button = accountFromLabel(a.getAttribute('aria-label') ?? '');
      if (button) break;
    }
    if (!button) {
      for (const el of Array.from(banner.querySelectorAll('[data-email]'))) {
        const email = cleanEmail(el.getAttribute('data-email'));
        if (email) {
          button = { name: cleanName(el.getAttribute('data-name')) || email, email };
          break;
        }
      }
    }
    if (button) break;
  }

  const email = fromTitle ?? button?.email;
  if (!email) return null;
  if (button && button.email === email) return button;
  for (const el of Array.from(doc.querySelectorAll('[email][name]'))) {
    if (cleanEmail(el.getAttribute('email')) !== email) continue;
    const name = cleanName(el.getAttribute('name'));
    if (name && !/^(me|ich|mich|moi|yo|mi|io|eu|mij)$/i.test(name)) return { name, email };
  }
  return { name: email, email };
}

/** "to", "cc" and their translations, as Gmail labels recipients (accents stripped, lower case). */
const TO_LABELS = new Set(['to', 'an', 'a', 'para', 'aan', 'per', 'till', 'til', 'do', 'pour']);
const CC_LABELS = new Set(['cc', 'kopie', 'copie', 'copia', 'cc a']);

type Bucket = 'to' | 'cc' | null;

/** The bucket a label text switches to ("cc:" → cc, "bcc:" / "reply-to:" / "date:" → none). */
function labelBucket(text: string): Bucket | undefined {
  if (!text.includes(':')) return undefined;
  const t = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/^[\s,;]+/, '')
    .trim()
    .toLowerCase();
  const m = /^([\p{L}\s-]{1,30}?)\s*:$/u.exec(t);
  if (!m) return undefined;
  const word = (m[1] ?? '').trim();
  if (TO_LABELS.has(word)) return 'to';
  if (CC_LABELS.has(word)) return 'cc';
  return null;
}

/**
 * Recipients, read in document order from `root`: `[email]` elements are people, and label text
 * between them ("cc:", "bcc:", "reply-to:"…) says which list they belong to. The list starts as
 * "to". This one walk serves both places Gmail shows recipients:
 * - the summary line `span.hb`: "to Marcus Chen, me, cc: Ben Okafor" (also "bcc: me");
 * - the expanded details table (`.ajA table.ajB`), one row per label: from, reply-to, to, cc, date.
 * Cc is therefore what Gmail labels "cc" (or "Cc", "cc :", "CC"); bcc recipients are dropped,
 * since the thread's other readers never saw them and `Thread` has no place for them; reply-to
 * and from are not recipients, nor is any sender marker (`.gD`). Elements in `skip` (the
 * sender, the body) are not entered. `labelled` says every list is introduced by a label (the
 * details table): then nothing counts before the first "to:" or "cc:".
 */
export function readRecipients(
  root: Element,
  isSkipped: (el: Element) => boolean,
  me: Person | null,
  labelled = false,
): { to: Person[]; cc: Person[] } {
  const to: Person[] = [];
  const cc: Person[] = [];
  const seen = new Set<string>();
  let bucket: Bucket = labelled ? null : 'to';
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const b = labelBucket(child.nodeValue ?? '');
        if (b !== undefined) bucket = b;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (isSkipped(el)) continue;
      if (el.hasAttribute('email')) {
        if (el.classList.contains('gD')) continue;
        const p = personOf(el, me);
        if (p?.email && bucket && !seen.has(p.email) && to.length + cc.length < 1000) {
          seen.add(p.email);
          (bucket === 'to' ? to : cc).push(p);
        }
        continue;
      }
      visit(el);
    }
  };
  visit(root);
  return { to: to.slice(0, 500), cc: cc.slice(0, 500) };
}

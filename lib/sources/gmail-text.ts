/**
 * Plain text of a rendered mail body, without quoted history or signature.
 *
 * A textContent-based walker: no innerText, no getComputedStyle, nothing that forces layout.
 * Block elements and <br> become line breaks, runs of white space collapse as HTML renders them,
 * and these parts are left out:
 * - quoted history: Gmail's `.gmail_quote` (div and blockquote, with its "On … wrote:" line),
 *   `.gmail_extra`, the trimmed-content wrapper `.adL` and its "…" expander (`.ajU`, `.ajR`,
 *   `.yj6qo`); other clients' quotes (`blockquote[type=cite]`, `.moz-cite-prefix`,
 *   `.yahoo_quoted`), and everything from Outlook's `#divRplyFwdMsg` / `#appendonsend` on;
 *   in plain-text mail, trailing `>` lines and the "On … wrote:" line above them;
 * - the signature: `.gmail_signature`, `[data-smartmail="gmail_signature"]`, the "-- " prefix,
 *   and everything after a "-- " line among the last twelve lines;
 * - what is never shown: script, style, template, elements with `hidden` or inline
 *   `display:none`.
 * Gmail prefixes the class names and ids of received HTML with `m_<number>`; the prefix is ignored.
 */
import { BLOCK_TAGS } from './blocks';

const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'img']);
const SKIP_CLASSES = new Set([
  'gmail_quote',
  'gmail_extra',
  'gmail_attr',
  'gmail_signature',
  'gmail_signature_prefix',
  'adL',
  'ajU',
  'ajR',
  'yj6qo',
  'moz-cite-prefix',
  'yahoo_quoted',
]);
/** Elements from which on everything is a quoted reply (Outlook). */
const STOP_IDS = new Set(['divRplyFwdMsg', 'appendonsend']);
const PARAGRAPH_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PREFIX = /^m_-?\d+_?/;
const MAX_TEXT = 200_000;

function stripPrefix(name: string): string {
  return name.startsWith('m_') ? name.replace(PREFIX, '') : name;
}

/** Cheap test first: most body elements carry no class, style or hidden attribute at all. */
function skipped(el: Element, tag: string): boolean {
  if (SKIP_TAGS.has(tag)) return true;
  if (!el.hasAttributes()) return false;
  const cls = el.getAttribute('class');
  if (cls) {
    for (const name of cls.split(/\s+/))
      if (name && SKIP_CLASSES.has(stripPrefix(name))) return true;
  }
  const style = el.getAttribute('style');
  if (style && style.includes('none') && /display\s*:\s*none/i.test(style)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('data-smartmail') === 'gmail_signature') return true;
  return tag === 'blockquote' && el.getAttribute('type') === 'cite';
}

class Writer {
  out = '';
  stopped = false;

  text(data: string, pre: boolean): void {
    if (pre) {
      this.out += data.replace(/\r\n?/g, '\n');
      return;
    }
    let t = data.replace(/[ \t\n\r\f]+/g, ' ');
    if (t === '') return;
    const last = this.out.charCodeAt(this.out.length - 1);
    // Leading space after a break or another space collapses, as in rendering.
    if (t.charCodeAt(0) === 32 && (this.out === '' || last === 32 || last === 10)) t = t.slice(1);
    this.out += t;
  }

  /** A soft break: a new line unless one is already there. */
  block(): void {
    if (this.out !== '' && !this.out.endsWith('\n')) this.out += '\n';
  }

  /** A paragraph break: a blank line unless one is already there. */
  paragraph(): void {
    if (this.out === '') return;
    this.block();
    if (!this.out.endsWith('\n\n')) this.out += '\n';
  }
}

function walk(node: Node, w: Writer, pre: boolean): void {
  for (let child = node.firstChild; child && !w.stopped; child = child.nextSibling) {
    if (w.out.length > MAX_TEXT) {
      w.stopped = true;
      return;
    }
    if (child.nodeType === 3) {
      w.text(child.nodeValue ?? '', pre);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.localName;
    if (tag === 'br') {
      w.out += '\n';
      continue;
    }
    const id = el.getAttribute('id');
    if (id && STOP_IDS.has(stripPrefix(id))) {
      w.stopped = true;
      return;
    }
    if (skipped(el, tag)) continue;
    const para = PARAGRAPH_TAGS.has(tag);
    const block = para || BLOCK_TAGS.has(tag);
    if (para) w.paragraph();
    else if (block) w.block();
    else if (tag === 'td' || tag === 'th') {
      if (w.out !== '' && !/\s$/.test(w.out)) w.out += ' ';
    }
    walk(el, w, pre || tag === 'pre');
    if (para) w.paragraph();
    else if (block) w.block();
  }
}

const WROTE =
  /(wrote|schrieb|a ecrit|a écrit|escribio|escribió|ha scritto|escreveu|schreef)\s*:\s*$/i;

/** Removes quoted `>` lines at the end of plain-text mail, the "On … wrote:" line and a "-- " signature. */
function trimPlainText(lines: string[]): string[] {
  // A "-- " line starts a signature only near the end (a signature is a few lines long).
  const sig = lines.findIndex((l) => l === '--' || l === '-- ');
  if (sig >= 0 && lines.length - sig <= 12) lines = lines.slice(0, sig);
  let end = lines.length;
  while (end > 0 && (lines[end - 1] === '' || lines[end - 1]?.startsWith('>'))) end--;
  if (end < lines.length && lines.slice(end).some((l) => l.startsWith('>'))) {
    while (end > 0 && lines[end - 1] === '') end--;
    if (end > 0 && WROTE.test(lines[end - 1] ?? '')) end--;
    lines = lines.slice(0, end);
  }
  return lines;
}

/** The plain text of a mail body element, as described above. */
export function mailText(body: Element): string {
  const w = new Writer();
  walk(body, w, false);
  const lines = w.out
    .replace(/[\u00a0\u202f]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''));
  return trimPlainText(lines)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_TEXT);
}

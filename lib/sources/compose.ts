/**
 * A contenteditable compose box (Gmail, LinkedIn): read what the user typed, and replace it.
 *
 * The box holds the typed part first, then blocks the user did not type: the signature and
 * quoted history, found by the `exclude` selectors. The **typed part** is everything before the
 * first excluded block in document order (even when that block is nested in a wrapper such as
 * Gmail's `<div dir="ltr">`); text after it (between a signature and a quote) is not typed text,
 * and is neither read nor replaced. Blank lines right before the first excluded block are the
 * **separator** (the gap above the signature): they belong to neither side and are kept.
 *
 * Reading is a textContent walk, as it renders: block elements and `<br>` end lines, an empty
 * block (`<div><br></div>`) is a blank line, collapsible white space collapses, no-break spaces
 * become spaces, and blank lines at the start and end are dropped. No innerText, no layout.
 *
 * Writing goes through the editor (`execCommand('insertText')` line by line, with
 * `insertParagraph` between lines: the `<div>`/`<p>` per line that Gmail and LinkedIn use), so the
 * site sees ordinary input events and the browser's undo works. When the browser lacks
 * execCommand or the editor refuses it, the lines are built with DOM calls and an `input` event
 * is dispatched. Markup is never written as HTML; the excluded blocks stay the same nodes.
 */
import { BLOCK_TAGS } from './blocks';

export interface DraftOptions {
  /** Selectors of blocks that are not typed text: signatures and quoted history. */
  exclude: string[];
  /**
   * Which of the excluded blocks are the signature (the rest count as quoted). Default: class or
   * id containing "signature", or Gmail's `data-smartmail="gmail_signature"`.
   */
  signature?: string[];
}

export interface Draft {
  /** What the user typed, as plain text (lines joined with "\n"). */
  text: string;
  /** The signature's text, without its "-- " line; '' when there is none. */
  signature: string;
  /** Whether the box holds quoted history (an excluded block that is no signature). */
  quoted: boolean;
}

export interface ApplyOptions extends DraftOptions {
  doc: Document;
}

const DEFAULT_SIGNATURE = [
  '[class*="signature"]',
  '[class*="Signature"]',
  '[id*="signature"]',
  '[id*="Signature"]',
  '[data-smartmail="gmail_signature"]',
];
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
/** Elements that show something although they hold no text. */
const MEDIA = 'img, hr, input, video, audio, iframe, object, embed, svg, canvas';
const MEDIA_TAGS = new Set(MEDIA.split(', '));
const VOID_TAGS = new Set(['br', 'img', 'hr', 'input', 'wbr', 'embed', 'area', 'col', 'source']);
const MAX_TEXT = 200_000;
const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const EMPTY: Draft = { text: '', signature: '', quoted: false };

const isElement = (n: Node | null | undefined): n is Element => !!n && n.nodeType === 1;
const isText = (n: Node | null | undefined): n is Text => !!n && n.nodeType === 3;

/** The selectors of the list that parse, joined into one; '' when none does. */
function selectorOf(probe: Element, list: readonly string[] | undefined): string {
  const ok: string[] = [];
  for (const s of list ?? []) {
    if (typeof s !== 'string' || s.trim() === '') continue;
    try {
      probe.matches(s);
      ok.push(s);
    } catch {
      // An unparsable selector matches nothing.
    }
  }
  return ok.join(', ');
}

function matches(el: Element, selector: string): boolean {
  if (selector === '') return false;
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Never shown: not read, and a boundary inside it makes it the boundary. */
function hidden(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && style.includes('none') && /display\s*:\s*none/i.test(style);
}

/**
 * Where the typed part ends: the first excluded block in document order, or the outermost
 * hidden element of the box that holds it; null when the box has no excluded block.
 */
function boundaryOf(box: Element, exclude: string): Element | null {
  if (exclude === '') return null;
  let first: Element | null;
  try {
    first = box.querySelector(exclude);
  } catch {
    return null;
  }
  if (!first) return null;
  let boundary = first;
  for (let n = first.parentElement; n && n !== box; n = n.parentElement) {
    if (hidden(n)) boundary = n;
  }
  return boundary;
}

/** Builds lines the way a browser renders text: see the module comment. */
class Lines {
  lines: string[] = [];
  cur = '';
  /** The current line has content (a line break or a block end will close it). */
  open = false;
  size = 0;

  text(data: string): void {
    let t = data.replace(ZERO_WIDTH, '').replace(/[ \t\n\r\f]+/g, ' ');
    if (t === '') return;
    if (t.charCodeAt(0) === 32 && (!this.open || this.cur.endsWith(' '))) t = t.slice(1);
    if (t === '') return;
    this.cur += t;
    this.open = true;
    this.size += t.length;
  }

  /** `<br>`: ends the line, empty or not. */
  br(): void {
    this.lines.push(this.cur);
    this.cur = '';
    this.open = false;
  }

  /** A block starts or ends: ends the line if it has content. */
  block(): void {
    if (this.open) this.br();
  }

  done(): string[] {
    this.block();
    const out = this.lines.map((l) => l.replace(/ +$/, '').replace(/[\u00a0\u202f]/g, ' '));
    let start = 0;
    let end = out.length;
    while (start < end && (out[start] ?? '').trim() === '') start++;
    while (end > start && (out[end - 1] ?? '').trim() === '') end--;
    return out.slice(start, end);
  }
}

/** Walks `node`'s children into `w`; returns false once `stop` is reached (or text is too long). */
function walk(node: Node, w: Lines, stop: Element | null): boolean {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (w.size > MAX_TEXT) return false;
    if (isText(child)) {
      w.text(child.data);
      continue;
    }
    if (!isElement(child)) continue;
    if (child === stop) return false;
    const tag = child.localName;
    if (tag === 'br') {
      w.br();
      continue;
    }
    if (hidden(child)) continue;
    const block = BLOCK_TAGS.has(tag);
    if (block) w.block();
    if (!walk(child, w, stop)) return false;
    if (block) w.block();
  }
  return true;
}

/** The rendered lines of a node (or of a box up to `stop`). */
function linesOf(node: Node, stop: Element | null = null): string[] {
  const w = new Lines();
  if (isElement(node) && BLOCK_TAGS.has(node.localName)) w.block();
  walk(node, w, stop);
  return w.done();
}

/** Excluded blocks not inside another excluded block of the box, in document order. */
function topExcluded(box: Element, exclude: string): Element[] {
  if (exclude === '') return [];
  let all: Element[];
  try {
    all = Array.from(box.querySelectorAll(exclude));
  } catch {
    return [];
  }
  const out: Element[] = [];
  for (const el of all) {
    const last = out[out.length - 1];
    if (last && last.contains(el)) continue;
    out.push(el);
    if (out.length >= 50) break;
  }
  return out;
}

/**
 * What the user typed in a compose box, its signature and whether it quotes history. Never
 * throws: a missing or unreadable box reads as empty.
 */
export function readDraft(box: HTMLElement | null | undefined, opts: DraftOptions): Draft {
  try {
    if (!isElement(box)) return { ...EMPTY };
    const exclude = selectorOf(box, opts.exclude);
    const text = linesOf(box, boundaryOf(box, exclude)).join('\n').slice(0, MAX_TEXT);
    const signatureSel = selectorOf(box, opts.signature ?? DEFAULT_SIGNATURE);
    const sigLines: string[] = [];
    let quoted = false;
    for (const el of topExcluded(box, exclude)) {
      if (matches(el, signatureSel)) sigLines.push(...linesOf(el));
      else quoted = true;
    }
    if (sigLines.length > 0 && /^-- ?$|^--$/.test((sigLines[0] ?? '').trim())) sigLines.shift();
    const signature = sigLines.join('\n').trim().slice(0, 10_000);
    return { text, signature, quoted };
  } catch {
    return { ...EMPTY };
  }
}

/**
 * The text `readDraft` gives back after `applyDraft(box, text)`: line breaks as "\n", no
 * zero-width characters, tabs and no-break spaces as spaces, no blank lines at either end.
 */
export function normalizeDraft(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(/[\t\u00a0\u202f]/g, ' ')
    .split('\n');
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return lines.slice(start, end).join('\n');
}

/** The same text with all white space collapsed: what both ways of writing must agree on. */
const loose = (text: string): string =>
  normalizeDraft(text)
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n');

/** Shows nothing: white space, an empty inline element, a `<br>`, an empty block. */
function blank(node: Node): boolean {
  if (isText(node)) return node.data.replace(ZERO_WIDTH, '').trim() === '';
  if (!isElement(node)) return true;
  if (node.localName === 'br') return true;
  if (MEDIA_TAGS.has(node.localName)) return false;
  if (linesOf(node).length > 0) return false;
  try {
    return node.querySelector(MEDIA) === null;
  } catch {
    return false;
  }
}

/** A blank that takes a line of its own: `<br>` or an empty block. */
const blankLine = (node: Node): boolean =>
  isElement(node) && (node.localName === 'br' || BLOCK_TAGS.has(node.localName)) && blank(node);

interface Region {
  /** Whole nodes of the typed part, in document order (none is an ancestor of the boundary). */
  nodes: Node[];
  /** Where new lines go when the typed part is empty. */
  parent: Node;
  before: Node | null;
}

/** The typed part of the box, as whole nodes: see the module comment. */
function regionOf(box: Element, boundary: Element | null): Region {
  if (!boundary) return { nodes: Array.from(box.childNodes), parent: box, before: null };
  const levels: Node[][] = [];
  for (let n: Node = boundary; n !== box && n.parentNode; n = n.parentNode) {
    const siblings: Node[] = [];
    for (let s = n.parentNode.firstChild; s && s !== n; s = s.nextSibling) siblings.push(s);
    levels.unshift(siblings);
  }
  const all = levels.flat();
  let k = all.length;
  while (k > 0 && blank(all[k - 1] as Node)) k--;
  if (k === 0) {
    // Nothing typed yet: the first blank line is where typing goes, the rest is the separator.
    const line = all.findIndex(blankLine);
    k = line + 1;
  }
  const nodes = all.slice(0, k);
  const next = all[k] ?? boundary;
  return { nodes, parent: next.parentNode ?? box, before: next };
}

/** Spaces that would collapse become no-break spaces, as editors do. */
function keepSpaces(line: string): string {
  const s = line.replace(/\t/g, ' ');
  return s.replace(/ /g, (_, i: number) =>
    i === 0 || i === s.length - 1 || s[i - 1] === ' ' ? '\u00a0' : ' ',
  );
}

function linesToWrite(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(ZERO_WIDTH, '').split('\n').slice(0, 5000);
}

/** Replaces the typed part through the editor. True when the commands all ran. */
function applyWithEditor(
  box: HTMLElement,
  region: Region,
  lines: string[],
  doc: Document,
): boolean {
  if (typeof doc.execCommand !== 'function' || typeof doc.getSelection !== 'function') return false;
  const selection = doc.getSelection();
  if (!selection || typeof doc.createRange !== 'function') return false;
  if (typeof box.focus === 'function') box.focus({ preventScroll: true });
  const range = doc.createRange();
  const first = region.nodes[0];
  const last = region.nodes[region.nodes.length - 1];
  if (first && last) {
    if (isElement(first) && VOID_TAGS.has(first.localName)) range.setStartBefore(first);
    else range.setStart(first, 0);
    if (isText(last)) range.setEnd(last, last.length);
    else if (isElement(last) && !VOID_TAGS.has(last.localName))
      range.setEnd(last, last.childNodes.length);
    else range.setEndAfter(last);
  } else if (region.before) {
    range.setStartBefore(region.before);
    range.collapse(true);
  } else {
    range.selectNodeContents(region.parent);
    range.collapse(false);
  }
  selection.removeAllRanges();
  selection.addRange(range);

  let ok = true;
  if (!range.collapsed && (lines[0] ?? '') === '') ok = doc.execCommand('delete', false);
  lines.forEach((line, i) => {
    if (!ok) return;
    if (i > 0) ok = doc.execCommand('insertParagraph', false);
    // Spaces that would collapse go in as no-break spaces, as typing them would do.
    if (ok && line !== '') ok = doc.execCommand('insertText', false, keepSpaces(line));
  });
  return ok;
}

/** Replaces the typed part with DOM calls, then tells the page with an `input` event. */
function applyWithDom(box: HTMLElement, region: Region, lines: string[], doc: Document): void {
  const sample = region.nodes.find(isElement);
  const tag = sample?.localName === 'p' ? 'p' : 'div';
  const last = region.nodes[region.nodes.length - 1];
  const parent = last?.parentNode ?? region.parent;
  const before = last ? last.nextSibling : region.before;
  for (const node of region.nodes) node.parentNode?.removeChild(node);
  const fragment = doc.createDocumentFragment();
  for (const line of lines) {
    const el = doc.createElement(tag);
    if (line === '') el.appendChild(doc.createElement('br'));
    else el.appendChild(doc.createTextNode(keepSpaces(line)));
    fragment.appendChild(el);
  }
  parent.insertBefore(fragment, before && before.parentNode === parent ? before : null);

  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const data = lines.join('\n');
  let event: Event;
  if (view && typeof view.InputEvent === 'function') {
    event = new view.InputEvent('input', { bubbles: true, inputType: 'insertText', data });
  } else {
    const E = view?.Event ?? Event;
    event = new E('input', { bubbles: true });
    Object.defineProperty(event, 'inputType', { value: 'insertText' });
    Object.defineProperty(event, 'data', { value: data });
  }
  box.dispatchEvent(event);
}

/**
 * Replaces what the user typed in the box with `text`, keeping the signature, the quoted
 * history and the blank lines above them (the same nodes). Returns whether the box now reads
 * as `text`. Never throws.
 */
export function applyDraft(box: HTMLElement, text: string, opts: ApplyOptions): boolean {
  try {
    if (!isElement(box)) return false;
    const exclude = selectorOf(box, opts.exclude);
    const kept = topExcluded(box, exclude);
    const keptText = kept.map((el) => el.textContent);
    const lines = linesToWrite(text);
    const want = loose(text);
    const intact = (): boolean =>
      kept.every((el, i) => box.contains(el) && el.textContent === keptText[i]);
    const reads = (): boolean => loose(readDraft(box, opts).text) === want && intact();

    let editorRan = false;
    try {
      editorRan = applyWithEditor(box, regionOf(box, boundaryOf(box, exclude)), lines, opts.doc);
    } catch {
      // A browser without full Range / Selection support: write with DOM calls below.
    }
    if (editorRan && reads()) return true;
    // The editor is missing or refused: write the lines ourselves, unless it damaged what
    // must be kept (then writing more would only hide that).
    if (!intact()) return false;
    applyWithDom(box, regionOf(box, boundaryOf(box, exclude)), lines, opts.doc);
    return reads();
  } catch {
    return false;
  }
}

/**
 * Reports the draft of the compose box `find` picks, as it is typed: on every `input`, `keyup`
 * and `focusin` of the page (capturing, so it runs before the site's own handlers), synchronously
 * and only when the text changed. `boxOf` may pick the box an event came from. Returns stop().
 */
export function watchDraftBox(
  doc: Document,
  find: (doc: Document) => HTMLElement | null,
  opts: DraftOptions,
  onDraft: (draft: { text: string } | null) => void,
  boxOf: (target: EventTarget | null) => HTMLElement | null = () => null,
): () => void {
  let last: string | null = null;
  const check = (event?: Event): void => {
    let text: string | null;
    try {
      const box = boxOf(event?.target ?? null) ?? find(doc);
      text = box ? readDraft(box, opts).text : null;
    } catch {
      return;
    }
    if (text === last) return;
    last = text;
    onDraft(text === null ? null : { text });
  };
  const types = ['input', 'keyup', 'focusin'] as const;
  for (const type of types) doc.addEventListener(type, check, true);
  check();
  return () => {
    for (const type of types) doc.removeEventListener(type, check, true);
  };
}

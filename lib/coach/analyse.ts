/**
 * One pass over the draft that every rule shares: where the greeting ends, where the signature or
 * quoted history starts, the sentences, and the counts behind length and reading-grade rules.
 * All regexes are compiled once, at module load.
 */
import type { Analysis, CoachContext, Sentence, TriggerHits } from './types';

const SIGN_OFF =
  /^[ \t]*(?:best|best regards|best wishes|all best|all the best|kind regards|kindest regards|warm regards|warmest regards|warm wishes|warmest wishes|regards|with (?:best|kind|kindest|warm|many) (?:regards|wishes)|many thanks|thanks|thanks again|thanks so much|thanks in advance|thanks (?:and|&) regards|thank you|thank you so much|thx|cheers|sincerely|sincerely yours|yours|yours truly|yours sincerely|yours faithfully|yours respectfully|warmly|cordially|talk soon|speak soon|respectfully|with thanks|take care|mit freundlichen grüßen|cordialement)[ \t]*[,.!]?[ \t]*$/i;
/**
 * Any other sign-off ("With every good wish,", "Thanks a ton,"): a few words with a word of
 * farewell and a comma, then a name. Closing sentences ("Looking forward to working together,",
 * "Let me know,") stay in the body, where the rules can read them.
 */
const OTHER_SIGN_OFF =
  /^[ \t]*(?=[\p{L}'’ -]{0,34}\b(?:regards|wish|wishes|thanks|thank|best|greetings|gratefully|respectfully|faithfully|sincerely|cheers|saludos|salutations|onwards|blessings|warmly|gratitude|appreciation|affection|esteem|saluti|abrazos|grüße|gruesse)\b)\p{L}[\p{L}'’ -]{1,34},[ \t]*$/iu;
/** A sign-off and name at the end of a one-line message: "…for us. Best, Tiago" */
const INLINE_SIGN_OFF =
  /(?<=[.!?)][ \t]+)(?:Best(?: regards| wishes)?|Kind regards|Warm regards|Regards|Thanks(?: again| so much)?|Thank you|Many thanks|Cheers|Warmly|All the best|Talk soon|Speak soon|Sincerely)[,.!]?[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*$/u;
/** "Ta," (thanks) as a sign-off, in its own case only: a line "TA" is talent acquisition. */
const TA = /^[ \t]*(?:Ta|ta)(?: very much)?[ \t]*[,.!]?[ \t]*$/;
const SIG_DASHES = /^[ \t]*--[ \t]?$/;
const QUOTE_LINE = /^[ \t]*>/;
const ON_WROTE = /^[ \t]*On\b.{0,300}\bwrote:[ \t]*$/;
const ON_START = /^[ \t]*On\b/;
const WROTE_END = /\bwrote:[ \t]*$/;
const ORIGINAL = /^[ \t]*-{2,}[ \t]*(?:original message|forwarded message)/i;
const FROM_HEADER = /^[ \t]*From:[ \t]\S/;
const HEADER_NEXT = /^[ \t]*(?:Sent|Date|To):/;
const NAME_LINE =
  /^[ \t]*(?:[-–—~][ \t]*)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}[ \t]*$/u;

const GREETING_WORDS = [
  'hi',
  'hello',
  'hey',
  'dear',
  'hiya',
  'howdy',
  'greetings',
  'good morning',
  'good afternoon',
  'good evening',
  'morning',
]
  .map((w) => `${w}|${w.toUpperCase()}|[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .join('|');
const GREETING = new RegExp(
  `^\\s*(?:(?:${GREETING_WORDS})\\b(?:[ \\t]+(?:there|all|team|everyone|folks|(?!I['’ ])\\p{Lu}[\\p{L}'’.-]+)){0,3}[ \\t]*[,!:;.—–-]*|(?!I['’ ])\\p{Lu}[\\p{L}'’-]+[ \\t]*,[ \\t]*(?=\\r?\\n))[ \\t]*(?:\\r?\\n\\s*)?`,
  'u',
);

/** a e i o u y (lower case), for syllable counting */
const VOWEL = new Uint8Array(128);
for (const c of 'aeiouy') VOWEL[c.charCodeAt(0)] = 1;

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi;
/** Punctuation that ends a sentence rather than a link: . , ; : ! ? ) ] ' " ’ ” */
function isTrailing(c: number): boolean {
  return (
    c === 46 ||
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 33 ||
    c === 63 ||
    c === 41 ||
    c === 93 ||
    c === 39 ||
    c === 34 ||
    c === 0x2019 ||
    c === 0x201d
  );
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'barr',
  'engr',
  'etc',
  'vs',
  'inc',
  'ltd',
  'co',
  'jr',
  'sr',
  'st',
  'approx',
  'no',
  'p.s',
  'a.m',
  'p.m',
  'am',
  'pm',
  'u.s',
  'cf',
  'rev',
  'ref',
  'dept',
  'incl',
  'tel',
  'ext',
  'nr',
  // counts in Indian and trade English: "2,500 nos. of fittings", "40 pcs. of"
  'nos',
  'pcs',
  'qty',
]);

/**
 * Characters past Latin-1 that make no word on their own: × and ÷, dashes, quotes and ellipses,
 * arrows, symbols and dingbats (✓ ★), variation selectors, and emoji (outside the BMP: the
 * pictographs and tags; other astral characters, such as 𝗯𝗼𝗹𝗱 letters or CJK extensions, are
 * letters). A token of only these ("—", "🙏") is not counted as a word.
 */
function notALetterAt(text: string, i: number, c: number): boolean {
  if (c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0xfe00 && c <= 0xfe0f))
    return true;
  if (c < 0xd800 || c > 0xdfff) return false;
  const hi = c <= 0xdbff ? c : text.charCodeAt(i - 1);
  const lo = c <= 0xdbff ? text.charCodeAt(i + 1) : c;
  const cp = (hi - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
  return (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0xe0000 && cp <= 0xe007f);
}

/** Closing quotes and brackets: " ' ) ] ’ ” */
const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0x2019, 0x201d]);

/** Does the character at i make its token a word: a letter or digit of any script. */
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xc0) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return !notALetterAt(text, i, c);
}

interface Line {
  start: number;
  end: number;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl });
    start = nl + 1;
  }
}

function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** Can a line whose first non-blank character is c match SIGN_OFF (b, a, k, w, r, m, t, c, s, y)? */
function mayBeSignOff(c: number): boolean {
  const l = c | 32;
  return (
    l === 97 ||
    l === 98 ||
    l === 99 ||
    l === 107 ||
    l === 109 ||
    l === 114 ||
    l === 115 ||
    l === 116 ||
    l === 119 ||
    l === 121
  );
}

/** Can a line whose first non-blank character is c match NAME_LINE (a capital, a dash or ~)? */
function mayBeName(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 45 || c === 126 || c >= 0x80;
}

/** Where the signature or quoted history starts (text.length when none). */
export function findBodyEnd(text: string, context: CoachContext = {}): number {
  let cut = text.length;
  const sig = context.signature?.trim();
  if (sig) {
    const at = text.indexOf(sig);
    if (at > 0) cut = text.lastIndexOf('\n', at) + 1;
  }
  const lines = linesOf(text);
  let seenContent = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.start >= cut) break;
    if (isBlank(text, line)) continue;
    // cheap first-character and length tests before any regex
    let f = line.start;
    while (f < line.end && (text.charCodeAt(f) === 32 || text.charCodeAt(f) === 9)) f++;
    const c = text.charCodeAt(f);
    const short = line.end - line.start <= 40;
    if (c === 62 /* > */ || c === 45 /* - */ || c === 79 /* O */ || c === 70 /* F */) {
      const s = text.slice(line.start, line.end);
      if (
        QUOTE_LINE.test(s) ||
        ORIGINAL.test(s) ||
        ON_WROTE.test(s) ||
        (ON_START.test(s) &&
          n + 1 < lines.length &&
          WROTE_END.test(text.slice(lines[n + 1]!.start, lines[n + 1]!.end))) ||
        headerAt(text, lines, n)
      ) {
        return Math.min(cut, line.start);
      }
      if (seenContent && SIG_DASHES.test(s)) return Math.min(cut, line.start);
    }
    if (seenContent && short) {
      const s = text.slice(line.start, line.end);
      if (mayBeSignOff(c) && (SIGN_OFF.test(s) || TA.test(s)) && shortTail(text, lines, n))
        return Math.min(cut, line.start);
      if (
        text.charCodeAt(line.end - 1) === 44 /* , */ &&
        OTHER_SIGN_OFF.test(s) &&
        nameFollows(text, lines, n + 1) &&
        shortTail(text, lines, n)
      )
        return Math.min(cut, line.start);
      if (
        n > 0 &&
        mayBeName(c) &&
        isBlank(text, lines[n - 1]!) &&
        NAME_LINE.test(s) &&
        signatureRest(text, lines, n + 1)
      ) {
        return Math.min(cut, line.start);
      }
    }
    seenContent = true;
  }
  if (cut === text.length) {
    const name = lastLineName(text, lines);
    if (name >= 0) return name;
    const from = Math.max(0, text.length - 80);
    const m = INLINE_SIGN_OFF.exec(text.slice(from));
    if (m) return from + m.index;
  }
  return cut;
}

/** A first name alone on the last line, right under a finished sentence ("…this week?\nMaya"). */
const LONE_NAME = /^[ \t]*(?:[-–—~][ \t]*)?\p{Lu}[\p{L}'’-]+[ \t]*$/u;
const FINISHED = /[.!?)][ \t]*$/;

/** Where a lone name on the last line starts, or -1. */
function lastLineName(text: string, lines: Line[]): number {
  let k = lines.length - 1;
  while (k > 0 && isBlank(text, lines[k]!)) k--;
  if (k < 1) return -1;
  const last = lines[k]!;
  const before = lines[k - 1]!;
  if (!LONE_NAME.test(text.slice(last.start, last.end))) return -1;
  return FINISHED.test(text.slice(before.start, before.end)) ? last.start : -1;
}

/** Is the next non-blank line from `from` a name ("Catherine Bell")? */
function nameFollows(text: string, lines: Line[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBlank(text, line)) continue;
    return NAME_LINE.test(text.slice(line.start, line.end));
  }
  return false;
}

/** Does line k open a forwarded or quoted mail's headers ("From: …" then "Sent: …")? */
function headerAt(text: string, lines: Line[], k: number): boolean {
  const next = lines[k + 1];
  return (
    next !== undefined &&
    FROM_HEADER.test(text.slice(lines[k]!.start, lines[k]!.end)) &&
    HEADER_NEXT.test(text.slice(next.start, next.end))
  );
}

/** After a sign-off: at most 6 short lines before the end or the quoted history. */
function shortTail(text: string, lines: Line[], from: number): boolean {
  let count = 0;
  for (let k = from + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBlank(text, line)) continue;
    const s = text.slice(line.start, line.end);
    if (QUOTE_LINE.test(s) || ON_START.test(s) || ORIGINAL.test(s) || headerAt(text, lines, k))
      return true;
    if (line.end - line.start > 80) return false;
    if (++count > 6) return false;
  }
  return true;
}

/** A title, company or phone line under a name: short, and no sentence ("?", "!", a final "."). */
const DETAIL_LINE = /^[^?!]{1,60}$/;
const SENTENCE_END = /[.?!][ \t]*$/;

/**
 * After a name line: nothing but blank lines or quoted history, or at most three short detail
 * lines ("Head of Sales, TrackLine", a phone number) before them.
 */
function signatureRest(text: string, lines: Line[], from: number): boolean {
  let details = 0;
  for (let k = from; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBlank(text, line)) continue;
    const s = text.slice(line.start, line.end);
    if (QUOTE_LINE.test(s) || ON_START.test(s) || ORIGINAL.test(s) || headerAt(text, lines, k))
      return true;
    if (++details > 3 || !DETAIL_LINE.test(s) || SENTENCE_END.test(s)) return false;
  }
  return true;
}

/** A subject line pasted above a template ("Subject: Re: your quote"). */
const SUBJECT_LINE = /^[ \t]*Subject:[^\n]*$/i;

/**
 * Is this sentence no part of the message itself: a subject line, or a greeting left on its own
 * line under one ("Subject: …\n\nHi Fiona," reads the greeting as a sentence)?
 */
export function isHeadLine(sentence: string): boolean {
  if (SUBJECT_LINE.test(sentence)) return true;
  const m = GREETING.exec(sentence);
  return m !== null && m[0].trimEnd().length === sentence.trimEnd().length;
}

/** End of a leading greeting such as "Hi Sarah," (0 when there is none). */
export function findGreetingEnd(body: string): number {
  const m = GREETING.exec(body);
  if (!m) return 0;
  const end = m[0].length;
  // A bare "Sarah," needs the newline; a greeting word alone must not swallow a sentence's verb.
  return end;
}

/** Hash of a word as analyse() sees it: ASCII letters lower-cased, apostrophes skipped. */
export function hashWord(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019) continue;
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c | 32 : c)) | 0;
  }
  return h;
}

/** Words that switch rules on: hash -> rule ids. Built once by the rule registry's user. */
export type TriggerMap = ReadonlyMap<number, readonly string[]>;

const NO_TRIGGERS: TriggerMap = new Map();

/** Word classes looked up for every word: 1 = I/we words, 2 = you words. */
const SELF = [
  'i',
  'im',
  'ive',
  'id',
  'me',
  'my',
  'mine',
  'myself',
  'we',
  'weve',
  'wed',
  'us',
  'our',
  'ours',
  'ourselves',
];
const YOU = [
  'you',
  'youre',
  'youve',
  'youll',
  'youd',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'ya',
  'ur',
];

/**
 * Open-addressing table from word hash to (word class, rule ids), so the per-word lookup in the hot
 * loop is a couple of array reads. One table per trigger map, built on first use.
 */
interface WordTable {
  mask: number;
  keys: Int32Array;
  used: Uint8Array;
  cls: Uint8Array;
  ids: (readonly number[] | undefined)[];
  /** trigger key -> small integer */
  index: ReadonlyMap<string, number>;
}

const tables = new WeakMap<TriggerMap, WordTable>();

function tableFor(triggers: TriggerMap): WordTable {
  let t = tables.get(triggers);
  if (t) return t;
  const index = new Map<string, number>();
  const entries = new Map<number, { cls: number; ids?: number[] }>();
  for (const [h, keys] of triggers) {
    const ids: number[] = [];
    for (const key of keys) {
      let k = index.get(key);
      if (k === undefined) index.set(key, (k = index.size));
      ids.push(k);
    }
    entries.set(h, { cls: 0, ids });
  }
  for (const w of SELF) entries.set(hashWord(w), { ...(entries.get(hashWord(w)) ?? {}), cls: 1 });
  for (const w of YOU) entries.set(hashWord(w), { ...(entries.get(hashWord(w)) ?? {}), cls: 2 });
  let size = 64;
  while (size < entries.size * 4) size <<= 1;
  t = {
    mask: size - 1,
    keys: new Int32Array(size),
    used: new Uint8Array(size),
    cls: new Uint8Array(size),
    ids: new Array<readonly number[] | undefined>(size).fill(undefined),
    index,
  };
  for (const [h, e] of entries) {
    let k = (h ^ (h >>> 15)) & t.mask;
    while (t.used[k]) k = (k + 1) & t.mask;
    t.used[k] = 1;
    t.keys[k] = h;
    t.cls[k] = e.cls;
    t.ids[k] = e.ids;
  }
  tables.set(triggers, t);
  return t;
}

/** The key -> slot index of a trigger map (the same for every analysis built with it). */
export function triggerIndex(triggers: TriggerMap): ReadonlyMap<string, number> {
  return tableFor(triggers).index;
}

/** Positions of trigger words per key, in arrays indexed by the key's small integer. */
class Hits implements TriggerHits {
  readonly lists: (number[] | undefined)[];
  constructor(readonly index: ReadonlyMap<string, number>) {
    this.lists = new Array<number[] | undefined>(index.size);
  }
  has(key: string): boolean {
    const k = this.index.get(key);
    return k !== undefined && this.lists[k] !== undefined;
  }
  get(key: string): readonly number[] | undefined {
    const k = this.index.get(key);
    return k === undefined ? undefined : this.lists[k];
  }
}

function lookup(t: WordTable, h: number): number {
  let k = (h ^ (h >>> 15)) & t.mask;
  while (t.used[k]) {
    if (t.keys[k] === h) return k;
    k = (k + 1) & t.mask;
  }
  return -1;
}

/** At the end of a word: mark its trigger keys, return its class (1 = I/we, 2 = you). */
function markIds(t: WordTable, hits: Hits, k: number, start: number): void {
  const ids = t.ids[k];
  if (ids === undefined) return;
  const lists = hits.lists;
  for (let q = 0; q < ids.length; q++) {
    const id = ids[q]!;
    const list = lists[id];
    if (list === undefined) lists[id] = [start];
    else if (list[list.length - 1] !== start) list.push(start);
  }
}

/**
 * At the end of a word: mark its trigger keys, return its class (1 = I/we, 2 = you). A word with
 * an apostrophe counts for itself ("dont") and for the part before it ("timing's": "timing").
 */
function endWord(t: WordTable, hits: Hits, h: number, hPre: number, start: number): number {
  const k = lookup(t, h);
  let w = 0;
  if (k >= 0) {
    w = t.cls[k]!;
    markIds(t, hits, k, start);
  }
  if (hPre !== 0) {
    const p = lookup(t, hPre);
    w = p >= 0 ? t.cls[p]! : 0;
    if (p >= 0) markIds(t, hits, p, start);
  }
  return w;
}

function sentenceOf(
  body: string,
  start: number,
  end: number,
  words: number,
  syllables: number,
  paragraph: number,
  caps: boolean,
): Sentence {
  return { start, end, text: body.slice(start, end), words, syllables, paragraph, caps };
}

/**
 * Analyse the draft once; every rule reads the result. One pass over the body counts words,
 * syllables and questions, splits sentences and looks up each word in the trigger map.
 */
export function analyse(
  text: string,
  context: CoachContext = {},
  triggers: TriggerMap = NO_TRIGGERS,
): Analysis {
  const bodyEnd = findBodyEnd(text, context);
  const body = bodyEnd === text.length ? text : text.slice(0, bodyEnd);
  const greetingEnd = findGreetingEnd(body);
  const sentences: Sentence[] = [];

  const useTriggers = triggers.size > 0;
  const table = tableFor(triggers);
  const triggered = new Hits(table.index);
  let selfWords = 0;
  let youWords = 0;

  let words = 0;
  let syllables = 0;
  let questions = 0;
  let paragraph = 0;

  let sStart = -1; // first non-space of the current sentence
  let sLast = -1; // index after the last non-space char
  let sWords = 0;
  let sSyll = 0;
  let sCaps = false; // two capital letters in a row in the current sentence

  // current whitespace-separated token
  let tokStart = -1;
  let tokWordish = false;
  let tokPlain = true; // no digits, '/', '@': syllables count
  let groups = 0;
  let prevVowel = false;
  let last = 0;
  let beforeLast = 0;
  // current word for triggers (letters and digits, apostrophes skipped)
  let h = 0;
  let hLen = 0;
  let hStart = 0;
  let hPre = 0;

  const n = bodyEnd;
  let prevUpper = false;
  let capsRun = false;
  let bangRun = false;
  for (let i = greetingEnd; i <= n; i++) {
    const c = i < n ? body.charCodeAt(i) : 32;
    const up = c >= 65 && c <= 90;
    if ((c >= 97 && c <= 122) || up) {
      // fast path: a letter and the lower-case letters after it, most of any text, in a tight
      // loop over locals
      if (up && prevUpper) capsRun = sCaps = true;
      if (tokStart < 0) {
        // a token starts here
        if (sStart < 0) sStart = i;
        tokStart = i;
        tokPlain = true;
        groups = 0;
        prevVowel = false;
        last = 0;
        beforeLast = 0;
      }
      if (hLen === 0) hStart = i;
      let hh: number = h;
      let g: number = groups;
      let pv: number = prevVowel ? 1 : 0;
      let bl: number = beforeLast;
      let l: number = last;
      let d = c | 32; // lower case
      let j = i;
      do {
        hh = (Math.imul(hh, 31) + d) | 0;
        const v = VOWEL[d]!; // 0 or 1
        g += v & ~pv; // branch-free: a vowel after a non-vowel starts a group
        pv = v;
        bl = l;
        l = d;
        if (++j >= n) break;
        d = body.charCodeAt(j);
      } while (d >= 97 && d <= 122);
      hLen += j - i;
      h = hh;
      groups = g;
      prevVowel = pv === 1;
      beforeLast = bl;
      last = l;
      sLast = j;
      tokWordish = true;
      prevUpper = up && j === i + 1;
      i = j - 1;
      continue;
    }
    if (c === 32) {
      // fast path: a plain space ends the word and the token
      prevUpper = false;
      if (hLen > 0) {
        const w = endWord(table, triggered, h, hPre, hStart);
        if (w === 1) selfWords++;
        else if (w === 2) youWords++;
        h = 0;
        hLen = 0;
        hPre = 0;
      }
      if (tokStart >= 0) {
        if (tokWordish) {
          sWords++;
          if (!tokPlain) sSyll += 1;
          else {
            if (last === 101 && groups > 1 && beforeLast !== 108) groups--; // silent final e, not "-le"
            sSyll += groups < 1 ? 1 : groups;
          }
        }
        tokStart = -1;
      }
      continue;
    }
    if (c >= 65 && c <= 90) {
      if (prevUpper) capsRun = sCaps = true;
      prevUpper = true;
    } else if (c !== 39 && c !== 0x2019) prevUpper = false; // "I'M": the apostrophe keeps the run
    const lower = c >= 65 && c <= 90 ? c | 32 : c;
    const letter = lower >= 97 && lower <= 122;
    const digit = c >= 48 && c <= 57;
    // trigger words
    if (c === 39 || c === 0x2019) {
      // (checked first: a curly apostrophe is above 0xc0 but no letter: "don’t" is "dont")
      if (hLen > 0 && hPre === 0) hPre = h; // "we're": the class is the part before the apostrophe
    } else if (letter || digit || c >= 0xc0) {
      if (hLen === 0) hStart = i;
      h = (Math.imul(h, 31) + lower) | 0;
      hLen++;
    } else if (hLen > 0) {
      const w = endWord(table, triggered, h, hPre, hStart);
      if (w === 1) selfWords++;
      else if (w === 2) youWords++;
      h = 0;
      hLen = 0;
      hPre = 0;
    }
    const space =
      c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029;
    if (space) {
      if (tokStart >= 0) {
        if (tokWordish) {
          sWords++;
          if (!tokPlain) sSyll += 1;
          else {
            if (last === 101 && groups > 1 && beforeLast !== 108) groups--; // silent final e, not "-le"
            sSyll += groups < 1 ? 1 : groups;
          }
        }
        tokStart = -1;
      }
      if (c === 10) {
        // newline: paragraph break, list line, or a wrapped line?
        let j = i + 1;
        let blank = false;
        while (j < n) {
          const d = body.charCodeAt(j);
          if (d === 10) blank = true;
          else if (!(d === 32 || d === 9 || d === 13 || d === 160)) break;
          j++;
        }
        if (blank) {
          if (sStart >= 0) {
            {
              if (sLast > sStart)
                sentences.push(sentenceOf(body, sStart, sLast, sWords, sSyll, paragraph, sCaps));
              sStart = -1;
              sLast = -1;
              sWords = 0;
              sSyll = 0;
              sCaps = false;
            }
          }
          paragraph++;
        } else if (sStart >= 0) {
          // closing quotes and brackets are looked through: "we call it ‘the plan’" / "and…"
          let at = sLast - 1;
          while (at > sStart && CLOSERS.has(body.charCodeAt(at))) at--;
          const prev = body.charCodeAt(at);
          const next = j < n ? body.charCodeAt(j) : 0;
          // a line ending in a word, a comma or a dash runs on; one ending in an emoji or a
          // symbol ends there ("Thanks for the call 🙏" / "let me know")
          const prevWordish =
            prev === 44 ||
            prev === 0x2013 ||
            prev === 0x2014 ||
            (prev >= 0x30 && isWordCharAt(body, at));
          const wrapped =
            prevWordish && ((next >= 97 && next <= 122) || (next >= 0xdf && next <= 0xff));
          if (!wrapped) {
            if (sLast > sStart)
              sentences.push(sentenceOf(body, sStart, sLast, sWords, sSyll, paragraph, sCaps));
            sStart = -1;
            sLast = -1;
            sWords = 0;
            sSyll = 0;
            sCaps = false;
          }
        }
        // the skipped whitespace ends any word too
        i = j - 1;
      }
      continue;
    }
    if (sStart < 0) sStart = i;
    sLast = i + 1;
    if (tokStart < 0) {
      tokStart = i;
      tokWordish = false;
      tokPlain = true;
      groups = 0;
      prevVowel = false;
      last = 0;
      beforeLast = 0;
    }
    if (letter) {
      tokWordish = true;
      const v = VOWEL[lower] === 1;
      if (v && !prevVowel) groups++;
      prevVowel = v;
      beforeLast = last;
      last = lower;
    } else if (digit) {
      tokWordish = true;
      tokPlain = false;
    } else if (c >= 0xc0 && !notALetterAt(body, i, c)) {
      tokWordish = true;
      prevVowel = false;
    } else if (c === 47 || c === 64) {
      tokPlain = false;
    }
    // -1 past the end: reading out of bounds would deoptimise this loop
    const next = i + 1 < n ? body.charCodeAt(i + 1) : -1;
    if (c === 63 && next !== 63) questions++;
    if ((c === 33 || c === 63) && (next === 33 || (c === 33 && next === 63))) bangRun = true;
    if (c === 46 || c === 33 || c === 63 || c === 0x2026) {
      // end of sentence when followed by space/end (allowing closing quotes and brackets)
      let j = i + 1;
      while (j < n) {
        const d = body.charCodeAt(j);
        if (d === 46 || d === 33 || d === 63 || d === 0x2026) j++;
        else break;
      }
      let k = j;
      while (k < n) {
        const d = body.charCodeAt(k);
        if (d === 34 || d === 39 || d === 41 || d === 93 || d === 0x201d || d === 0x2019) k++;
        else break;
      }
      const after = k < n ? body.charCodeAt(k) : 32;
      if (after === 32 || after === 10 || after === 9 || after === 13 || after === 160) {
        if (c === 46 && j === i + 1 && i - tokStart <= 5) {
          let t0 = tokStart;
          const open = body.charCodeAt(t0);
          if (open === 40 || open === 91) t0++; // "(ref. Q-7731)"
          const tok = body.slice(t0, i).toLowerCase();
          const initial = body.charCodeAt(t0);
          if (ABBREVIATIONS.has(tok) || (i - t0 === 1 && initial >= 65 && initial <= 90)) {
            continue; // "e.g." "Mr." "J." "(J.": not the end of a sentence ("March 3." is)
          }
        }
        for (let q = i + 1; q < k; q++)
          if (body.charCodeAt(q) === 63 && (q + 1 < n ? body.charCodeAt(q + 1) : -1) !== 63)
            questions++;
        sLast = k;
        // finish the token at k and the sentence
        if (tokWordish) {
          sWords++;
          if (!tokPlain) sSyll += 1;
          else {
            if (last === 101 && groups > 1 && beforeLast !== 108) groups--;
            sSyll += groups < 1 ? 1 : groups;
          }
        }
        tokStart = -1;
        if (hLen > 0) {
          const w = endWord(table, triggered, h, hPre, hStart);
          if (w === 1) selfWords++;
          else if (w === 2) youWords++;
          h = 0;
          hLen = 0;
          hPre = 0;
        }
        {
          if (sLast > sStart)
            sentences.push(sentenceOf(body, sStart, sLast, sWords, sSyll, paragraph, sCaps));
          sStart = -1;
          sLast = -1;
          sWords = 0;
          sSyll = 0;
          sCaps = false;
        }
        i = k - 1;
      }
    }
  }
  if (sStart >= 0) {
    if (sLast > sStart)
      sentences.push(sentenceOf(body, sStart, sLast, sWords, sSyll, paragraph, sCaps));
    sStart = -1;
    sLast = -1;
    sWords = 0;
    sSyll = 0;
    sCaps = false;
  }

  for (const x of sentences) {
    words += x.words;
    syllables += x.syllables;
  }

  // an empty array is never read out of bounds: that would deoptimise analyse()
  const lastS = sentences.length > 0 ? sentences[sentences.length - 1] : undefined;
  const first = sentences.length > 0 ? sentences[0] : undefined;
  const contentEnd = lastS ? lastS.end : greetingEnd;
  const characters = first && lastS ? lastS.end - first.start : 0;
  const sentenceCount = sentences.length || 1;
  const readingGrade =
    words === 0
      ? 0
      : Math.max(
          0,
          Math.round((0.39 * (words / sentenceCount) + 11.8 * (syllables / words) - 15.59) * 10) /
            10,
        );

  const links: number[] = [];
  if (body.indexOf('://', greetingEnd) >= 0 || body.indexOf('www.', greetingEnd) >= 0) {
    LINK.lastIndex = greetingEnd;
    let m: RegExpExecArray | null;
    while ((m = LINK.exec(body)) !== null) {
      const end = m.index + m[0].length;
      let core = end;
      while (core > m.index && isTrailing(body.charCodeAt(core - 1))) core--;
      links.push(m.index, core, end);
    }
  }

  return {
    text,
    context,
    channel: context.channel ?? 'email',
    greetingEnd,
    bodyEnd,
    body,
    sentences,
    contentEnd,
    words,
    syllables,
    characters,
    questions,
    readingGrade,
    selfWords,
    youWords,
    now: context.now ?? Date.now(),
    triggered,
    gated: useTriggers,
    capsRun,
    bangRun,
    links,
    memo: {},
  };
}

/** The sentence containing position pos, or undefined (binary search). */
export function sentenceAt(a: Analysis, pos: number): Sentence | undefined {
  const s = a.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid]!;
    if (pos < m.start) hi = mid - 1;
    else if (pos >= m.end) lo = mid + 1;
    else return m;
  }
  return undefined;
}

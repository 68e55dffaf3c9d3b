/**
 * One pass over the draft that every rule shares: where the greeting ends, where the signature or
 * quoted history starts, the sentences, and the counts behind length and reading-grade rules.
 * All regexes are compiled once, at module load.
 */

import type { Analysis, CoachContext, Sentence } from './types';
import { Hits, type TriggerMap, endWord, markRuns, tableFor } from './word-table';
import { findBodyEnd, signatureAbovePostscript } from './body-end';
import { findGreetingEnd } from './greeting';

/**
 * Spaces other than U+0020 (no-break, thin, figure, ideographic…): text pasted from a document or
 * typed into a rich editor has them between words, where every pattern expects a space.
 */
const OTHER_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const OTHER_SPACES = new RegExp(OTHER_SPACE.source, 'g');

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

/** Short months, read as no sentence end only before a day: "Mar. 31", not "in Mar. Then…". */
const MONTH_ABBREVIATIONS = new Set([
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

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

const NO_TRIGGERS: TriggerMap = new Map();

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
  // a no-break or thin space reads as a space (same length, so every offset still fits the text)
  if (OTHER_SPACE.test(text)) text = text.replace(OTHER_SPACES, ' ');
  const bodyEnd = findBodyEnd(text, context);
  const body = bodyEnd === text.length ? text : text.slice(0, bodyEnd);
  // a signature above a postscript stays in the text but is no sentence of the message
  const signature = body.length > 40 ? signatureAbovePostscript(body) : undefined;
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
  // the word holds an apostrophe or a letter past ASCII: its ASCII runs count as words too
  let split = false;

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
        if (split) {
          markRuns(table, triggered, body, hStart, i);
          split = false;
        }
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
      if (hLen > 0) split = true;
    } else if (letter || digit || (c >= 0xc0 && !notALetterAt(body, i, c))) {
      // (session 28: a dash, a closing quote or an emoji ends the word: "tomorrow—the team")
      if (hLen === 0) hStart = i;
      if (c >= 0xc0) split = true;
      h = (Math.imul(h, 31) + lower) | 0;
      hLen++;
    } else if (hLen > 0) {
      const w = endWord(table, triggered, h, hPre, hStart);
      if (split) {
        markRuns(table, triggered, body, hStart, i);
        split = false;
      }
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
          // "until Mar. 31": a month before its day
          if (MONTH_ABBREVIATIONS.has(tok) && k + 1 < n && isDigit(body.charCodeAt(k + 1)))
            continue;
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
          if (split) {
            markRuns(table, triggered, body, hStart, i);
            split = false;
          }
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

  if (signature) {
    let w = 0;
    for (const x of sentences)
      if (x.end <= signature.from || x.start >= signature.to) sentences[w++] = x;
    sentences.length = w;
  }

  for (const x of sentences) {
    words += x.words;
    syllables += x.syllables;
  }

  // an empty array is never read out of bounds: that would deoptimise analyse()
  const lastS = sentences.length > 0 ? sentences[sentences.length - 1] : undefined;
  const first = sentences.length > 0 ? sentences[0] : undefined;
  let contentEnd = lastS ? lastS.end : greetingEnd;
  // a sign-off above a postscript (session 34): an added line goes above the sign-off
  if (signature) {
    let k = sentences.length - 1;
    while (k >= 0 && sentences[k]!.end > signature.from) k--;
    if (k >= 0) contentEnd = sentences[k]!.end;
  }
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

/** Index of the sentence containing pos, or -1 (binary search). */
export function sentenceIndexAt(a: Analysis, pos: number): number {
  const s = a.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = s[mid]!;
    if (pos < m.start) hi = mid - 1;
    else if (pos >= m.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence containing position pos, or undefined. */
export function sentenceAt(a: Analysis, pos: number): Sentence | undefined {
  return a.sentences[sentenceIndexAt(a, pos)];
}

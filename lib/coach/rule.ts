/** Helpers for writing rules: one rule per file in rules/, each built with defineRule. */
import { isWordCharAt, sentenceAt } from './analyse';
import { curlyToo } from './lexicon';
import type { Analysis, Category, Finding, Principle, Rule, Sentence } from './types';

export interface Hit {
  start: number;
  end: number;
  message?: string;
  replacement?: string;
}

export interface RuleSpec {
  id: string;
  category: Category;
  weight: number;
  principle: Principle;
  explanation: string;
  /** Default message of a finding. */
  message: string;
  /** See Rule.triggers: the rule is skipped when none of these words is in the draft. */
  triggers?: readonly string[];
  /** See Rule.probes. */
  probes?: readonly string[];
  /** Patterns gated by their own trigger words (see gated()): the rule runs when any of them can match. */
  patterns?: Gated;
  /** false: run even when no trigger word occurs. */
  gate?: boolean;
  find(a: Analysis): Hit[];
}

export function defineRule(spec: RuleSpec): Rule {
  const { id, category, weight, principle, explanation, message, find, probes, patterns } = spec;
  const triggers = spec.triggers;
  const rule: Rule = {
    id,
    category,
    weight,
    principle,
    explanation,
    check(_text: string, ctx: Analysis): Finding[] {
      let hits = withoutOverlaps(find(ctx));
      if (hits.length > 0 && ctx.links.length > 0) hits = outsideLinks(hits, ctx.links);
      const out: Finding[] = new Array<Finding>(hits.length);
      for (let i = 0; i < hits.length; i++) {
        const h = hits[i]!;
        const f: Finding = {
          rule: id,
          category,
          start: h.start,
          end: h.end,
          message: h.message ?? message,
        };
        if (h.replacement !== undefined) f.replacement = h.replacement;
        out[i] = f;
      }
      return out;
    },
  };
  if (triggers) rule.triggers = triggers;
  if (probes) rule.probes = probes;
  if (patterns) rule.groups = patterns.groups;
  if (spec.gate === false) rule.gate = false;
  return rule;
}

/**
 * Hits sorted by position, dropping any that overlaps one already kept (the earlier, then the
 * longer, wins), so one piece of text is flagged once per rule.
 */
function withoutOverlaps(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [hits[0]!];
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    const last = out[out.length - 1]!;
    const overlaps =
      h.start === h.end ? h.start > last.start && h.start < last.end : h.start < last.end;
    if (!overlaps) out.push(h);
  }
  return out;
}

/** Drops hits that cut into a link (a hit may contain a whole link, or end at its trailing punctuation). */
function outsideLinks(hits: Hit[], links: readonly number[]): Hit[] {
  return hits.filter((h) => {
    for (let i = 0; i < links.length; i += 3) {
      const start = links[i]!;
      const core = links[i + 1]!;
      const end = links[i + 2]!;
      if (h.start > start && h.start < end) return false; // starts inside the link
      if (h.start <= start && h.end > start && h.end < core) return false; // ends inside it
    }
    return true;
  });
}

/** Regexes each switched on by its own words: only the ones whose words occur are run. */
export interface Gated {
  keys: readonly string[];
  res: readonly RegExp[];
  groups: Readonly<Record<string, readonly string[]>>;
  /** Second word lists ("a b & c d"): pattern k runs only where one of these occurs as well. */
  also: readonly (string | undefined)[];
  /** keys resolved to slots of one trigger index, filled on first use */
  slots?: { index: ReadonlyMap<string, number>; at: Int32Array; also: Int32Array };
}

/** The slots of a gated set's keys in the analysis' trigger index (cached on the set). */
function slotsOf(a: Analysis, g: Gated): NonNullable<Gated['slots']> {
  const index = a.triggered.index;
  if (g.slots && g.slots.index === index) return g.slots;
  const at = new Int32Array(g.keys.length);
  const also = new Int32Array(g.keys.length).fill(-2); // -2: no second list
  g.keys.forEach((key, k) => {
    at[k] = index.get(key) ?? -1;
    const second = g.also[k];
    if (second !== undefined) also[k] = index.get(second) ?? -1;
  });
  g.slots = { index, at, also };
  return g.slots;
}

/**
 * Which sentences hold one of the given word positions (ascending), as a mask by sentence index:
 * the second word list of a pattern that needs words of two kinds.
 */
function sentencesHolding(a: Analysis, at: readonly number[]): Uint8Array {
  const ss = a.sentences;
  const mask = new Uint8Array(ss.length);
  let si = 0;
  for (let i = 0; i < at.length; i++) {
    const pos = at[i]!;
    while (si < ss.length && pos >= ss[si]!.end) si++;
    if (si === ss.length) break;
    if (pos >= ss[si]!.start) mask[si] = 1;
  }
  return mask;
}

/** The sentence mask for pattern k's second word list; null when it has none, undefined when none occurs. */
function secondMask(a: Analysis, g: Gated, k: number): Uint8Array | null | undefined {
  const slot = slotsOf(a, g).also[k]!;
  if (slot === -2) return null;
  const at = slot < 0 ? undefined : a.triggered.lists[slot];
  return at === undefined ? undefined : sentencesHolding(a, at);
}

/** Positions of pattern k's words, or undefined when none occurs. */
function positions(a: Analysis, g: Gated, k: number): readonly number[] | undefined {
  const slot = slotsOf(a, g).at[k]!;
  return slot < 0 ? undefined : a.triggered.lists[slot];
}

/**
 * Builds gated patterns for rule `id` from [words, regex source] pairs. Every match of a pattern
 * must contain one of its words (lower case, apostrophes dropped). Sources use straight
 * apostrophes; curly ones are accepted too.
 */
export function gated(
  id: string,
  list: readonly (readonly [string, string])[],
  flags = 'gi',
): Gated {
  const keys: string[] = [];
  const res: RegExp[] = [];
  const groups: Record<string, readonly string[]> = {};
  const also: (string | undefined)[] = [];
  list.forEach(([words, source], k) => {
    const key = `${id}#${k}`;
    keys.push(key);
    res.push(new RegExp(curlyToo(source), flags));
    const [first, second] = words.split('&');
    groups[key] = first!.split(/\s+/).filter(Boolean);
    if (second === undefined) also.push(undefined);
    else {
      also.push(`${key}&`);
      groups[`${key}&`] = second.split(/\s+/).filter(Boolean);
    }
  });
  return { keys, res, groups, also };
}

/**
 * The index in g of the first pattern that matches the whole of `example`: how a rule names a
 * pattern it treats specially (`patternOf(RE, "before they're gone")`) instead of counting
 * positions by hand, which silently break when a pattern is added or removed. Throws at load.
 */
export function patternOf(g: Gated, example: string): number {
  const k = g.res.findIndex((re) => {
    re.lastIndex = 0;
    const m = re.exec(example);
    re.lastIndex = 0;
    return m !== null && m.index === 0 && m[0].length === example.length;
  });
  if (k < 0) throw new Error(`no pattern matches the whole of "${example}"`);
  return k;
}

/** Runs the gated patterns whose words occur, on the sentences that hold them. */
export function scan(a: Analysis, g: Gated, fn: (m: RegExpExecArray, k: number) => void): void {
  if (!a.gated) {
    for (let k = 0; k < g.res.length; k++) matchBody(g.res[k]!, a, fn, k);
    return;
  }
  scanGated(a, g, fn, false);
}

/**
 * Like scan, for callers that use only the first match of each pattern in each sentence: in a gated
 * analysis a pattern's search of a sentence stops at its first match (ungated, every match is
 * reported, as by scan).
 */
export function scanFirst(
  a: Analysis,
  g: Gated,
  fn: (m: RegExpExecArray, k: number) => void,
): void {
  if (!a.gated) scan(a, g, fn);
  else scanGated(a, g, fn, true);
}

/** scan's gated half: each pattern whose words occur, on the sentences holding them. */
function scanGated(
  a: Analysis,
  g: Gated,
  fn: (m: RegExpExecArray, k: number) => void,
  first: boolean,
): void {
  const slots = slotsOf(a, g).at;
  const lists = a.triggered.lists;
  for (let k = 0; k < g.res.length; k++) {
    const slot = slots[k]!;
    const at = slot < 0 ? undefined : lists[slot];
    if (at === undefined) continue;
    const mask = secondMask(a, g, k);
    if (mask !== undefined) matchAt(g.res[k]!, a, at, fn, k, first, mask);
  }
}

/** Matches of re in the sentences holding the given word positions; indexes are text offsets. */
function matchAt(
  re: RegExp,
  a: Analysis,
  at: readonly number[],
  fn: (m: RegExpExecArray, k: number) => void,
  k: number,
  first = false,
  mask: Uint8Array | null = null,
): void {
  // positions ascend, so the sentence holding each is found by walking forward
  const ss = a.sentences;
  let si = 0;
  let last = -1;
  for (let i = 0; i < at.length; i++) {
    const pos = at[i]!;
    while (si < ss.length && pos >= ss[si]!.end) si++;
    if (si === ss.length) break;
    const s = ss[si]!;
    if (pos < s.start || si === last) continue;
    last = si;
    if (mask !== null && mask[si] === 0) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      m.index += s.start;
      fn(m, k);
      if (first || !re.global) break;
      // every match holds one of the words at `at`: search on only if one starts after this match
      if (!wordFrom(at, i, s.start + re.lastIndex, s.end)) break;
    }
  }
}

/** Does a position of `at` (ascending, from index i on) lie in [from, end)? */
function wordFrom(at: readonly number[], i: number, from: number, end: number): boolean {
  for (let j = i; j < at.length; j++) {
    const p = at[j]!;
    if (p >= end) return false;
    if (p >= from) return true;
  }
  return false;
}

/**
 * Matches of re in every sentence: what a gated scan finds when every word is present, so a
 * pattern means the same with and without trigger gating ("^" is a sentence start in both).
 */
function matchBody(
  re: RegExp,
  a: Analysis,
  fn: (m: RegExpExecArray, k: number) => void,
  k: number,
  want?: (s: Sentence) => boolean,
): void {
  for (const s of a.sentences) {
    if (want !== undefined && !want(s)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text)) !== null) {
      if (m[0].length === 0) re.lastIndex++;
      m.index += s.start;
      fn(m, k);
      if (!re.global) break;
    }
  }
}

/**
 * Does pattern k of a gated set match somewhere (only sentences holding one of its words are
 * tried)? With atStart, the word must open the sentence.
 */
export function somewhere(a: Analysis, g: Gated, k: number, atStart: boolean): boolean {
  const re = g.res[k]!;
  if (!a.gated) {
    for (const s of a.sentences) {
      re.lastIndex = 0;
      if (re.test(s.text)) return true;
    }
    return false;
  }
  const at = positions(a, g, k);
  if (at === undefined) return false;
  // positions ascend: walk the sentences forward
  const ss = a.sentences;
  let si = 0;
  let last = -1;
  for (let i = 0; i < at.length; i++) {
    const pos = at[i]!;
    while (si < ss.length && pos >= ss[si]!.end) si++;
    if (si === ss.length) break;
    const s = ss[si]!;
    if (pos < s.start || si === last) continue;
    last = si;
    if (atStart && pos !== s.start) continue;
    re.lastIndex = 0;
    if (re.test(s.text)) return true;
  }
  return false;
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

/**
 * Which sentences match one of the gated patterns: flags by sentence index, computed once per
 * analysis. Each pattern is tried only on the sentences holding one of its words.
 */
export function sentencesMatching(a: Analysis, g: Gated): Uint8Array {
  let byGated = a.memo.matching as Map<Gated, Uint8Array> | undefined;
  if (byGated === undefined) a.memo.matching = byGated = new Map();
  let flags = byGated.get(g);
  if (flags !== undefined) return flags;
  flags = new Uint8Array(a.sentences.length);
  for (let k = 0; k < g.res.length; k++) {
    const re = g.res[k]!;
    if (!a.gated) {
      for (let i = 0; i < a.sentences.length; i++) {
        if (flags[i]) continue;
        re.lastIndex = 0;
        if (re.test(a.sentences[i]!.text)) flags[i] = 1;
      }
      continue;
    }
    const at = positions(a, g, k);
    if (at === undefined) continue;
    // positions ascend: walk the sentences forward
    const ss = a.sentences;
    let i = 0;
    let last = -1;
    for (let j = 0; j < at.length; j++) {
      const pos = at[j]!;
      while (i < ss.length && pos >= ss[i]!.end) i++;
      if (i === ss.length) break;
      if (pos < ss[i]!.start || i === last) continue;
      last = i;
      if (flags[i]) continue;
      re.lastIndex = 0;
      if (re.test(a.sentences[i]!.text)) flags[i] = 1;
    }
  }
  byGated.set(g, flags);
  return flags;
}

/** Does sentence s match one of the gated patterns (checking only patterns whose words it holds)? */
export function sentenceMatches(a: Analysis, g: Gated, s: Sentence): boolean {
  for (let k = 0; k < g.res.length; k++) {
    if (a.gated) {
      const at = a.triggered.get(g.keys[k]!);
      if (at === undefined) continue;
      let inside = false;
      for (let i = 0; i < at.length; i++) if (at[i]! >= s.start && at[i]! < s.end) inside = true;
      if (!inside) continue;
    }
    const re = g.res[k]!;
    re.lastIndex = 0;
    if (re.test(s.text)) return true;
  }
  return false;
}

/** Does a word of trigger key `key` start inside sentence s (always true when not gated)? */
export function keyIn(a: Analysis, key: string, s: Sentence): boolean {
  if (!a.gated) return true;
  return wordIn(a.triggered.get(key), s);
}

/**
 * Positions of a key's words for repeated wordIn() tests: null means "not gated, assume present".
 */
export function wordsOf(a: Analysis, key: string): readonly number[] | undefined | null {
  return a.gated ? a.triggered.get(key) : null;
}

/** Does one of the positions (from wordsOf) fall in sentence s? null: yes. */
export function wordIn(at: readonly number[] | undefined | null, s: Sentence): boolean {
  if (at === null) return true;
  if (at === undefined) return false;
  for (let i = 0; i < at.length; i++) {
    const p = at[i]!;
    if (p >= s.start && p < s.end) return true;
    if (p >= s.end) return false;
  }
  return false;
}

/** Is any match of the (non-global) regex in a sentence holding a word of `key`? */
export function anyIn(a: Analysis, key: string, re: RegExp): boolean {
  if (!a.gated) return re.test(a.body.slice(a.greetingEnd));
  const at = a.triggered.get(key);
  if (at === undefined) return false;
  let last: Sentence | undefined;
  for (let i = 0; i < at.length; i++) {
    const s = sentenceAt(a, at[i]!);
    if (s === undefined || s === last) continue;
    last = s;
    if (re.test(s.text)) return true;
  }
  return false;
}

/** Did a probe word of this rule occur (always true when the analysis was not gated)? */
export function probed(a: Analysis, id: string): boolean {
  return !a.gated || a.triggered.has(id);
}

/**
 * Calls fn for each match of a global regex over the body, after the greeting. With a trigger key
 * and a gated analysis, only the sentences holding one of the key's words are searched; match
 * indexes are always offsets into the text.
 */
export function eachMatch(
  re: RegExp,
  a: Analysis,
  fn: (m: RegExpExecArray) => void,
  key?: string,
): void {
  if (key !== undefined && a.gated) {
    const at = a.triggered.get(key);
    if (at !== undefined) matchAt(re, a, at, fn, 0);
    return;
  }
  matchBody(re, a, fn, 0);
}

/**
 * Matches of re in the sentences for which `want` holds (every sentence when the analysis is not
 * gated, so a gate means the same as no gate).
 */
export function eachMatchWhere(
  re: RegExp,
  a: Analysis,
  want: (s: Sentence) => boolean,
  fn: (m: RegExpExecArray) => void,
): void {
  matchBody(re, a, fn, 0, a.gated ? want : undefined);
}

export { sentenceAt };

/** A rule's find() when every match of its patterns is one finding, with no replacement. */
export function everyMatch(g: Gated): (a: Analysis) => Hit[] {
  return (a) => {
    const hits: Hit[] = [];
    scan(a, g, (m) => {
      hits.push({ start: m.index, end: m.index + m[0].length });
    });
    return hits;
  };
}

const LETTER = /\p{L}/u;

/** Upper-cases the first letter of s. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

const SHOUTED_OR_I = /^(?:I\b|[A-Z]{2,}\b)/;

/**
 * Keeps the capital of the original at the start of a replacement, unless the capital carried no
 * meaning ("I need you to", "ASAP").
 */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0 || SHOUTED_OR_I.test(original)) return replacement;
  const c = original[0];
  if (c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase())
    return capitalise(replacement);
  return replacement;
}

/** matchCase, and a capital when the replacement starts a sentence. */
export function caseAt(a: Analysis, pos: number, original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  return capitalAt(a, pos) ? capitalise(replacement) : matchCase(original, replacement);
}

/**
 * Does text put at pos need a capital: it starts its sentence, and that sentence is not the
 * lower-case rest of a greeting line ("Hi Ben, following up…").
 */
export function capitalAt(a: Analysis, pos: number): boolean {
  if (!atSentenceStart(a, pos)) return false;
  const g = a.greetingEnd;
  if (g === 0 || a.body[g - 1] === '\n') return true;
  const s = sentenceAt(a, pos);
  if (!s || s.start !== g) return true;
  const c = a.body[s.start]!;
  // "Hi Anya, I wanted…": the pronoun's capital says nothing about the writer's style
  if (c === 'I' && !LETTER.test(a.body[s.start + 1] ?? '')) return false;
  return c === c.toUpperCase();
}

/** Is pos the first word of its sentence (ignoring opening quotes)? */
export function atSentenceStart(a: Analysis, pos: number): boolean {
  const s = sentenceAt(a, pos);
  if (!s) return false;
  for (let i = s.start; i < pos; i++) {
    const c = a.body[i]!;
    if (
      c !== '"' &&
      c !== "'" &&
      c !== '“' &&
      c !== '‘' &&
      c !== '(' &&
      c !== '*' &&
      c !== '-' &&
      c !== ' '
    )
      return false;
  }
  return true;
}

const PLEASANTRY =
  /^(?:(?:i )?hope (?:you(?:'re| are)? (?:well|doing well|good|having|had|enjoy)|(?:this|my) (?:email|note|message) finds you|all is well|your (?:week|day|weekend|quarter)|things are)|happy (?:monday|tuesday|wednesday|thursday|friday|new year|holidays)|(?:many )?thanks? (?:you )?(?:for|again)|thank you (?:for|again|so much)|(?:it was |it's )?(?:great|good|nice|lovely) (?:to (?:meet|speak|talk|chat|see|hear|connect)|chatting|talking|speaking|meeting|catching up)|(?:great|good|nice) (?:call|chat|meeting|to meet)|good (?:morning|afternoon)|how are you|how(?:'s| is) (?:your|the) (?:week|day|quarter))\b[^.!?]{0,80}[.!?]*$/i;

/** The first sentence that is not a pleasantry ("Hope you're well.", "Thanks for the call."). */
export function firstContentSentence(a: Analysis): Sentence | undefined {
  if ('first' in a.memo) return a.memo.first as Sentence | undefined;
  return (a.memo.first = findFirstContent(a));
}

function findFirstContent(a: Analysis): Sentence | undefined {
  const s = a.sentences;
  for (let i = 0; i < s.length && i < 3; i++) {
    const x = s[i]!;
    if (!PLEASANTRY.test(x.text)) return x;
  }
  return s[0];
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029;
}

/** Offset of the start of the n-th word (1-based) of the body, or -1 when there are fewer. */
export function wordStart(a: Analysis, n: number): number {
  let seen = 0;
  for (const s of a.sentences) {
    if (seen + s.words < n) {
      seen += s.words;
      continue;
    }
    // the same words analyse() counts: runs of non-space holding a letter or digit
    const t = s.text;
    let i = 0;
    while (i < t.length) {
      while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++;
      const from = i;
      let wordish = false;
      while (i < t.length && !isSpaceCode(t.charCodeAt(i))) {
        if (isWordCharAt(t, i)) wordish = true;
        i++;
      }
      if (wordish && ++seen === n) return s.start + from;
    }
    return -1;
  }
  return -1;
}

/** Where the cue patterns (lib/coach/cues.ts) start in a rule's gated list: they come last. */
export function cueStart(g: Gated, cues: readonly unknown[]): number {
  return g.res.length - cues.length;
}

/**
 * Does [start, end) overlap a hit found so far? A cue match yields to the rule's own phrase
 * patterns, which carry the rewordings.
 */
export function overlapsHit(hits: readonly Hit[], start: number, end: number): boolean {
  for (const h of hits) if (start < h.end && end > h.start) return true;
  return false;
}

/** Gated patterns: regexes a rule runs only in the sentences that hold one of their trigger words. */
import { sentenceAt } from './analyse';
import { curlyToo } from './lexicon';
import { NEEDS, NEEDS_WORDS } from './needs';
import type { Analysis, Sentence } from './types';

/**
 * Every word some gated pattern needs (see needs.ts): the registry's trigger map gives each its
 * own key, `w:<word>`, so an analysis knows where each occurs.
 */
export const NEEDED_WORDS = new Set<string>();

/** Every gated set built, in load order (scripts/make-needs.mts reads their sources). */
export const ALL_GATED: Gated[] = [];

/** The key of a pattern source in needs.ts: two 32-bit hashes of its text. */
export function sourceKey(source: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = (Math.imul(h2, 31) + c) | 0;
  }
  return 'k' + (h1 >>> 0).toString(36) + (h2 >>> 0).toString(36);
}

const NEEDED_WORD_LIST = NEEDS_WORDS.split(' ');

/**
 * The word lists a pattern source needs, as written to needs.ts (none for a source not there:
 * it is then tried wherever its own words occur, as before needs.ts knew it).
 */
function needsOf(source: string): string[][] {
  const entry = NEEDS[sourceKey(source)];
  if (entry === undefined) return [];
  return entry.split(';').map((list) => list.split(',').map((i) => NEEDED_WORD_LIST[Number(i)]!));
}

/** Regexes each switched on by its own words: only the ones whose words occur are run. */
export interface Gated {
  keys: readonly string[];
  res: readonly RegExp[];
  groups: Readonly<Record<string, readonly string[]>>;
  /** Second word lists ("a b & c d"): pattern k runs only where one of these occurs as well. */
  also: readonly (string | undefined)[];
  /** Per pattern, the word lists its source needs (each match holds a word of every list). */
  needs: readonly (readonly (readonly string[])[])[];
  /** The pattern sources, curly apostrophes accepted (as compiled). */
  sources: readonly string[];
  /** keys resolved to slots of one trigger index, filled on first use */
  slots?: {
    index: ReadonlyMap<string, number>;
    at: Int32Array;
    also: Int32Array;
    /** per pattern, the slots of its needed lists' words (null: nothing needed; see neededSlotLists) */
    needs: (Int32Array[] | null)[];
  };
}

/** Regexes searched by eachMatch that know the words they need (see needing), in load order. */
export const ALL_NEEDING: RegExp[] = [];
const NEEDING = new WeakMap<
  RegExp,
  { lists: string[][]; slots?: { index: ReadonlyMap<string, number>; needs: Int32Array[] | null } }
>();

/**
 * Marks a regex searched with eachMatch as one that needs the words needs.ts lists for it:
 * eachMatch then tries it only in sentences holding a word of each list. Call at module load.
 */
export function needing(re: RegExp): RegExp {
  ALL_NEEDING.push(re);
  const lists = needsOf(re.source);
  if (lists.length > 0) {
    NEEDING.set(re, { lists });
    for (const list of lists) for (const w of list) NEEDED_WORDS.add(w);
  }
  return re;
}

/** The word lists a needing() regex needs (none: it is tried wherever its key's words occur). */
export function neededLists(re: RegExp): readonly (readonly string[])[] {
  return NEEDING.get(re)?.lists ?? [];
}

/** The slots of the words a needing() regex needs, in the analysis' trigger index. */
function neededSlots(a: Analysis, re: RegExp): Int32Array[] | null {
  const e = NEEDING.get(re);
  if (e === undefined) return null;
  const index = a.triggered.index;
  if (e.slots === undefined || e.slots.index !== index)
    e.slots = { index, needs: neededSlotLists(index, e.lists) };
  return e.slots.needs;
}

function slotsOfWords(index: ReadonlyMap<string, number>, words: readonly string[]): Int32Array {
  return Int32Array.from(words, (w) => index.get(`w:${w}`) ?? -1);
}

/**
 * The needed lists as slots, leaving out any list with a word the index lacks (a set built after
 * the registry's trigger map would otherwise never run): null when none is left.
 */
function neededSlotLists(
  index: ReadonlyMap<string, number>,
  lists: readonly (readonly string[])[],
): Int32Array[] | null {
  const out = lists
    .map((words) => slotsOfWords(index, words))
    .filter((x) => x.every((k) => k >= 0));
  return out.length === 0 ? null : out;
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
  const needs = g.needs.map((lists) => neededSlotLists(index, lists));
  g.slots = { index, at, also, needs };
  return g.slots;
}

/** Does every needed list of pattern k have a word somewhere in the draft? */
function neededInDraft(a: Analysis, needs: Int32Array[] | null): boolean {
  if (needs === null) return true;
  const lists = a.triggered.lists;
  outer: for (let c = 0; c < needs.length; c++) {
    const slots = needs[c]!;
    for (let j = 0; j < slots.length; j++) if (lists[slots[j]!] !== undefined) continue outer;
    return false;
  }
  return true;
}

/** Does every needed list have a word in sentence s? */
function neededIn(a: Analysis, needs: Int32Array[], s: Sentence): boolean {
  const lists = a.triggered.lists;
  outer: for (let c = 0; c < needs.length; c++) {
    const slots = needs[c]!;
    for (let j = 0; j < slots.length; j++) if (wordIn(lists[slots[j]!], s)) continue outer;
    return false;
  }
  return true;
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
  const needs: string[][][] = [];
  const sources: string[] = [];
  list.forEach(([words, source], k) => {
    const key = `${id}#${k}`;
    keys.push(key);
    const curly = curlyToo(source);
    sources.push(curly);
    res.push(new RegExp(curly, flags));
    const [gateWords, secondWords] = words.split('&').map((w) => w.split(/\s+/).filter(Boolean));
    groups[key] = gateWords!;
    if (secondWords === undefined) also.push(undefined);
    else {
      also.push(`${key}&`);
      groups[`${key}&`] = secondWords;
    }
    // a list holding every gate word (or every second word) is met wherever the pattern is tried
    const implied = (list: string[]): boolean =>
      gateWords!.every((w) => list.includes(w)) ||
      (secondWords?.every((w) => list.includes(w)) ?? false);
    const need = needsOf(curly).filter((list) => !implied(list));
    needs.push(need);
    for (const list of need) for (const w of list) NEEDED_WORDS.add(w);
  });
  const g: Gated = { keys, res, groups, also, needs, sources };
  ALL_GATED.push(g);
  return g;
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
  const { at: slots, needs } = slotsOf(a, g);
  const lists = a.triggered.lists;
  for (let k = 0; k < g.res.length; k++) {
    const slot = slots[k]!;
    const at = slot < 0 ? undefined : lists[slot];
    if (at === undefined) continue;
    const need = needs[k]!;
    if (!neededInDraft(a, need)) continue;
    const mask = secondMask(a, g, k);
    if (mask !== undefined) matchAt(g.res[k]!, a, at, fn, k, first, mask, need);
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
  need: Int32Array[] | null = null,
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
    if (need !== null && !neededIn(a, need, s)) continue;
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
  const need = slotsOf(a, g).needs[k]!;
  if (!neededInDraft(a, need)) return false;
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
    if (need !== null && !neededIn(a, need, s)) continue;
    re.lastIndex = 0;
    if (re.test(s.text)) return true;
  }
  return false;
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
    const need = slotsOf(a, g).needs[k]!;
    if (!neededInDraft(a, need)) continue;
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
      if (need !== null && !neededIn(a, need, ss[i]!)) continue;
      re.lastIndex = 0;
      if (re.test(a.sentences[i]!.text)) flags[i] = 1;
    }
  }
  byGated.set(g, flags);
  return flags;
}

/**
 * Is a sentence flagged (1) within `window` sentences of sentence i, and accepted by `ok`? How a
 * cue that counts only beside another finds its partner (sentencesMatching gives the flags).
 */
export function flaggedNear(
  flags: Uint8Array,
  i: number,
  window: number,
  ok: (j: number) => boolean = () => true,
): boolean {
  for (let j = Math.max(0, i - window); j <= Math.min(flags.length - 1, i + window); j++)
    if (flags[j] === 1 && ok(j)) return true;
  return false;
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
      const need = slotsOf(a, g).needs[k]!;
      if (need !== null && !neededIn(a, need, s)) continue;
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
    if (at === undefined) return;
    const need = neededSlots(a, re);
    if (neededInDraft(a, need)) matchAt(re, a, at, fn, 0, false, null, need);
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

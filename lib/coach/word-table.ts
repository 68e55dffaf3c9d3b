/** The per-word lookup of the analysis: word hashes to word classes (I/we, you) and rule triggers. */
import type { TriggerHits } from './types';

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

export function tableFor(triggers: TriggerMap): WordTable {
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
export class Hits implements TriggerHits {
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
export function endWord(t: WordTable, hits: Hits, h: number, hPre: number, start: number): number {
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

/**
 * (session 35) A word that holds an apostrophe or a letter past ASCII ("o'clock", "café",
 * "price，I'm" with a full-width comma) also counts each run of ASCII letters and digits in it as
 * a word, since a regex's \b falls there: "\bclock\b" matches in "o'clock". Positions are each
 * run's start; the word class is the whole word's.
 */
export function markRuns(t: WordTable, hits: Hits, text: string, from: number, to: number): void {
  let h = 0;
  let start = -1;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : 32;
    const lower = c >= 65 && c <= 90 ? c | 32 : c;
    if ((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      h = (Math.imul(h, 31) + lower) | 0;
      continue;
    }
    if (start >= 0) {
      const k = lookup(t, h);
      if (k >= 0) markIds(t, hits, k, start);
      h = 0;
      start = -1;
    }
  }
}

/** Deadlines in the draft ("by Friday", "today", "within 24 hours"), found once per analysis. */
import { DEADLINE } from './lexicon';
import { gated, scanFirst } from './gated';
import { sentenceIndexAt } from './analyse';
import type { Analysis } from './types';

export const DEADLINES = gated('deadline', [
  [
    'by before until till later ahead through today tonight eod eow eom cob within next end after',
    DEADLINE,
  ],
]);

export interface Span {
  start: number;
  end: number;
}

/** The first deadline of each sentence, by sentence index (text offsets). */
export function deadlinesOf(a: Analysis): readonly (Span | undefined)[] {
  let out = a.memo.deadlines as (Span | undefined)[] | undefined;
  if (out) return out;
  const found: (Span | undefined)[] = new Array<Span | undefined>(a.sentences.length);
  scanFirst(a, DEADLINES, (m) => {
    const i = sentenceIndexAt(a, m.index);
    if (i >= 0 && found[i] === undefined) found[i] = { start: m.index, end: m.index + m[0].length };
  });
  a.memo.deadlines = out = found;
  return out;
}

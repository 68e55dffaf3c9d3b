import { OPT_OUT } from '../optout';
import { defineRule, type Hit } from '../rule';
import { sentencesMatching } from '../gated';
import type { Analysis } from '../types';

export { count, SELF, YOU };

const SELF = /\b(?:i|me|my|mine|myself|we|us|our|ours|ourselves)\b/gi;
const YOU = /\b(?:you|your|yours|yourself|yourselves)\b/gi;

function count(re: RegExp, t: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(t) !== null) n++;
  return n;
}

/** Minimum self words before the ratio matters; set on the training split of tests/data. */
export const MIN_SELF = 5;
/** Flag when I/we words exceed this multiple of you/your words (plus one). */
export const RATIO = 2;

/**
 * I/we words and you words of the draft; an opt-out line ("just tell me and I'll close the loop")
 * serves the reader, so its words are not counted.
 */
export function selfAndYou(a: Analysis): [self: number, you: number] {
  // me-ratio and all-about-us both ask: counted once per analysis
  const known = a.memo.selfAndYou as [number, number] | undefined;
  if (known) return known;
  let self = a.selfWords;
  let you = a.youWords;
  if (self >= MIN_SELF) {
    const optOut = sentencesMatching(a, OPT_OUT);
    for (let i = 0; i < optOut.length; i++) {
      if (!optOut[i]) continue;
      const t = a.sentences[i]!.text;
      self -= count(SELF, t);
      you -= count(YOU, t);
    }
  }
  const counted: [number, number] = [self, you];
  a.memo.selfAndYou = counted;
  return counted;
}

/** Counts I/me/my/we/us/our against you/your. */
export const meRatio = defineRule({
  id: 'me-ratio',
  category: 'self-centred',
  weight: 8,
  principle: 'P3',
  explanation:
    'Count the words: when I, we, our and me outnumber you and your by more than two to one, the message is about you, not them. Rewrite sentences around the reader: their goal, their problem, their result.',
  message: 'More about you than about them.',
  find(a) {
    const hits: Hit[] = [];
    const [self, you] = selfAndYou(a);
    if (self < MIN_SELF || self <= RATIO * you + 1) return hits;
    const first = a.sentences[0];
    if (!first) return hits;
    hits.push({
      start: first.start,
      end: a.contentEnd,
      message: `${self} I/we/our words for ${you} you/your: more about you than about them.`,
    });
    return hits;
  },
});

import { defineRule, type Hit } from '../rule';

/** Minimum self words before the ratio matters; set on the training split of tests/data. */
export const MIN_SELF = 5;
/** Flag when I/we words exceed this multiple of you/your words (plus one). */
export const RATIO = 2;

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
    const self = a.selfWords;
    const you = a.youWords;
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

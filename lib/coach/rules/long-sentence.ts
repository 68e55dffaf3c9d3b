import { defineRule, type Hit } from '../rule';

export const MAX_SENTENCE_WORDS = 25;

/** Sentences over 25 words. */
export const longSentence = defineRule({
  id: 'long-sentence',
  category: 'readability',
  weight: 3,
  principle: 'P10',
  explanation:
    'Sentences over 25 words are hard to take in on a phone. Split them: short sentences lower the reading grade, and simpler emails get more replies (Boomerang 2016).',
  message: 'Long sentence: split it.',
  find(a) {
    const hits: Hit[] = [];
    for (const s of a.sentences) {
      if (s.words > MAX_SENTENCE_WORDS)
        hits.push({ start: s.start, end: s.end, message: `${s.words}-word sentence: split it.` });
    }
    return hits;
  },
});

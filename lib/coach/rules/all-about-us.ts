import { defineRule, type Hit } from '../rule';
import { count, SELF, selfAndYou, YOU } from './me-ratio';

/**
 * A draft all about the writer: at least MIN_US I/we words, and more than this multiple of the you
 * words (plus one). Adds to me-ratio, which any such draft also trips. Session 32: 6 and 3 (were
 * 10 and 4), from the blind self-centred set 1, where 10 and 4 found 16 of its 80 self-centred
 * drafts and 6 and 3 find 24; neither finds any of its 80 others, nor any of the 224
 * not-self-centred drafts of followups.jsonl and stock-blind.jsonl.
 */
export const LOPSIDED = 3;
export const MIN_US = 6;

/** Hardly a word about the reader: the sentence most about the writer, in a draft all about us. */
export const allAboutUs = defineRule({
  id: 'all-about-us',
  category: 'self-centred',
  weight: 6,
  principle: 'P3',
  explanation:
    'Hardly a word in this draft is about the reader: it is our story, our team, our product. Prospects read for what is in it for them; open with their goal or problem and keep one line about you.',
  message: 'Hardly a word about them.',
  find(a) {
    const hits: Hit[] = [];
    const [self, you] = selfAndYou(a);
    if (self < MIN_US || self <= LOPSIDED * (you + 1)) return hits;
    let most = a.sentences[0];
    let mostN = -Infinity;
    for (const s of a.sentences) {
      const n = count(SELF, s.text) - count(YOU, s.text);
      if (n > mostN) {
        most = s;
        mostN = n;
      }
    }
    if (!most) return hits;
    hits.push({
      start: most.start,
      end: most.end,
      message: `Hardly a word about them: ${self} I/we/our words for ${you} you/your. Start from their goal or problem.`,
    });
    return hits;
  },
});

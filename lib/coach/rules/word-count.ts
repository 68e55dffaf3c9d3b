import { defineRule, type Hit } from '../rule';
import { wordStart } from '../word-start';

/** Lavender: 25 to 50 words did best for cold email. */
export const COLD_MAX = 50;
/** Boomerang 2016 (40M emails): 50 to 125 words got replies over 50% of the time. */
export const FOLLOW_UP_MAX = 125;

/** Email length for the message kind (Boomerang 2016, Lavender). */
export const wordCount = defineRule({
  id: 'word-count',
  category: 'length',
  weight: 6,
  principle: 'P10',
  explanation:
    'Be personal and short. Boomerang (40M emails, 2016): emails of 50 to 125 words got replies over 50% of the time. Lavender: 25 to 50 words did best for a cold first email.',
  message: 'Too long.',
  find(a) {
    const hits: Hit[] = [];
    if (a.channel !== 'email') return hits;
    const cold = a.context.kind === 'first';
    const max = cold ? COLD_MAX : FOLLOW_UP_MAX;
    if (a.words <= max) return hits;
    const at = wordStart(a, max + 1);
    if (at < 0) return hits;
    hits.push({
      start: at,
      end: a.contentEnd,
      message: cold
        ? `${a.words} words: cold emails of 25 to 50 words do best (Lavender). Everything from here is over.`
        : `${a.words} words: 50 to 125 words got the most replies (Boomerang 2016). Everything from here is over.`,
    });
    return hits;
  },
});

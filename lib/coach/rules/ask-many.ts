import { asksOf } from '../asks';
import { defineRule, type Hit } from '../rule';

/** Maximum distinct asks before they compete; one is best. */
export const MAX_ASKS = 2;

/** Several asks compete for one reply. */
export const askMany = defineRule({
  id: 'ask-many',
  category: 'ask',
  weight: 5,
  principle: 'P9',
  explanation:
    'Several requests in one message compete, and the reader answers none. Keep the one that matters most; a single low-friction ask gets more replies.',
  message: 'Another ask: keep the one that matters most.',
  find(a) {
    const hits: Hit[] = [];
    const asks = asksOf(a);
    if (asks.specific.length <= MAX_ASKS) return hits;
    for (const i of asks.specific.slice(MAX_ASKS)) {
      const s = a.sentences[i]!;
      hits.push({ start: s.start, end: s.end });
    }
    return hits;
  },
});

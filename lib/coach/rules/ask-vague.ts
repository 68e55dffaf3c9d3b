import { VAGUE_WORDS, asksOf } from '../asks';
import { defineRule, type Hit } from '../rule';

/** Only vague asks: "Thoughts?", "Let me know", "Let's connect". */
export const askVague = defineRule({
  id: 'ask-vague',
  category: 'ask',
  weight: 6,
  principle: 'P9',
  explanation:
    '"Thoughts?" and "Let me know" leave the reader to work out what you want. Ask for one concrete, low-effort thing: a yes/no, a choice of two times, a resource they can say yes to.',
  message: 'Vague ask: make it one concrete, easy question.',
  probes: VAGUE_WORDS,
  find(a) {
    const hits: Hit[] = [];
    const asks = asksOf(a);
    if (asks.specific.length > 0 || asks.vague.length === 0) return hits;
    for (const i of asks.vague) {
      const s = a.sentences[i]!;
      hits.push({ start: s.start, end: s.end });
    }
    return hits;
  },
});

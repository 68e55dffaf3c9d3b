import { ASK, asksOf } from '../asks';
import { defineRule, type Hit } from '../rule';

/** No ask at all: the reader does not know what you want (P9). */
export const askMissing = defineRule({
  id: 'ask-missing',
  category: 'ask',
  weight: 8,
  principle: 'P9',
  explanation:
    'Make the next step clear: one small, specific ask the reader can answer in a line ("Would the checklist help?"). Without one, the easiest reply is none.',
  message: 'No ask: end with one small, specific question.',
  patterns: ASK,
  gate: false,
  find(a) {
    const hits: Hit[] = [];
    if (a.sentences.length === 0) return hits;
    if (a.context.kind === 'close') return hits; // a graceful close asks for nothing
    const asks = asksOf(a);
    if (asks.specific.length + asks.vague.length > 0) return hits;
    hits.push({ start: a.contentEnd, end: a.contentEnd });
    return hits;
  },
});

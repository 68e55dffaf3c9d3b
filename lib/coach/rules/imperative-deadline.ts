import { deadlinesOf, DEADLINES } from '../deadline';
import { REQUEST_VERB, SOFTENER, rx } from '../lexicon';
import { capitalAt, defineRule, type Hit } from '../rule';

const COMMAND = rx(
  `(?:^|[,;:—–-] |\\b(?:so|and|then|now) )(?:please |kindly |just )?(?:${REQUEST_VERB}|let's (?:get|sign|finali[sz]e|close|wrap|lock|make|decide))\\b`,
  'i',
);

const BARE = /^(?:today|tonight|eod|eow)$/i;
const LOOSE = /\b(?:you|when|what|where|if|that|which|who|whether|how)\b/i;
const LEAD = /^[,;:—–-]? ?(?:(?:so|and|then|now) )?/i;

/** A command with a deadline: "Reply by Friday", "Sign today". */
export const imperativeDeadline = defineRule({
  id: 'imperative-deadline',
  category: 'pushy',
  weight: 15,
  principle: 'P1',
  explanation:
    'A command with a deadline ("Reply by Friday", "Sign today") sets your timeline as their obligation. Offer the date as a suggestion ("if it suits you") or leave it out.',
  message: 'Command with a deadline.',
  patterns: DEADLINES,
  find(a) {
    const hits: Hit[] = [];
    const deadlines = deadlinesOf(a);
    a.sentences.forEach((s, i) => {
      const dl = deadlines[i];
      if (dl === undefined || s.text.endsWith('?')) return;
      const c = COMMAND.exec(s.text);
      if (!c || s.start + c.index > dl.start) return;
      if (SOFTENER.test(s.text)) return;
      // "tell me and I'll have it to you ahead of the 7th": the date is our promise, not their task
      if (OUR_PROMISE.test(a.body.slice(s.start + c.index + c[0].length, dl.start))) return;
      const lead = LEAD.exec(c[0])![0].length;
      const at = s.start + c.index + lead;
      // a bare "today"/"tonight" is a deadline only close to the command ("Sign today"), not in
      // "let me know what time you are leaving today"
      if (BARE.test(a.body.slice(dl.start, dl.end))) {
        const between = a.body.slice(s.start + c.index + c[0].length, dl.start);
        if (LOOSE.test(between) || between.split(' ').length > 5) return;
      }
      const end = dl.end;
      const span = a.body.slice(at, end);
      hits.push({
        start: at,
        end,
        replacement:
          (capitalAt(a, at) ? 'If it suits you, ' : 'if it suits you, ') + lowerFirstWord(span),
      });
    });
    return hits;
  },
});

const OUR_PROMISE = /\b(?:i|we)(?:['’]ll| will| can| could|['’]d| would| shall)\b/i;

/** "Call me" -> "call me"; a shouted first word goes to lower case whole ("CALL ME" -> "call ME"). */
function lowerFirstWord(span: string): string {
  const w = FIRST_WORD.exec(span)![0];
  const shouted = w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
  return shouted ? w.toLowerCase() + span.slice(w.length) : span[0]!.toLowerCase() + span.slice(1);
}
const FIRST_WORD = /^[^\s]*/;

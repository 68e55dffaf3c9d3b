import { DEADLINE, REQUEST_VERB, SOFTENER, rx } from '../lexicon';
import { defineRule, keyIn, type Hit } from '../rule';

const DEADLINE_RE = rx(DEADLINE, 'i');
const COMMAND = rx(
  `(?:^|[,;:—–-] |\\b(?:so|and|then|now) )(?:please |kindly |just )?(?:${REQUEST_VERB}|let's (?:get|sign|finali[sz]e|close|wrap|lock|make|decide))\\b`,
  'i',
);

/** A command with a deadline: "Reply by Friday", "Sign today". */
export const imperativeDeadline = defineRule({
  id: 'imperative-deadline',
  category: 'pushy',
  weight: 15,
  principle: 'P1',
  explanation:
    'A command with a deadline ("Reply by Friday", "Sign today") sets your timeline as their obligation. Offer the date as a suggestion ("if it suits you") or leave it out.',
  message: 'Command with a deadline.',
  triggers: [
    'by',
    'before',
    'until',
    'till',
    'later',
    'ahead',
    'through',
    'today',
    'tonight',
    'eod',
    'eow',
    'eom',
    'cob',
    'within',
    'next',
    'end',
    'after',
  ],
  find(a) {
    const hits: Hit[] = [];
    for (const s of a.sentences) {
      if (s.text.endsWith('?') || !keyIn(a, 'imperative-deadline', s)) continue;
      const d = DEADLINE_RE.exec(s.text);
      if (!d) continue;
      const c = COMMAND.exec(s.text);
      if (!c || c.index > d.index) continue;
      if (SOFTENER.test(s.text)) continue;
      const lead = /^[,;:—–-]? ?(?:(?:so|and|then|now) )?/i.exec(c[0])![0].length;
      const at = s.start + c.index + lead;
      const end = s.start + d.index + d[0].length;
      const span = a.body.slice(at, end);
      const midSentence = at > s.start;
      hits.push({
        start: at,
        end,
        replacement:
          (midSentence ? 'if it suits you, ' : 'If it suits you, ') +
          span[0]!.toLowerCase() +
          span.slice(1),
      });
    }
    return hits;
  },
});

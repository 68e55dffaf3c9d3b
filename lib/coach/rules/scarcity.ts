import { rx } from '../lexicon';
import { defineRule, eachMatch, gated, scan, type Hit } from '../rule';

// regexes used inside functions, compiled once at module load
const R1 = /\b(?:left|remaining|available|more)\b/i;
const R2 = /\s+more\b/i;

const N = '(?:\\d+|one|two|three|four|five|a (?:few|couple|handful)(?: of)?)';
const UNIT =
  '(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|units?|spaces?|tickets?|positions?|partners?|clients?|customers?|companies|teams?|days?|hours?)';
const ONLY_N = rx(
  `\\b(only|just) (${N} (?:more )?${UNIT})( (?:left|remaining|available|are left|remain|still open))?\\b`,
);
const RE = gated('scarcity', [
  ['room space capacity', `\\b(?:room|space|capacity) for (?:just |only )?${N} (?:more )?${UNIT}`],
  ['left remaining', `\\b${N} (?:more )?${UNIT} (?:left|remaining)\\b`],
  [
    'filling going selling running almost nearly limited',
    '\\b(?:spots?|seats?|slots?|places?|availability|space|inventory|stock|calendar|capacity|cohort|program(?:me)?) (?:is |are )?(?:filling up|going fast|going quickly|selling out|running out|running low|almost (?:gone|full)|nearly (?:gone|full)|(?:very )?limited)\\b',
  ],
  ['almost nearly', '\\b(?:almost|nearly) (?:sold out|full|gone|booked(?: up)?)\\b'],
  ['selling', '\\bselling (?:out|fast)\\b'],
  ['fast quickly', '\\bgoing (?:fast|quickly)\\b'],
  ['last', '\\bwhile (?:supplies|stocks?|spots|seats|places|they) last\\b'],
  ['first', '\\bfirst[- ]come,? first[- ]served\\b'],
  ['demand', '\\b(?:in )?(?:high|huge|heavy) demand\\b'],
  [
    'limited',
    '\\blimited (?:spots|seats|slots|places|availability|capacity|spaces|number of|supply)\\b',
  ],
  ['last final', '\\b(?:last|final) (?:few )?(?:spots?|seats?|slots?|places?|openings?)\\b'],
  ['left remaining', '\\b(?:only|just) (?:a )?(?:handful|few) (?:left|remaining)\\b'],
]);

/** "Only 2 spots left", "filling up fast": scarcity pressure. */
export const scarcity = defineRule({
  id: 'scarcity',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    '"Only 2 spots left" and "filling up fast" manufacture scarcity to force a decision. It is a pressure tactic; say what is available plainly, or leave it out.',
  message: 'Scarcity pressure.',
  triggers: ['only', 'just'],
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    const taken: number[] = [];
    eachMatch(
      ONLY_N,
      a,
      (m) => {
        if (!m[3] && !R1.test(m[2]!)) return;
        const tail = m[3] ? ' open' : '';
        const core = m[2]!.replace(R2, ' more');
        hits.push({ start: m.index, end: m.index + m[0].length, replacement: core + tail });
        taken.push(m.index, m.index + m[0].length);
      },
      'scarcity',
    );
    scan(a, RE, (m) => {
      const s = m.index;
      let overlap = false;
      for (let i = 0; i < taken.length; i += 2)
        if (s < taken[i + 1]! && s + m[0].length > taken[i]!) overlap = true;
      if (!overlap) hits.push({ start: s, end: s + m[0].length });
    });
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});

import { ROLE, rx } from '../lexicon';
import { defineRule, eachMatch, sentenceAt, type Hit } from '../rule';

// regexes used inside functions, compiled once at module load
const R1 = /\b(?:loop in|cc|copy|talk to|speak to|speak with)\b/i;

const PRESSURE_VERB =
  '(?:asked|asks|asking|wants|wanted|told|tells|insisted|insists|insisting|expects|expected|expecting|requested|requests|needs|needed|approved|agreed|instructed|pushing|keen|waiting|demanding|demands|signed off|is behind|fully behind|on board|given the green light|personally asked|would like|will want)';
const RE = rx(
  [
    `\\b(?:my|our|your) ${ROLE}(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?,?)?(?: (?:has|is|was|had|personally|just|already|also|really|himself|herself|now|every day|\\w+ing))* ${PRESSURE_VERB}\\b`,
    `\\b(?:my|our|your) ${ROLE}(?:,? [A-Z][a-z]+(?: [A-Z][a-z]+)?,?)? (?:mentioned|said|told me) (?:that )?(?:you|she|he|they|this|it)(?:'d|'re| would| will| need| should| must| are| were|'ll| is| was)\\b`,
    `\\b(?:i(?:'ll| will| may| might| would)|i(?:'ll| will) have to|i may need to|i'd have to) (?:have to )?(?:escalate|go (?:over|above) your head|reach out to|contact|loop in|cc|copy in|copy|talk to|speak to|speak with|email|call|raise (?:this|it) with) (?:this to )?(?:your|the) ${ROLE}\\b`,
    `\\b(?:per|at the request of|on behalf of|on the instructions of) (?:my|our) ${ROLE}\\b`,
    `\\b(?:my|our) ${ROLE} (?:wants|would like|is keen) to (?:meet|speak with|talk to|call) your\\b`,
  ].join('|'),
);

/** Leaning on rank: "my CEO asked me", "your VP said you'd sign". */
export const authorityPressure = defineRule({
  id: 'authority-pressure',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Invoking a boss ("my CEO asked me to follow up", "your VP said you\'d sign") is an appeal to a higher authority: it pressures instead of persuading. Speak to what they need, in your own voice.',
  message: 'Appeal to authority: leaning on rank to push.',
  triggers: [
    'ceo',
    'cfo',
    'cto',
    'coo',
    'cro',
    'cmo',
    'cio',
    'vp',
    'svp',
    'evp',
    'vice',
    'president',
    'founder',
    'owner',
    'boss',
    'manager',
    'director',
    'head',
    'leadership',
    'board',
    'executive',
    'exec',
    'execs',
    'legal',
    'chairman',
    'chair',
    'superior',
    'superiors',
    'higher',
    'management',
    'senior',
  ],
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        const s = sentenceAt(a, m.index);
        // "Would it help to loop in your manager?" is an offer, not a threat
        if (s && s.text.endsWith('?') && R1.test(m[0])) return;
        hits.push({ start: m.index, end: m.index + m[0].length });
      },
      'authority-pressure',
    );
    return hits;
  },
});

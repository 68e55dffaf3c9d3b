import { rx } from '../lexicon';
import { caseAt } from '../casing';
import { defineRule, type Hit } from '../rule';
import { eachMatch, needing } from '../gated';

// regexes used inside functions, compiled once at module load
const R1 = /'/g;
const R2 = /’/g;

const PLAIN: Record<string, string> = {
  'in order to': 'to',
  'at this point in time': 'now',
  'at this moment in time': 'now',
  'due to the fact that': 'because',
  'owing to the fact that': 'because',
  'in light of the fact that': 'because',
  utilize: 'use',
  utilise: 'use',
  utilizing: 'using',
  utilising: 'using',
  'at your earliest convenience': 'when you can',
  'please do not hesitate to': 'feel free to',
  "please don't hesitate to": 'feel free to',
  'do not hesitate to': 'feel free to',
  "don't hesitate to": 'feel free to',
  'in the event that': 'if',
  'with regard to': 'about',
  'with regards to': 'about',
  'in regards to': 'about',
  'in regard to': 'about',
  'for the purpose of': 'for',
  'a large number of': 'many',
  'in the near future': 'soon',
  'prior to': 'before',
  'as of yet': 'yet',
  'each and every': 'every',
  'first and foremost': 'first',
  'i am writing to inform you that': '',
  'please be advised that': '',
  'it is important to note that': '',
  'needless to say': '',
};
const RE = needing(
  rx(
    '\\b(?:' +
      Object.keys(PLAIN)
        .sort((x, y) => y.length - x.length)
        .map((k) => k.replace(R1, "'"))
        .join('|') +
      ')\\b',
  ),
);

/** Wordy phrases with a shorter equivalent: "in order to" -> "to". */
export const wordy = defineRule({
  id: 'wordy',
  category: 'readability',
  weight: 2,
  principle: 'P10',
  explanation:
    'Short and personal reads better: "in order to" is "to", "at your earliest convenience" is "when you can". Every word you cut makes the ask easier to see.',
  message: 'Wordy: there is a shorter way.',
  triggers: [
    'order',
    'point',
    'moment',
    'fact',
    'utilize',
    'utilise',
    'utilizing',
    'utilising',
    'convenience',
    'hesitate',
    'event',
    'regard',
    'regards',
    'purpose',
    'number',
    'near',
    'prior',
    'yet',
    'each',
    'foremost',
    'writing',
    'advised',
    'important',
    'needless',
  ],
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        const plain = PLAIN[m[0].toLowerCase().replace(R2, "'")];
        const h: Hit = { start: m.index, end: m.index + m[0].length };
        if (plain !== undefined) h.replacement = caseAt(a, m.index, m[0], plain);
        hits.push(h);
      },
      'wordy',
    );
    return hits;
  },
});

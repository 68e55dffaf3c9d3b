import { rx } from '../lexicon';
import { caseAt } from '../casing';
import { defineRule, type Hit } from '../rule';
import { eachMatch, needing } from '../gated';

const RE = needing(
  rx(
    '\\b(?:synerg(?:y|ies|istic)|leverag(?:e|ing)|paradigm(?: shift)?|move the needle|low[- ]hanging fruit|bandwidth|deep[- ]dive|value[- ]add|holistic|seamless(?:ly)?|end[- ]to[- ]end|turnkey|disruptive|next[- ]gen(?:eration)?|best practices|empower(?:ing|s)?|mission[- ]critical|thought leadership|ecosystem|actionable insights|circle back|touch base|ideate|operationali[sz]e|north star|drill down|game plan|win[- ]win)\\b',
  ),
);
const PLAIN: Record<string, string> = {
  leverage: 'use',
  leveraging: 'using',
  'value-add': 'benefit',
  'value add': 'benefit',
  bandwidth: 'time',
  seamless: 'smooth',
  seamlessly: 'smoothly',
  'best practices': 'what works',
  'actionable insights': 'findings',
  ideate: 'think up',
};

/** Sales and corporate jargon. */
export const jargon = defineRule({
  id: 'jargon',
  category: 'readability',
  weight: 2,
  principle: 'P10',
  explanation:
    'Jargon ("leverage", "synergy", "move the needle") raises the reading grade and sounds like a template. Plain words sound like a person.',
  message: 'Jargon: say it plainly.',
  triggers: [
    'synergy',
    'synergies',
    'synergistic',
    'leverage',
    'leveraging',
    'paradigm',
    'needle',
    'hanging',
    'bandwidth',
    'deep',
    'dive',
    'value',
    'holistic',
    'seamless',
    'seamlessly',
    'end',
    'turnkey',
    'disruptive',
    'next',
    'gen',
    'best',
    'empower',
    'empowering',
    'empowers',
    'mission',
    'thought',
    'ecosystem',
    'actionable',
    'circle',
    'touch',
    'ideate',
    'operationalize',
    'operationalise',
    'north',
    'drill',
    'game',
    'win',
  ],
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        const plain = PLAIN[m[0].toLowerCase()];
        const h: Hit = { start: m.index, end: m.index + m[0].length };
        if (plain !== undefined) h.replacement = caseAt(a, m.index, m[0], plain);
        hits.push(h);
      },
      'jargon',
    );
    return hits;
  },
});

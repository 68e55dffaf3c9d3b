import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { eachMatch, needing } from '../gated';

const RE = needing(
  rx(
    [
      '\\b(?:someone|a (?:leader|person|professional|visionary|executive|expert|mind)|people|leaders) (?:as|so) (?:smart|brilliant|savvy|successful|talented|sharp|accomplished|forward-thinking|experienced|impressive|important|busy and important|clever|bright) as (?:you|yourself)\\b',
      "\\b(?:i'm|i am) (?:a )?(?:huge|big|massive|long-?time|great|die-hard|biggest) (?:fan|admirer) of (?:you|your|everything you)\\b",
      "\\b(?:you(?:'re| are)|you are clearly|you're clearly|you're obviously) (?:a|an|the|such a|such an) (?:rock ?star|genius|visionary|legend|guru|ninja|thought leader|true leader|icon|superstar)\\b",
      '\\b(?:i )?(?:truly |really )?(?:admire|worship|idoli[sz]e) (?:everything about )?(?:you|your (?:genius|brilliance|leadership|vision))\\b',
      '\\b(?:your|such) (?:incredible|amazing|brilliant|genius|legendary|inspiring|unmatched|unrivalled) (?:leadership|vision|genius|career|mind|brilliance)\\b',
      '\\b(?:only|just) (?:a|the) (?:smartest|best|most successful|sharpest) (?:leaders|people|executives|companies) (?:like you|such as yours)\\b',
    ].join('|'),
  ),
);

/** Buttering up: "someone as smart as you", "I'm a huge fan". */
export const flattery = defineRule({
  id: 'flattery',
  category: 'pushy',
  weight: 8,
  principle: 'P1',
  explanation:
    'Buttering up ("someone as smart as you", "you\'re a visionary") is a manipulation tactic, and readers spot it. A specific, honest remark about their work does more.',
  message: 'Flattery: buttering up instead of being specific.',
  triggers: [
    'smart',
    'brilliant',
    'savvy',
    'successful',
    'talented',
    'sharp',
    'accomplished',
    'thinking',
    'experienced',
    'impressive',
    'important',
    'clever',
    'bright',
    'fan',
    'admirer',
    'rock',
    'rockstar',
    'star',
    'genius',
    'visionary',
    'legend',
    'guru',
    'ninja',
    'leader',
    'icon',
    'superstar',
    'admire',
    'worship',
    'idolize',
    'idolise',
    'incredible',
    'amazing',
    'legendary',
    'inspiring',
    'unmatched',
    'unrivalled',
    'smartest',
    'sharpest',
  ],
  find(a) {
    const hits: Hit[] = [];
    eachMatch(
      RE,
      a,
      (m) => {
        hits.push({ start: m.index, end: m.index + m[0].length });
      },
      'flattery',
    );
    return hits;
  },
});

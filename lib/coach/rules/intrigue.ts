import { defineRule, everyMatch } from '../rule';
import { gated } from '../gated';

const RE = gated('intrigue', [
  [
    'something news idea secret surprise',
    "\\b(?:i have|i've got|i've|we have|we've got|there's) (?:something|some news|an idea|a secret|a surprise) (?:(?:big|important|exciting|huge|special|interesting|amazing) )?(?:to (?:tell|share with|show) you|for you|you(?:'ll| will) (?:want|love|need) to (?:hear|see|know)|that will change)\\b",
  ],
  ['believe', "\\byou won't believe\\b"],
  ['guess', '\\bguess what\\b'],
  ['secret trick', '\\bthe (?:secret|trick nobody) (?:to|of|behind)\\b'],
  [
    'cant cannot',
    "\\b(?:can't|cannot) (?:say|share|tell you|reveal) (?:much |more |the details )?(?:over|by|in|via) (?:email|e-mail|message|writing|an email|linkedin)\\b",
  ],
  ['blow', "\\b(?:will|'ll) blow your mind\\b"],
  ['changes change', '\\b(?:this|it) (?:changes|will change) everything\\b'],
  ['little', '\\blittle[- ]known (?:secret|trick|fact)\\b'],
  ['nobody one', '\\bwhat (?:nobody|no one) (?:tells|told|is telling) you\\b'],
  ['hear see', "\\byou(?:'ll| will) (?:want|need) to (?:hear|see) this\\b"],
  [
    'change',
    '\\b(?:a|one) (?:quick |small )?(?:thing|question) (?:that )?(?:could|will|might) change (?:everything|your (?:year|quarter|business))\\b',
  ],
]);

/** Teasers that hide the point to force a reply: "I have something important to tell you". */
export const intrigue = defineRule({
  id: 'intrigue',
  category: 'pushy',
  weight: 12,
  principle: 'P1',
  explanation:
    'Teasing ("you won\'t believe this", "I have something big to tell you") is intrigue: it withholds the point to force a reply. Say the useful thing plainly.',
  message: 'Intrigue: withholding the point to force a reply.',
  patterns: RE,
  find: everyMatch(RE),
});

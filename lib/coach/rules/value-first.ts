import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { firstContentSentence } from '../first-content';
import type { Analysis } from '../types';

// regexes used inside functions, compiled once at module load
const R1 = /https?:\/\/|www\./i;

const VALUE = rx(
  [
    'https?://|www\\.',
    "\\b(?:here(?:'s| is| are)|attached|enclosed|i(?:'ve| have) (?:attached|included|put together|pulled together|written up|mapped|collected))\\b",
    '\\b(?:report|study|research|survey|benchmark|case study|guide|article|checklist|template|playbook|teardown|analysis|dataset|data|numbers|webinar|recording|podcast|post|video|whitepaper|white paper|breakdown|summary|write-?up|explainer|piece|paper|slides|scorecard|calculator|model|finding|findings|result|results|notes?|docs|documentation|questionnaire|sheet)\\b',
    '\\b\\d+(?:\\.\\d+)?\\s?(?:%|x\\b|percent|times|days|weeks|hours)',
    '\\b(?:one|a|quick|simple|small|short|useful) (?:\\w+ )?(?:idea|tip|thing|way|insight|finding|takeaway|lesson|example|suggestion|trick|lever|pattern|result|question|read|share)\\b',
    '\\b(?:we|i) (?:found|saw|looked at|analy[sz]ed|studied|surveyed|ran|mapped|tracked|compared|pulled|wrote up)\\b',
    '\\b(?:found|shows?|showed|suggests?) that\\b',
    "\\b(?:saw|read|noticed|caught|heard|watched|loved|enjoyed|liked|came across|spotted|seeing) (?:your|that you|that your|you(?:'re| are| were| have| had)|the news|about your|the (?:\\w+ )?(?:post|article|news|announcement|report) (?:on|about|from) your)\\b",
    '\\bcongrat',
    "\\byou(?:'ve)? (?:mentioned|asked|said|wrote|shared|posted|raised|flagged|described|were asking)\\b",
    "\\b(?:since|as|now that|given that) (?:you(?:'re| are| have|'ve)|your)\\b",
    "\\byour (?:post|article|talk|interview|comment|question|questions|report|team's|announcement|job post|launch|expansion|move|plan|plans|goal|goals|podcast|episode|webinar|series|round|funding|new (?:role|site|store|office|product)|site|store|q\\d|recent)\\b",
    '\\b(?:thought|figured) (?:you|your team|of you)\\b',
    '\\bthought of you\\b',
    "\\b(?:you|your team|you'd|you might) (?:might|may|could|would) (?:find|like|enjoy|want|appreciate|use)\\b",
    "\\bin case (?:it|this)(?:'s| is)? (?:useful|helpful|handy|relevant)\\b",
    '\\b(?:useful|helpful|relevant) for (?:you|your)\\b',
    '\\bgood news\\b',
    '\\bto answer your\\b',
    '\\bas promised\\b',
    '\\b(?:a )?(?:question|idea|tip) (?:about|for|on) your\\b',
    '\\b(?:suggested|recommended) (?:i|we) (?:get in touch|reach out|contact|write|speak|talk)',
  ].join('|'),
  'i',
);
const GOAL_QUESTION = rx(
  '\\b(?:you|your)\\b[^?]*\\b(?:plan|planning|goal|priority|priorities|focus|challenge|target|roadmap|hiring|growth|strategy|quarter|handling|approach|process|move|moving|running|using|thinking|prepar|worried|tackl|manag|measur|deal)',
  'i',
);
const NOT_VALUE = rx(
  "\\b(?:follow(?:ing)?[- ]up|check(?:ing)? in|circl(?:e|ing) back|touch(?:ing)? base|bump(?:ing)?|per my|did you (?:get|see|receive)|my (?:last|previous|earlier) (?:email|message|note)|haven't heard|opened|viewed|clicked|i wanted to (?:introduce|tell you about))\\b",
  'i',
);

/** Does the draft open with value (first sentence after the greeting and a pleasantry)? Cached. */
export function opensWithValue(a: Analysis): boolean {
  let v = a.memo.opening as boolean | undefined;
  if (v === undefined) {
    const first = firstContentSentence(a);
    a.memo.opening = v = first !== undefined && isValueSentence(first.text);
  }
  return v;
}

/** Does this sentence give the reader something: an insight, resource, result or question about their goals? */
export function isValueSentence(text: string): boolean {
  const link = R1.test(text);
  if (!link && NOT_VALUE.test(text)) return false;
  if (VALUE.test(text)) return true;
  return text.endsWith('?') && GOAL_QUESTION.test(text);
}

/** Checks that the draft leads with something useful to the reader. */
export const valueFirst = defineRule({
  id: 'value-first',
  category: 'value',
  weight: 12,
  principle: 'P3',
  explanation:
    'Lead with value, not a pitch: the first line should give the reader something (an insight, a resource, a result, or a question about their goals). "Just thinking of you, thought you might be interested" earns the reply that "checking in" does not.',
  message: 'The first line gives the reader nothing yet: lead with something useful to them.',
  find(a) {
    const hits: Hit[] = [];
    if (a.context.kind === 'feedback' || a.context.kind === 'close') return hits;
    const first = firstContentSentence(a);
    if (!first || opensWithValue(a)) return hits;
    hits.push({ start: first.start, end: first.end });
    return hits;
  },
});

import { rx } from '../lexicon';
import { defineRule, overlapsHit, type Hit } from '../rule';
import { firstContentSentence } from '../first-content';
import type { Analysis, Sentence } from '../types';
import { featureListIn } from './feature-list';
import { boastsIn } from './bragging';

// regexes used inside functions, compiled once at module load
const R1 = /https?:\/\/|www\./i;

const VALUE = rx(
  [
    'https?://|www\\.',
    "\\b(?:here(?:'s| is| are)|attached|enclosed|i(?:'ve| have) (?:attached|included|put together|pulled together|written up|mapped|collected))\\b",
    '\\b(?:report|study|research|survey|benchmark|case study|guide|article|checklist|template|playbook|teardown|analysis|dataset|data|numbers|webinar|recording|podcast|post|video|whitepaper|white paper|breakdown|summary|write-?up|explainer|piece|paper|slides|scorecard|calculator|model|finding|findings|result|results|notes?|docs|documentation|questionnaire|sheet)\\b',
    '\\b\\d+(?:\\.\\d+)?\\s?(?:%|x\\b|percent|times|days|weeks|hours)',
    // session 33 (self-centred set 1): a measured fact, "takes nine seconds to load" (not minutes, a
    // price or a size: "do you have 15 minutes", "our plan is now £49", "100GB of storage"; not years:
    // "15 years in the trade" is about us)
    '\\b(?:\\d+(?:[.,]\\d+)?\\s?|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty) )seconds\\b',
    '\\b(?:one|a|quick|simple|small|short|useful) (?:\\w+ )?(?:idea|tip|thing|way|insight|finding|takeaway|lesson|example|suggestion|trick|lever|pattern|result|question|read|share)\\b',
    '\\b(?:we|i) (?:found|saw|looked at|analy[sz]ed|studied|surveyed|ran|mapped|tracked|compared|pulled|wrote up)\\b',
    '\\b(?:found|shows?|showed|suggests?) that\\b',
    "\\b(?:saw|read|noticed|caught|heard|watched|loved|enjoyed|liked|came across|spotted|seeing) (?:your|that you|that your|you(?:'re| are| were| have| had)|the news|about your|the (?:\\w+ )?(?:post|article|news|announcement|report) (?:on|about|from) your)\\b",
    // session 33 (self-centred set 1): what the writer saw of their business first-hand ("noticed
    // the roof faces north", "walked past your new showroom", "picked up one of your catalogues")
    "\\b(?:noticed|spotted|saw) (?:the|how|it's|a|an)\\b(?! (?:contract|proposal|quote|invoice|agreement|email|message|note|docusign)\\b)",
    '\\b(?:walked|drove|cycled|passed) (?:past|by) (?:your|the)\\b|\\bpicked up (?:one of |a copy of )?your\\b|\\bgoing by (?:the|your)\\b',
    // someone who knows them told the writer what they need ("Anita at Greenleaf mentioned you're struggling to…")
    "\\bmentioned(?<!\\b(?:i|we)(?:'ve|'d|'m|'ll)? (?:\\w+ )?mentioned) (?:that )?(?:you|your)\\b",
    // a customer like them ("running the same imaging software as yours", "about your size", "near you")
    '\\b(?:same|similar) (?:[\\w-]+ ){0,3}?as (?:you|yours)\\b|\\b(?:about|roughly|around) your size\\b|\\bnear you\\b',
    '\\bcongrat',
    "\\byou(?:'ve)? (?:mentioned|asked|said|wrote|shared|posted|raised|flagged|described|were asking)\\b",
    "\\b(?:since|as|now that|given that) (?:you(?:'re| are| have|'ve)|your)\\b",
    "\\byour (?:post|article|talk|interview|comment|question|questions|report|team's|announcement|job post|launch|expansion|move|plan|plans|goal|goals|podcast|episode|webinar|series|round|funding|new (?:role|site|store|office|product)|site|store|q\\d|recent)\\b",
    // session 33 (self-centred set 1): a detail of their site, shop or goods ("On your mobile site",
    // "Your spring catalogue weighs 212g", "your new German product pages"; not "I'd love to redesign
    // your website")
    "(?:\\b(?:on|in|at|noticed|saw|spotted|visited|browsing|looking at|looked at) |^)your (?:[\\w'-]+ ){0,3}?(?:site|website|homepage|pages?|app|menu|catalogue|catalog|listings?|portal|checkout|shop|showroom|warehouse|roof|fleet|job ads?|ads|campaign|cost per \\w+)\\b",
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
  '\\b(?:you|your)\\b[^?]*\\b(?:plan|planning|goal|priority|priorities|focus|challenge|target|roadmap|hiring|growth|strategy|quarter|handling|approach|process|move|moving|running|using|thinking|prepar|worried|tackl|manag|measur|deal)|\\blook like (?:for|to) (?:you|your)\\b',
  'i',
);
const NOT_VALUE = rx(
  "\\b(?:follow(?:ing)?[- ]up|check(?:ing)? in|circl(?:e|ing) back|touch(?:ing)? base|bump(?:ing)?|per my|did you (?:get|see|receive)|my (?:last|previous|earlier) (?:email|message|note|letter)|picking up (?:from|on) my|further to my (?:last |earlier |previous )?(?:email|note|letter|message|call|voicemail)|haven't heard|you (?:haven't|didn't) (?:replied|responded|answered)|(?:without )?hearing back|(?:haven't|have not|not) (?:received|had|gotten|got) (?:a |any )?(?:response|reply|answer)|opened|viewed|clicked|i wanted to (?:introduce|tell you about))\\b",
  'i',
);

/**
 * Value words used to talk about ourselves (session 33, self-centred set 1): "a little more about my
 * background", "how we got started", "what's new with Ledgerloop this month".
 */
const ABOUT_US = rx(
  "\\babout (?:me|myself|us|ourselves|my (?:background|story|journey|career|experience)|our (?:story|journey|company|firm|agency|studio|team|background|history|services|products?|platform|range|offering))\\b|\\bhow (?:we|i) (?:got started|started|began)\\b|\\bwhat's new (?:with|at|from) (?:us|our|\\w+ (?:this|last) (?:week|month|quarter))\\b",
  'i',
);

/** Does the draft open with value (first sentence after the greeting and a pleasantry)? Cached. */
export function opensWithValue(a: Analysis): boolean {
  let v = a.memo.opening as boolean | undefined;
  if (v === undefined) {
    const first = firstContentSentence(a);
    a.memo.opening = v = first !== undefined && isValueSentence(first.text) && !aboutUs(a, first);
  }
  return v;
}

/**
 * Is the opening, for all its value words, about us (session 33): a boast or our feature list in
 * it ("Quick share: our summit had its biggest year ever", "As promised, here are the details on
 * the Sunvale range: 430W panels, …"), or our story ("more about my background")?
 */
function aboutUs(a: Analysis, first: Sentence): boolean {
  if (ABOUT_US.test(first.text)) return true;
  const list = featureListIn(a);
  if (list !== null && overlapsHit([list], first.start, first.end)) return true;
  return overlapsHit(boastsIn(a), first.start, first.end);
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

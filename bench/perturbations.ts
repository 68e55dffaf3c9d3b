// Label-keeping rewordings of a draft, for the benchmark's robustness check: a pushy draft should
// stay flagged, and a clean one clean, when a writer says "we" instead of "I", contracts, adds
// "just", types in lower case, or pastes no-break spaces. Each changes how the draft is written,
// not what it does to the reader. (A checklist-style invariance test; the idea after Ribeiro et al.
// 2020, "Beyond Accuracy: Behavioral Testing of NLP Models with CheckList".)

type Perturb = (text: string) => string;

const CONTRACTIONS: readonly [string, string][] = [
  ['I will', "I'll"],
  ['we will', "we'll"],
  ['We will', "We'll"],
  ['I am', "I'm"],
  ['we are', "we're"],
  ['We are', "We're"],
  ['you are', "you're"],
  ['You are', "You're"],
  ['do not', "don't"],
  ['does not', "doesn't"],
  ['did not', "didn't"],
  ['cannot', "can't"],
  ['will not', "won't"],
  ['it is', "it's"],
  ['It is', "It's"],
  ['I have', "I've"],
  ['we have', "we've"],
  ['We have', "We've"],
  ['I would', "I'd"],
  ['we would', "we'd"],
  ['that is', "that's"],
  ['have not', "haven't"],
  ['has not', "hasn't"],
  ['is not', "isn't"],
  ['are not', "aren't"],
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// "'s been" and "'d" before a past participle stand for "has" and "had" ("it's been", "I'd hoped"),
// not "is" and "would"; a few verbs end in -ed in their plain form ("I'd need").
const PARTICIPLE = String.raw`(?:been|had|got|gone|done|seen|(?!(?:need|feed|proceed|succeed|exceed|heed|speed)\b)[a-z]+ed)\b`;
const HAS = /\b(it|It|that|That|he|He|she|She)['’]s (?=(?:been|got|had)\b)/g;
const HAD = new RegExp(
  String.raw`\b(I|we|We|you|You|they|They)['’]d (?=(?:just |already |really )?${PARTICIPLE})`,
  'g',
);
const swap = (text: string, from: 0 | 1): string =>
  CONTRACTIONS.reduce(
    (t, pair) => t.replace(new RegExp(`\\b${escape(pair[from])}\\b`, 'g'), pair[1 - from]!),
    from === 0 ? text : text.replace(HAS, '$1 has ').replace(HAD, '$1 had '),
  );

/** "I" becomes "we", "my" "our", "me" "us", with the verbs that follow "I" agreeing. */
function asTeam(t: string): string {
  return t
    .replace(/\bI['’]m\b/g, "we're")
    .replace(/\bI am\b/g, 'we are')
    .replace(/\bI was\b/g, 'we were')
    .replace(/\bI(?=['’](?:ve|ll|d)\b)/g, 'we')
    .replace(/\bI\b/g, 'we')
    .replace(/\bmy\b/g, 'our')
    .replace(/\bMy\b/g, 'Our')
    .replace(/\bme\b/g, 'us')
    .replace(/\bmyself\b/g, 'ourselves')
    .replace(/(^|[.!?]\s+|\n\s*)we\b/g, (_m, before: string) => `${before}We`);
}

/** "we" becomes "I", "our" "my", "us" "me" (the reverse, for drafts written by a team). What the
 * writer and the reader share stays shared: "our call", "when we spoke". */
const SHARED = String.raw`(?! (?:call|chat|conversation|meeting|discussion|talk|catch-up|demo)\b)`;
function asOne(t: string): string {
  return t
    .replace(/\b[Ww]e['’]re\b/g, "I'm")
    .replace(/\b[Ww]e are\b/g, 'I am')
    .replace(/\b[Ww]e were\b/g, 'I was')
    .replace(/\b[Ww]e\b(?! (?:spoke|talked|met|chatted)\b)/g, 'I')
    .replace(new RegExp(String.raw`\bour\b${SHARED}`, 'g'), 'my')
    .replace(new RegExp(String.raw`\bOur\b${SHARED}`, 'g'), 'My')
    .replace(/\bus\b/g, 'me');
}

export const PERTURBATIONS: Readonly<Record<string, Perturb>> = {
  'I -> we': asTeam,
  'we -> I': asOne,
  contracted: (t) => swap(t, 0),
  'spelled out': (t) => swap(t, 1),
  'lower case': (t) => t.toLowerCase(),
  'curly apostrophes': (t) => t.replace(/'/g, '’'),
  'no-break spaces': (t) => t.replace(/ /g, '\u00a0'),
  'Windows line ends': (t) => t.replace(/\n/g, '\r\n'),
  'no commas': (t) => t.replace(/,(?= )/g, ''),
  'exclamation marks': (t) => t.replace(/\.(?=\s|$)/g, '!'),
  'two spaces after a stop': (t) => t.replace(/([.!?]) (?=\S)/g, '$1  '),
  'dashes for commas': (t) =>
    t.replace(/ - /g, ' — ').replace(/, (?=(?:or|otherwise|but) )/g, ' — '),
  '+ "just"': (t) =>
    t
      .replace(/\b(I|we|We)( need| want| wanted| noticed| saw)\b/g, '$1 just$2')
      .replace(/\b(I|we|We)(['’]ve| have)( [a-z]+ed)\b/g, '$1$2 just$3'),
  '+ "really"': (t) =>
    t
      .replace(/\b(I|we|We)( need| want| hate| expect)\b/g, '$1 really$2')
      .replace(/\b(I|we|We)(['’]d) (hate|suggest|urge|recommend|like|need)\b/g, '$1$2 really $3'),
  'another weekday': (t) =>
    t.replace(
      /\b(Mon|Tues|Wednes|Thurs|Fri)day\b/g,
      (_m, d: string) =>
        ({ Mon: 'Tuesday', Tues: 'Wednesday', Wednes: 'Thursday', Thurs: 'Friday', Fri: 'Monday' })[
          d
        ]!,
    ),
};

/** Does the perturbation keep this draft's label? Lower case takes the shouting out of shouting: a
 * draft labelled as shouting, or (in a set without tactic labels) one the coach found shouting. */
export function keepsLabel(name: string, tactic: string | undefined, shouted = false): boolean {
  return !(name === 'lower case' && (tactic === 'shouting' || (tactic === undefined && shouted)));
}

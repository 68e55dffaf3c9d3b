import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { eachMatch, gated, needing, patternOf, scan } from '../gated';
import { sentenceAt } from '../analyse';
import type { Analysis } from '../types';

// regexes used inside functions, compiled once at module load
const R1 = /^(?:uni|use|one|eu)/i;
const R2 = /^[aeiou]/i;
const R3 = /\b(?:are|is|'re|’re|'s|’s) the $/i;
const R4 = /^\w+s\b/i;
const R5 = /^[a-z]+(?:\s|[.,!?]|$)/i;

/** Adjectives that can simply be dropped: "our award-winning platform" -> "our platform". */
const ADJECTIVE = needing(
  rx(
    '(?:\\b(an?) )?\\b(?:(?:industry|market|category|world)[- ]leading|award[- ]winning|best[- ]in[- ]class|best[- ]of[- ]breed|world[- ]class|cutting[- ]edge|state[- ]of[- ]the[- ]art|game[- ]chang(?:ing|er)|revolutionary|groundbreaking|ground-breaking|premier|top[- ]rated|highest[- ]rated|best[- ]rated|number[- ]one[- ]rated|fastest[- ]growing|most (?:advanced|powerful|innovative|trusted|comprehensive|complete|popular|accurate|secure))(?:,\\s*| )(?=[\\w#])',
  ),
);
const CLAIM = gated('bragging', [
  [
    '1 number', // "#1", "no. 1", "number one" ("#1" alone too: session 32)
    '(?:\\bthe (?:#\\s?1|number one|no\\. ?1)\\b|(?:(?<![\\w#])#\\s?1|\\bnumber one|\\bno\\. ?1)\\b(?= (?:in|on|for|rated|ranked|choice|provider|platform|agency|firm|company|vendor|supplier|tool|app|brand|team)\\b)|\\b(?:number one|no\\. ?1)\\b)(?! (?:priority|question|thing|goal|reason|challenge|complaint|request|issue|problem))',
  ],
  [
    'leader leaders pioneer pioneers',
    '\\b(?:a|the) (?:global |recogni[sz]ed |trusted |clear |proven )?(?:leader|leaders|pioneer|pioneers) in\\b',
  ],
  [
    'leading premier top',
    '\\b(?:leading|premier|top) (?:provider|platform|vendor|supplier|company|firm|agency|solution|consultancy|partner)s?\\b',
  ],
  ['market', '\\bmarket leaders?\\b'],
  [
    'trusted',
    "\\btrusted by (?:over |more than )?(?:\\d[\\d,.]*\\+?|thousands|millions|hundreds|many|leading|top|the world's)",
  ],
  [
    'best only strongest fastest',
    '\\bthe (?:best|only|strongest|fastest) (?:\\w+ ){0,2}?(?:platform|solution|tool|product|provider|company|vendor|firm|agency|team|option|software|service)s? (?:on the market|in the (?:market|industry|business|world|category|space)|available|out there)\\b|\\bthe only (?:\\w+ ){0,2}?(?:platform|solution|tool|product|provider|company|vendor)s? (?:that|offering|to offer|with)\\b|\\b(?:the )?best in the (?:business|industry|market|world)\\b',
  ],
  [
    'best strongest highest fastest biggest largest most',
    "\\b(?:we(?:'re| are)|we have|our \\w+ (?:is|are|has|have)) (?:the )?(?:best|strongest|highest|fastest|biggest|largest|most \\w+)\\b",
  ],
  [
    'won winning award awards',
    "\\b(?:we(?:'ve| have)? (?:just |recently )?won|winning) (?:\\w+ ){0,3}?awards?\\b|\\bwon (?:\\w+ ){0,2}awards?\\b",
  ],
  ['named recognized recognised', '\\b(?:named|recogni[sz]ed as) (?:a |the )?(?:leader|winner)\\b'],
  [
    'speaks speak pride',
    '\\bour (?:track record|results|work|reputation) speaks? for itself\\b|\\bwe pride ourselves\\b',
  ],
  ['worlds', "\\bworld's (?:best|leading|first|largest|most)\\b"],
  ['ex', '\\bex-(?:google|facebook|meta|amazon|apple|microsoft|mckinsey)\\b'],
  ['featured seen', '\\b(?:featured in|as seen (?:in|on))\\b'],
  // session 7 (blind stock set): rankings, review counts, pride in ourselves, hype
  [
    'named ranked listed voted recognized recognised chosen',
    '(?<!\\byour (?:[\\w-]+ ){0,6})\\b(?:named|ranked|listed|voted|recogni[sz]ed as|chosen as) (?:one of|among) (?:the )?(?:top|best|fastest|leading|most)\\b',
  ],
  ['reviews', '\\b\\d[\\d,]*\\+? (?:five|5)[- ]star reviews\\b'],
  [
    'proud',
    "\\b(?:we're|we are|i'm|i am) (?:so |very |really |incredibly |extremely )?proud of (?:our|my|what (?:we|i)(?:'ve| have)?)\\b",
  ],
  ['news', '\\b(?:huge|big|massive) news\\b'],
  [
    'amazing incredible awesome fantastic mind',
    "\\b(?:it|this|our (?:[\\w-]+ ){0,2}?(?:product|platform|tool|app|assistant|solution|software|service|feature))(?:'s| is) (?:amazing|incredible|awesome|fantastic|mind-blowing)\\b",
  ],
  [
    'complaint',
    '\\bnever (?:had|received|gotten) a single (?:complaint|unhappy (?:customer|client))\\b',
  ],
  // session 32 (blind self-centred set 1): brags told as news or a story. Awards won, shortlisted
  // or nominated for (by us, not by them)
  [
    'won received picked scooped collected awarded shortlisted nominated finalist finalists got took',
    "\\b(?:we|i|(?:our|my) (?:[\\w-]+ ){1,4}?)(?:'ve|'re| have| has| had| were| was| are| is)? ?(?:just |recently |also |now |already |finally )?(?:got |been )?(?:won|received|picked up|scooped|collected|took home|took out|got|shortlisted for|nominated for|awarded|(?:named )?(?:a )?finalists? (?:for|in)) (?:(?!(?:for|before|after|in|by|until|at|about|from|to|on|your|their|his|her|rest|end|start|beginning|middle|half|remainder)\\b)[\\w&'-]+ ){0,5}?(?:awards?|prizes?|[\\w-]+ of the year)\\b",
  ],
  // (session 32, set 2) "has just been named Stand Builder of the Year", "ranked the #2 tech
  // recruiter", "featured among the top 40", "more stands than anyone else", "another record year",
  // "fastest in our category", "the strongest team I've ever worked with"
  [
    'named voted crowned ranked featured anyone anybody other record bumper stellar fastest biggest best strongest largest smartest talented',
    "(?<!\\b(?:you|your (?:[\\w-]+ ){0,4})(?:'ve|'re| have| has| are| is| were| was)? ?(?:just |recently |now )?(?:been )?)(?<!\\bon being )\\b(?:named|voted|crowned) (?:the )?(?:[\\w-]+ ){0,4}?of the year\\b|\\branked (?:the )?(?:#\\s?\\d+|number (?:one|two|three)|no\\. ?\\d)\\b|(?<!\\byour (?:[\\w-]+ ){0,6})\\bfeatured among\\b|\\bmore (?:[\\w-]+ ){1,2}than (?:anyone|anybody|any other (?:[\\w-]+ )?(?:firm|company|agency|builder|team|provider))(?: else)?\\b|\\banother (?:record|bumper|stellar|record-breaking) (?:year|quarter|month|season)\\b|\\b(?:fastest|biggest|best|strongest|largest) in (?:our|the) (?:category|industry|market|space|sector)\\b|\\bthe (?:best|strongest|smartest|most talented) team (?:i|we)(?:'ve| have) ever\\b",
  ],
  // ranked or listed among the best; "one of the most respected firms" said of us
  [
    'listed ranked named included',
    "(?<!\\byour (?:[\\w-]+ ){0,6})\\b(?:listed|ranked|named|included) among (?:the )?(?:[\\w'’]+ )?(?:\\d+ )?(?:top|best|most|leading|fastest|biggest|largest)\\b",
  ],
  [
    'one',
    "\\b(?:we(?:'re| are)|(?<!\\byour (?:[\\w-]+ ){0,2})(?:is|are)(?= one of the (?:most respected|most trusted|best-known|best known|most experienced|most awarded|leading))|our (?:[\\w-]+ ){1,2}(?:is|are|was)) one of the (?:most (?:respected|trusted|experienced|awarded|influential|successful|established)|best(?:-known| known)?|top|leading|largest|biggest|fastest[- ]growing)\\b",
  ],
  // our biggest year ever; nobody does it better; never lost a contract
  [
    'biggest best strongest busiest successful record',
    "\\b(?:our|we had (?:our|the)|we've had (?:our|the)|it was our|its) (?:biggest|best|strongest|busiest|most successful|record(?:-breaking)?) (?:year|quarter|month|season|launch|event|summit|show|edition)(?: ever| yet| on record| to date)\\b|\\bour (?:biggest|best|strongest|busiest|most successful|record(?:-breaking)?) (?:year|quarter|month|season|launch) (?:so far|in (?:our|the company's) history)\\b",
  ],
  [
    'nobody one',
    '\\b(?:nobody|no one|no-one) (?:does|do) (?:it|this|that|(?:[\\w-]+ ){1,3}?)better\\b',
  ],
  [
    'never',
    "\\b(?:we(?:'ve| have)?|i(?:'ve| have)?) never (?:once )?lost a (?:single )?(?:contract|client|customer|case|account|tender|deal)\\b",
  ],
  // the best rate in the industry; several of the most celebrated buildings
  [
    'best highest lowest fastest strongest most several many some few',
    '\\bthe (?:best|highest|lowest|fastest|strongest|most [\\w-]+) (?:[\\w-]+ ){0,2}?(?:rates?|record|results|service|prices|reviews|support|retention|satisfaction|times?) (?:in|on) the (?:industry|business|market|country|region|world|sector|county|state|city|trade)\\b|\\b(?:several|some|many|a few) of the (?:most (?:celebrated|admired|iconic|famous|prestigious)|best-known|finest)\\b',
  ],
  // quoted, profiled or noticed in the press
  [
    'quoted profiled attention written covered',
    '(?<!\\byour (?:[\\w-]+ ){0,6})\\b(?:quoted|profiled|written up|covered|(?:a lot of |lots of |plenty of )?attention) in (?:the )?(?:[\\w-]+ ){0,2}?(?:press|journals?|magazines?|media|publications|news)\\b',
  ],
  // "we have a great team, a great product", "our team is brilliant"
  [
    'great amazing fantastic incredible brilliant stellar phenomenal outstanding exceptional wonderful top notch',
    "\\b(?:we have|we've got) (?:a |an )?(?:great|amazing|fantastic|incredible|brilliant|stellar|phenomenal) (?:team|product|platform|customers|clients|track record|reputation|service)\\b(?! (?:session|meeting|call|chat|day|event|lunch|workshop)\\b)|\\bour (?:team|people|product|platform|service|work|crew|staff|speakers) (?:is|are) (?:brilliant|amazing|incredible|fantastic|wonderful|outstanding|exceptional|top-notch)\\b",
  ],
  // how many we have helped, as a boast: not "clinics like yours"
  [
    'helped served supported worked look looked onboarded signed coached trained placed went',
    "\\b(?:we|i|that|(?:our|my) (?:[\\w-]+ ){1,3}?)(?:'ve|'s| have| has| had)? (?:already |now |since |personally |just )?(?:helped|served|supported|worked with|look after|looked after|onboarded|signed|coached|trained|placed|went from \\w+ to) (?:over |more than |almost |nearly |well over )?\\d[\\d,]*\\+? (?:new )?(?:[\\w-]+ )?(?:companies|clients|customers|businesses|brands|leaders|founders|executives|entrepreneurs|engineers|candidates|clinics|offices|firms|teams|organi[sz]ations|practices|schools|hospitals|users|restaurants|retailers|homes|logos|people)\\b(?![^.!?\\n]*\\b(?:you|your|yours)\\b)",
  ],
  [
    'second unparalleled unmatched unrivaled unrivalled',
    '\\bsecond to none\\b|\\bunparalleled\\b|\\bunmatched\\b|\\bunrivall?ed\\b',
  ],
]);
/** Patterns whose claim could be anyone's: they count only with "we", "our", "I" near them. */
const OURS_ONLY = new Set(
  [
    'ranked the #2',
    'is one of the most respected',
    'its biggest year ever',
    'quoted in the financial press',
    "listed among the country's 40 most",
    'named one of the top',
  ].map((example) => patternOf(CLAIM, example)),
);
const OURS = /\b(?:we|our|ours|us|i|my|me)\b|\b(?:we|i)['’](?:re|ve|ll|d|m)\b/i;
/** The reader, or congratulations, earlier in the sentence. */
const THEIRS_BEFORE = /\b(?:you|your|yours)\b|\byou['’](?:re|ve)\b|\bcongrat/i;
/** The clause a match stands in, up to it: after the last "that", "and", "but", "so" or comma. */
function clauseBefore(t: string): string {
  const parts = t.split(CLAUSE_BREAK);
  return parts[parts.length - 1]!;
}
const CLAUSE_BREAK = /\b(?:that|and|but|so|because|while|although)\b|[,;:]/i;
const THAN_YOURS = /^ than (?:your|you)\b/i;
const ADJECTIVE_WORDS =
  'leading winning class breed edge art changing changer revolutionary groundbreaking ground premier rated growing advanced powerful innovative trusted comprehensive complete popular accurate secure';

function article(next: string, original: string): string {
  const an = R2.test(next) && !R1.test(next);
  const a = an ? 'an' : 'a';
  return original[0] === 'A' ? a[0]!.toUpperCase() + a.slice(1) : a;
}

/** After an adjective, words that show no noun follows: it is said of the thing ("is award-winning and"). */
const NOT_A_NOUN =
  /^(?:and|or|but|in|for|across|at|on|with|to|since|because|so|among|by|from|as|three|two|\d)\b/i;

/** Bragging: "industry-leading", "award-winning", "#1", "we are the leading". */
export const bragging = defineRule({
  id: 'bragging',
  category: 'self-centred',
  weight: 10,
  principle: 'P3',
  explanation:
    'Superlatives about yourself ("industry-leading", "award-winning", "#1") are a pitch, not value; every vendor says them. Answer "what\'s in it for me?" with a concrete result for someone like the reader.',
  message: 'Bragging about your company or product.',
  triggers: ADJECTIVE_WORDS.split(' '),
  patterns: CLAIM,
  find(a) {
    return boastsIn(a);
  },
});

/** The draft's boasts, found once per analysis (value-first asks whether its opening is one). */
export function boastsIn(a: Analysis): Hit[] {
  let hits = a.memo.boasts as Hit[] | undefined;
  if (hits === undefined) a.memo.boasts = hits = findBoasts(a);
  return hits;
}

function findBoasts(a: Analysis): Hit[] {
  const hits: Hit[] = [];
  eachMatch(
    ADJECTIVE,
    a,
    (m) => {
      const end = m.index + m[0].length;
      const next = a.body.slice(end, end + 12);
      // "we are the award-winning provider" -> "we are a provider"; "our award-winning team" -> "our team"
      const the = R3.exec(a.body.slice(Math.max(0, m.index - 12), m.index));
      if (!m[1] && NOT_A_NOUN.test(next)) {
        // "Our platform is award-winning and…": said of the thing, not before it; dropping the
        // word would leave "is and"
        hits.push({ start: m.index, end: end - (m[0].length - m[0].trimEnd().length) });
      } else if (m[1]) {
        hits.push({ start: m.index, end, replacement: article(next, m[1]) + ' ' });
      } else if (the && R5.test(next) && !R4.test(next)) {
        hits.push({ start: m.index - 4, end, replacement: article(next, 'a') + ' ' });
      } else {
        hits.push({ start: m.index, end, replacement: '' });
      }
    },
    'bragging',
  );
  scan(a, CLAIM, (m, k) => {
    const at = m.index;
    if (hits.some((h) => at < h.end && at + m![0].length > h.start)) return;
    // (session 32 review) "Your clinic was ranked #2", "You are one of the most respected
    // buyers", "Congrats on another record quarter", "No one does onboarding better than your
    // team": praise of them
    const s = sentenceAt(a, at);
    if (
      s &&
      (THEIRS_BEFORE.test(clauseBefore(a.body.slice(s.start, at))) ||
        THAN_YOURS.test(a.body.slice(at + m[0].length, at + m[0].length + 16)))
    )
      return;
    // claims said as readily of another firm ("Northwind was ranked #3 on the Inc. list") are
    // ours only with "we", "our" or "I" in the sentence
    if (OURS_ONLY.has(k) && s && !OURS.test(s.text)) return;
    hits.push({ start: at, end: at + m[0].length });
  });
  hits.sort((x, y) => x.start - y.start);
  return hits;
}

import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';
import { eachMatch, gated, scan } from '../gated';

// regexes used inside functions, compiled once at module load
const R1 = /^(?:uni|use|one|eu)/i;
const R2 = /^[aeiou]/i;
const R3 = /\b(?:are|is|'re|’re|'s|’s) the $/i;
const R4 = /^\w+s\b/i;
const R5 = /^[a-z]+(?:\s|[.,!?]|$)/i;

/** Adjectives that can simply be dropped: "our award-winning platform" -> "our platform". */
const ADJECTIVE = rx(
  '(?:\\b(an?) )?\\b(?:(?:industry|market|category|world)[- ]leading|award[- ]winning|best[- ]in[- ]class|best[- ]of[- ]breed|world[- ]class|cutting[- ]edge|state[- ]of[- ]the[- ]art|game[- ]chang(?:ing|er)|revolutionary|groundbreaking|ground-breaking|premier|top[- ]rated|highest[- ]rated|best[- ]rated|number[- ]one[- ]rated|fastest[- ]growing|most (?:advanced|powerful|innovative|trusted|comprehensive|complete|popular|accurate|secure))(?:,\\s*| )(?=[\\w#])',
);
const CLAIM = gated('bragging', [
  [
    '1 number', // "#1", "no. 1", "number one"
    '\\b(?:the )?(?:#\\s?1|number one|no\\. ?1)\\b(?! (?:priority|question|thing|goal|reason|challenge|complaint|request|issue|problem))',
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
    '\\b(?:named|ranked|listed|voted|recogni[sz]ed as|chosen as) (?:one of|among) (?:the )?(?:top|best|fastest|leading|most)\\b',
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
  [
    'second unparalleled unmatched unrivaled unrivalled',
    '\\bsecond to none\\b|\\bunparalleled\\b|\\bunmatched\\b|\\bunrivall?ed\\b',
  ],
]);
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
    scan(a, CLAIM, (m) => {
      const at = m.index;
      if (hits.some((h) => at < h.end && at + m![0].length > h.start)) return;
      hits.push({ start: at, end: at + m[0].length });
    });
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});

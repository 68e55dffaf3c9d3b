import { DEMAND_CUES } from '../cues/demand';
import { REQUEST_VERB } from '../lexicon';
import { caseAt, matchCase } from '../casing';
import { cueStart, defineRule, overlapsHit, type Hit } from '../rule';
import { gated, patternOf, scan } from '../gated';
import { sentenceAt } from '../analyse';

// regexes used inside functions, compiled once at module load
const R1 = /’/g;
const R2 = /^you should/;
const R3 = /should(?: really| definitely| seriously)?/i;
const R4 = /^you /;
const R5 = /^i (?:\w+ )?(?:need|expect|require|want) (?:you|u) to$/;
const R6 = /^(?:i|we)(?:'ll| will)? /;
const R7 =
  /^(I|We|i|we)(?:['’]ll| will)? (?:really |absolutely |urgently |just )?(?:need|require|expect|must have|have to have|need to have|must get|need to get)/;
const R8 = /^(?:make sure|be sure|ensure)/;
const R9 = /^(?:make sure|be sure|ensure) (?:that )?you /i;
const R10 = /^it/;

/** A deadline hours away ("within the hour", "today", "by 5pm"), not a date with a reason. */
const SHORT_DEADLINE =
  '\\b(?:within the hour|today|tonight|(?:in|within) (?:the next )?(?:\\d+|an?|one|two|24|48) hours?|by (?:tonight|noon|midnight|the end of (?:the )?day|end of day|eod|\\d{1,2}(?::\\d\\d)? ?(?:am|pm)))\\b';

const RE = gated('demand', [
  [
    'must have need got ought better required expected obligated',
    "\\byou(?<!\\b(?:what|everything|all|anything|nothing|whatever|if|case|where|whenever|unless|when|that|things|thing|how|so|ever|whether|before|once|why|who|time|long|help|info|information|details|everyone|everybody|anyone|anybody|someone|somebody|people|person|one|ones|love|support|tools) you)(?<!\\bas (?:long|much|often|soon|far|many) as you)(?<!\\byou (?:said|mentioned|told (?:me|us)|explained|wrote|noted) (?:that )?you) (?:really |absolutely |definitely |simply |just |still )?(?:must(?! be\\b)|have to|need to|have got to|'ve got to|ought to|had better|'d better|are required to|are expected to|are obligated to)\\b",
  ],
  [
    'should',
    '\\byou should (?:really |definitely |seriously )?(?:reply|respond|sign|book|schedule|call|buy|purchase|get back|decide|act|move|commit|jump|grab|take (?:this|advantage|action)|invest|consider (?:signing|buying|booking))\\b',
  ],
  [
    'need expect require want',
    '\\bi (?:really |absolutely |urgently |just )?(?:need|expect|require|want) (?:you|u) to\\b',
  ],
  // (session 27: not a thing named by the word: "we need a reply-to address")
  [
    'need require expect must have get',
    "\\b(?:i|we)(?:'ll| will)? (?:really |absolutely |urgently |just |do )?(?:need|require|expect|must have|have to have|need to have|must get|need to get) (?:a|an|your) (?:clear |final |firm )?(?:answer|reply|response|decision|yes|signature|commitment|confirmation|sign-?off|approval|update|go-ahead)\\b(?!-)",
  ],
  [
    'sure ensure',
    `\\b(?:make sure|be sure|ensure) (?:that )?you (?:\\w+ ){0,2}?${REQUEST_VERB}\\b`,
  ],
  ['insist', '\\bi insist\\b'],
  // session 29 (dev 14): "you'd need to decide within the hour": a condition with a deadline
  [
    'need have & decide confirm sign commit reply respond answer pay let',
    `\\byou(?:'d| would) (?:need|have) to(?= (?:decide|confirm|sign|commit|reply|respond|answer|pay|let (?:me|us) know)\\b[^.?!;]{0,20}?${SHORT_DEADLINE})`,
  ],
  // session 7 (stock drafts): your time, claimed
  [
    'need',
    '\\bi (?:really |just )?need (?:\\d+|five|ten|fifteen|twenty|thirty|a few) (?:minutes|mins) (?:with you|of your time)\\b',
  ],
  [
    'mandatory imperative essential critical crucial required vital',
    "\\bit(?:'s| is) (?:mandatory|imperative|essential|critical|crucial|required|vital) (?:that )?you\\b",
  ],
  ['soon', '\\bas soon as you (?:get|read|see|receive) this\\b'],
  ...DEMAND_CUES,
]);
/** The cue patterns come last in RE: they yield to the phrase patterns above. */
const CUES_FROM = cueStart(RE, DEMAND_CUES);
/** "Carter, review the concepts tonight" (session 22): an order by a time, asked instead. */
const ORDER_BY = patternOf(RE, 'review the draft by Friday');
const NEED_TO = patternOf(RE, 'you need to');
/** The sentence so far is a condition still open: "If anything's come up and " (no comma yet). */
const IN_CONDITION = /^(?:if|in case|should|whenever)\b[^,;:.!?]*$/i;
/** …and the condition closes after the match, with the main clause still to come. */
const CONDITION_CLOSES = /^[^.!?,;]*?,\s*\S/;
const ORDER_LEAD = /^((?:[\w-]+, )?)(?:please )?/i;
/** The rest of the sentence up to its full stop: " and reply with your pick by 9am." */
const TO_STOP = /^([^.?!]*)[.!]+\s*$/;
/** A lead before the order that is no name: "Thanks, have a great weekend…" is no order at all. */
const NOT_A_NAME =
  /^(?:thanks|thank you|ok|okay|great|also|so|and|but|well|yes|no|hi|hey|hello|sure|perfect|cheers|again|anyway|meanwhile|now|then|please|lastly|finally|first|btw|ps|sorry|fyi|oh|right|good|nice|lovely|brilliant|awesome|cool|alright),/i;
/** A name before the order: a capital, then lower case ("Dana, send…"). */
const NAME_LEAD = /^[A-Z][a-z'’-]+, /;

/**
 * "Carter, review the concepts by 9am" -> "Carter, could you review the concepts by 9am": `lead`
 * is ORDER_LEAD's match in the order (the name stays, a "please" goes).
 */
function asAsked(order: string, lead: RegExpExecArray): string {
  const rest = order.slice(lead[0].length);
  return `${lead[1]}could you ${rest[0]!.toLowerCase()}${rest.slice(1)}`;
}

function soften(m: string): string | undefined {
  const l = m.toLowerCase().replace(R1, "'");
  if (R2.test(l)) return m.replace(R3, 'might');
  if (R4.test(l)) return matchCase(m, 'you may want to');
  if (R5.test(l)) return matchCase(m, 'it would help if you could');
  if (R6.test(l)) {
    return m.replace(R7, (_x, who: string) => `${who}['’]d welcome`.replace("['’]", "'"));
  }
  if (R8.test(l)) {
    return m.replace(R9, (x) => matchCase(x, 'please '));
  }
  if (l === 'i insist') return '';
  if (R10.test(l)) return matchCase(m, 'it would help if you');
  return undefined;
}

/** Demands: "I need you to", "you must", "make sure you reply". */
export const demand = defineRule({
  id: 'demand',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Obligation words aimed at the reader ("you must", "I need you to", "you have to") turn a request into a demand. The prospect owes you nothing; ask, and make it easy to say no.',
  message: 'Demand: obligation wording aimed at the reader.',
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    scan(a, RE, (m, k) => {
      if (k >= CUES_FROM && overlapsHit(hits, m.index, m.index + m[0].length)) return;
      const h: Hit = { start: m.index, end: m.index + m[0].length };
      // (session 35, dev 19) inside the condition that opens the sentence: "If anything's come up
      // and you need to move it, Thursday works too"
      if (k === NEED_TO) {
        const s = sentenceAt(a, m.index);
        if (
          s &&
          IN_CONDITION.test(a.body.slice(s.start, m.index)) &&
          CONDITION_CLOSES.test(a.body.slice(m.index + m[0].length, s.end))
        )
          return;
      }
      if (k === ORDER_BY) {
        const lead = ORDER_LEAD.exec(m[0])!;
        const name = lead[1]!;
        if (name && (NOT_A_NAME.test(name) || !NAME_LEAD.test(name))) return;
        // the question it becomes runs to the sentence's full stop, and ends it with "?"
        const s = sentenceAt(a, m.index);
        const tail = s ? a.body.slice(h.end, s.end) : '';
        const stop = TO_STOP.exec(tail);
        if (stop) h.end += stop[0].length;
        const asked = asAsked(m[0] + (stop ? stop[1]! : ''), lead);
        h.replacement = caseAt(a, m.index, m[0], `${asked}${stop ? '?' : ''}`);
      } else {
        const r = soften(m[0]);
        if (r !== undefined) h.replacement = caseAt(a, m.index, m[0], r);
      }
      hits.push(h);
    });
    return hits;
  },
});

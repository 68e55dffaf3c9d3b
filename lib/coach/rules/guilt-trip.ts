import { GUILT_CUES, GUILT_FELT, GUILT_SILENT } from '../cues/guilt';
import { rx } from '../lexicon';
import type { Analysis, Sentence } from '../types';
import { isOptOut, optOutIn } from '../optout';
import { cueStart, defineRule, overlapsHit, type Hit } from '../rule';
import { flaggedNear, gated, patternOf, scan, sentencesMatching } from '../gated';
import { sentenceAt, sentenceIndexAt } from '../analyse';
import { FROM_OTHERS } from '../silence-offer';

const TIMES =
  '(?:several|multiple|many|a (?:few|couple of|number of)|\\d+|two|three|four|five|six)';
const ORDINAL = '(?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|umpteenth)';
const PATTERNS = gated('guilt-trip', [
  [
    'heard received gotten got had seen',
    "\\b(?:i|we) (?:still )?(?:haven't|have not|havent|didn't|did not|have yet to|'ve yet to|'ve not|am yet to) (?:yet )?(?:heard|received|gotten|got|had|seen) (?:back|a (?:reply|response|word|thing|answer)|anything|any(?:thing)? (?:reply|response|word|back)|from you|a peep)",
  ],
  [
    'reply response answer word & yet from far',
    '\\b(?:still )?no (?:reply|response|answer|word) (?:yet|from you|so far)\\b',
  ],
  ['seen', "\\b(?:i|we)'ve not seen anything\\b"],
  [
    'busy swamped slammed buried overwhelmed',
    "\\b(?:you (?:must|probably|likely|may|might) be|(?:i'm|i am|we're|we are) sure you(?:'re| are)|(?:i|we) know (?:you(?:'re| are)|you must be|how)|(?:i'm|i am|we're|we are) guessing you(?:'re| are)) (?:(?:so|very|really|super|extremely|crazy|incredibly) )?(?:busy|swamped|slammed|buried|overwhelmed)\\b",
  ],
  [
    'tried attempted trying',
    `\\b(?:i|we)(?:'ve| have) (?:now |just |already |honestly )?(?:tried|attempted|been trying) (?:to (?:reach|contact|get (?:a )?hold of|get through to|call|email|connect with) you|${TIMES} times)`,
  ],
  [
    'written emailed messaged called reached followed contacted chased sent left',
    `\\b(?:i|we)(?:'ve| have) (?:now |just |already |honestly )?(?:written|emailed|messaged|called|reached out|followed up|contacted you|chased(?: you)?|sent(?: you)?|left(?: you)?)(?: to you| you)? (?:${TIMES} (?:times|emails|messages|notes|voicemails)|about (?:this|it) ${TIMES} times)`,
  ],
  [
    'second third fourth fifth sixth seventh umpteenth 2nd 3rd 4th 5th 6th 7th 8th 9th',
    `\\b(?:(?:this is|that's|that makes|it's) (?:my|our|the|now my) ${ORDINAL} (?:email|message|note|attempt|time|follow[- ]?up|try)|${ORDINAL} (?:message|email|note|attempt|follow-?up) now\\b)`,
  ],
  [
    'nothing reply response answer word',
    '\\b(?:\\d+|two|three|four|five|six|several|multiple) (?:emails|messages|notes|attempts|voicemails|calls|tries)(?: now| so far| later)?,? (?:and|but) (?:still )?(?:nothing|no (?:reply|response|answer|word))',
  ],
  [
    'waiting',
    "\\b(?:(?:still|been|i'm|i am|we're|we are) waiting (?:on|for) (?:you|your|a (?:reply|response|answer|decision))\\b|still waiting to hear\\b)",
  ],
  [
    'replied responded answered gotten got returned acknowledged written',
    "\\byou (?:never|haven't|have not|didn't|did not) (?:yet )?(?:replied|responded|answered|got(?:ten)? back|returned my|acknowledged|written back)\\b",
  ],
  ['why', "\\bwhy (?:haven't|have not|didn't|did not|won't|wouldn't) you\\b"],
  [
    'surprised disappointed puzzled frustrated confused',
    "\\b(?:i(?:'m| am)|we(?:'re| are)) (?:a (?:bit|little) |rather |quite |somewhat )?(?:surprised|disappointed|puzzled|frustrated|confused) (?:that |not to |to not |i |by |at )",
  ],
  ['ignoring ignored', '\\b(?:ignoring|ignored) (?:(?:me|us)|my|our|us|our)\\b'],
  [
    'hanging silence ghosted ghosting',
    '\\b(?:left (?:me|us) hanging|radio silence|ghost(?:ed|ing))\\b',
  ],
  [
    'quiet dark silent cold mia',
    "\\byou(?:'ve| have)? (?:gone|went) (?:quiet|dark|silent|cold|mia)\\b",
  ],
  ['answered replied', '\\b(?:seen|opened),? (?:but )?not (?:answered|replied)\\b'],
  [
    'courtesy courteous',
    "\\b(?:the (?:same )?courtesy (?:of a (?:reply|response)|i've shown|(?:i|we) have shown)|would have been (?:courteous|polite|the courteous thing))\\b",
  ],
  [
    'least even',
    '\\b(?:at least|even just|can you at least) (?:let (?:me|us) know|reply|tell (?:me|us)|respond|a (?:reply|quick reply|one-word reply|yes or no))\\b',
  ],
  ['long', '\\ba (?:one-word|one-line|quick) (?:reply|answer|response) would go a long way\\b'],
  [
    'busy',
    "\\b(?:(?:i )?(?:guess|suppose|assume|take it|gather)(?: that)? you(?:'re| are)|clearly you(?:'re| are)|you(?:'re| are) (?:clearly|obviously|evidently)) (?:(?:too|very|so|really) )?(?:busy|swamped|slammed)\\b",
  ],
  ['busy', '\\b(?:too|very|so) busy to (?:reply|respond|answer|get back|write back)\\b'],
  [
    'shame pity',
    "\\b(?:it's a|what a|such a) (?:shame|pity) (?:that )?you (?:haven't|have not|didn't|did not|couldn't|never|won't)\\b",
  ],
  [
    'disheartening disappointing frustrating discouraging',
    '\\b(?:disheartening|disappointing|frustrating|discouraging) (?:to see|that you|not to|to not|to have|to keep (?:writing|emailing|messaging|reaching out|following up)(?: to you)?(?= (?:like this|without|with no|and (?:not|never))\\b|[.,;!]))',
  ],
  [
    'mean',
    '\\bwould mean a lot (?:to (?:get|hear|have)|if you (?:replied|responded|got back|answered))\\b',
  ],
  [
    'busy',
    "\\b(?:i|we) (?:do )?(?:appreciate|understand|realise|realize|get) (?:that )?you(?:'re| are) (?:(?:very|so|really) )?busy,? but\\b",
  ],
  ...GUILT_CUES,
]);
/** How I feel about their silence, and the silence itself: guilt when within WINDOW sentences. */
const FELT = gated('guilt-trip-felt', GUILT_FELT);
const SILENT = gated('guilt-trip-silent', GUILT_SILENT);
const WINDOW = 3;

/** The cue patterns come last in PATTERNS: they yield to the phrase patterns above. */
const CUES_FROM = cueStart(PATTERNS, GUILT_CUES);

/** Patterns whose guilt opens a sentence about a past meeting: "I haven't heard back since…". */
const HEARD = patternOf(PATTERNS, "I haven't heard back");
const DISAPPOINTED = patternOf(PATTERNS, "I'm disappointed that ");
/** After "I'm disappointed not to": the hearing. Then what the silence followed. */
const NOT_HEARD = rx(
  '^(?:(?:have )?(?:heard|hear) (?:back|from you)|(?:have )?(?:had|get|got(?:ten)?) (?:a reply|a response|an answer)|hear anything)(?: from you)?',
  'i',
);
const FROM_YOU = /^ from you/i;
const AT_LEAST = /^(?:at least|even just) (?=let me know|reply|tell me|respond)/i;
const SINCE = rx('^ (?:since|after|following) ', 'i');
/** A reason opening the clause ("As I have not heard…, I wanted"): no "I hope all is well" there. */
const AS_REASON = /\b(?:as|since|because|given that|seeing (?:as|that)|now that)\s+$/i;

/** Words between the silence and who kept it: "haven't heard back yet, from…". */
const SILENCE_TAIL = String.raw`^(?: back| yet| so far| as yet| anything)*,? `;
/**
 * Session 27 (team-voice negatives): what follows a match and makes it no reproach. Someone else's
 * silence ("We haven't heard back from the landlord", "still waiting for a response from the
 * manufacturer"); nothing seen that is wrong ("I haven't seen anything unusual on your account").
 */
/** Session 31 (dev 15): "ghosted like this" is their silence, not something odd "like this". */
const GHOSTED = /\bghost(?:ed|ing)$/i;
const NOT_THEIRS = new RegExp(
  String.raw`${SILENCE_TAIL}${FROM_OTHERS}|^ (?:unusual|wrong|odd|strange|amiss|suspicious|out of the ordinary|like (?:it|this|that))\b`,
  'i',
);
/**
 * Session 28: an outside institution of the reader's keeps us waiting ("We haven't heard back from
 * your insurer", "waiting for your bank to confirm the transfer"); not their own agents (lawyer,
 * accountant), who are their side, nor their own details ("waiting for your bank details").
 */
const INSTITUTION = String.raw`(?:bank|insurer|insurance company|lender|mortgage lender|courier|carrier|gp|doctor|vet)`;
const THEIR_INSTITUTION = new RegExp(
  String.raw`${SILENCE_TAIL}from your ${INSTITUTION}\b(?![^.?!;]*\b(?:expires?|deadline|assume|offer)\b)|^ ${INSTITUTION} to (?:confirm|approve|release|clear|process|sign off|come back|respond|reply)\b`,
  'i',
);
/**
 * Session 28: news about the reader's delivery, refund or a recall ("We've tried to contact you
 * about your missed delivery", "three emails about the recall"), not a chase for a reply to an
 * offer (not "your overdue invoice", "the appointment I suggested").
 */
const ABOUT_SERVICE =
  /^ about (?:your (?:(?:missed|failed|returned|delayed|damaged) )?(?:delivery|parcel|package|shipment|collection|repair|refund|warranty claim|insurance claim)|the (?:product |safety )?recall)\b/i;
/**
 * Session 28: silence of an organisation named by its initials ("We haven't heard back from DHL",
 * "from HMRC"), matched case-sensitively (not "from YOU", "from ANYONE on your team").
 */
const FROM_INITIALS = new RegExp(
  String.raw`${SILENCE_TAIL}from (?!(?:YOU|YOUR|U|ANYONE|ANYBODY|EITHER|EVERYONE|EVERYBODY|ANY|ALL|NOBODY)\b)[A-Z]{2,}\b(?! (?:of you|on your|at your)\b)`,
);
/**
 * Busy, so I made it easy: "I know you're busy with the year-end, so I've kept it to one page"
 * (not when it then asks: "so I've attached the contract again and need it signed today").
 */
const SO_I_EASED =
  /^[^.?!]*?,? so (?:(?:i|we)(?:['’]ve| have)? (?:kept|made|put|trimmed|summari[sz]ed|boiled|cut|brought|attached|included|prepared|added)\b|here(?:['’]s| is| are)\b|the \w+ can\b)(?![^.?!]*\b(?:need|needs|sign|signed|today|tonight|asap|urgent\w*|by (?:end|eod|friday|monday|tomorrow))\b)/i;
const BUSY = /\b(?:busy|swamped|slammed|buried|overwhelmed)$/i;
/** Feeling it about a thing, not them: "frustrated by the delay too", "surprised by how much…". */
const FELT_ABOUT =
  /^(?:how (?:much|well|quickly|fast|easily)|(?:the|this|that) (?:delay|hold-up|mix-up|error|mistake|outage|weather|courier|supplier|damage|fault|shortage|tracking data|data|figures|numbers|results|readings?)s?\b(?! (?:in|of|on|with|from) (?:your|you)\b)|(?:your|the) (?:order|delivery|parcel|shipment|installation|engineer|courier) (?:arrived|was|came|went|got)\b)/i;

/** Owning the silence ("I'm sorry", "I may have got the timing wrong") is the P5 apology, not guilt. */
const OWNING = rx(
  "\\b(?:sorry(?! to (?:bother|pester|chase|nag|trouble))|apolog|(?:my|our) (?:fault|mistake|bad)|missed the mark|got (?:it|the timing|something|this) wrong|may have|might have|(?:i|we) realise|(?:i|we) realize|(?:i|we) suspect|i'd rather ask|(?<!\\bquiet )on (?:me|us)\\b|(?:don't|do not) (?:want|wish) to (?:crowd|clutter|flood|fill|spam) your inbox|mak(?:e|ing) (?:it|this) (?:the|my|our) (?:last|final)\\b|which (?:usually |probably |likely |often |normally )?(?:means|tells (?:me|us)|suggests) (?:that )?(?:the (?:timing|fit|moment)|(?:now|this|it) (?:isn't|is not|wasn't)|it's not)|which is (?:completely |totally |perfectly |absolutely )?(?:fine|ok|okay|understandable|no problem))",
  'i',
);

/**
 * "I haven't heard back since our call on May 2" -> "I hope all is well since our call on May 2":
 * the meeting stays, the reproach goes.
 */
function hopeWell(body: string, h: Hit): void {
  if (AS_REASON.test(body.slice(Math.max(0, h.start - 12), h.start))) return;
  let end = h.end;
  const hearing = NOT_HEARD.exec(body.slice(end, end + 40).replace(/^ /, ''));
  if (hearing) end += (body[end] === ' ' ? 1 : 0) + hearing[0].length;
  else if (body[end - 1] === ' ') end--; // "disappointed that " ends in a space
  if (FROM_YOU.test(body.slice(end, end + 10))) end += 9;
  if (!SINCE.test(body.slice(end, end + 12))) return;
  h.end = end;
  h.replacement = 'I hope all is well';
}

/**
 * "Since then we have heard nothing. [...] I find myself in the uncomfortable position of having
 * no answer for them": a feeling or a debt (FELT) within WINDOW sentences of their silence said
 * plainly (SILENT). Sentences that own the silence or offer a way out take no part.
 */
function feltNearSilence(a: Analysis, hits: Hit[]): void {
  const silent = sentencesMatching(a, SILENT);
  if (!silent.includes(1)) return;
  const ss = a.sentences;
  scan(a, FELT, (m) => {
    const i = sentenceIndexAt(a, m.index);
    const s = ss[i];
    if (!s || OWNING.test(s.text) || optOutIn(a, s)) return;
    if (overlapsHit(hits, m.index, m.index + m[0].length)) return;
    if (flaggedNear(silent, i, WINDOW, (j) => !OWNING.test(ss[j]!.text)))
      hits.push({ start: m.index, end: m.index + m[0].length });
  });
}

/**
 * Does the sentence's way out let the guilt go? A plain "haven't heard back" beside a way out is a
 * kindness ("No worries if you haven't had a chance"); a hurt or a cost held against them is still
 * guilt when the way out only trails it ("it stings to get ghosted… but no worries", "we stayed late
 * two nights, so it'd be lovely to hear, even if it's a no": session 34, dev 17).
 */
function wayOutFirst(s: Sentence, m: RegExpExecArray, k: number): boolean {
  if (k < CUES_FROM && !GHOSTED.test(m[0])) return true;
  return isOptOut(s.text.slice(0, m.index - s.start));
}

/** Guilt for not replying: "I haven't heard back", "you must be busy", "I've tried several times". */
export const guiltTrip = defineRule({
  id: 'guilt-trip',
  category: 'pushy',
  weight: 20,
  principle: 'P2',
  explanation:
    'Reminding someone that they have not replied ("I haven\'t heard back", "you must be busy", "this is my third email") makes them feel guilty, not helped. Pressure makes prospects retreat behind silence. Leave the silence unmentioned and bring something useful instead.',
  message: 'Guilt for not replying.',
  patterns: { ...PATTERNS, groups: { ...PATTERNS.groups, ...FELT.groups, ...SILENT.groups } },
  find(a) {
    const hits: Hit[] = [];
    scan(a, PATTERNS, (m, k) => {
      if (k >= CUES_FROM && overlapsHit(hits, m.index, m.index + m[0].length)) return;
      const s = sentenceAt(a, m.index);
      if (s && (OWNING.test(s.text) || (optOutIn(a, s) && wayOutFirst(s, m, k)))) return;
      const after = a.body.slice(m.index + m[0].length, s ? s.end : undefined);
      if ((NOT_THEIRS.test(after) && !GHOSTED.test(m[0])) || FELT_ABOUT.test(after)) return;
      if (THEIR_INSTITUTION.test(after) || ABOUT_SERVICE.test(after) || FROM_INITIALS.test(after))
        return;
      if (BUSY.test(m[0]) && SO_I_EASED.test(after)) return;
      const h: Hit = { start: m.index, end: m.index + m[0].length };
      if (k === HEARD || k === DISAPPOINTED) hopeWell(a.body, h);
      const least = AT_LEAST.exec(m[0]);
      // "Could you at least let me know?" -> "Could you let me know?"
      if (least) h.replacement = m[0].slice(least[0].length);
      hits.push(h);
    });
    feltNearSilence(a, hits);
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});

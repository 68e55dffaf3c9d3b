import { SURVEILLANCE_CUES } from '../cues/surveillance';
import { rx } from '../lexicon';
import { caseAt } from '../casing';
import { cueStart, defineRule, overlapsHit, type Hit } from '../rule';
import { gated, patternOf, scan } from '../gated';
import { sentenceAt } from '../analyse';
import type { Analysis } from '../types';

/** Verbs of looking that read naturally after "you may have seen" ("forwarded it" does not). */
const SEEN =
  'opened|viewed|clicked(?: on)?|read|looked at|visited|checked out|downloaded|watched|seen|been (?:reading|looking at|viewing|checking out|on|to|opening|clicking)';
const LOOKED = `(?:${SEEN}|forwarded|were on|was on|spent (?:about |around |nearly |over |almost )?(?:\\d+|a few|several|two|three|five|ten) (?:minutes|mins|seconds|hours) on)`;
/** How many times: "3 times", "twice". */
const COUNT = '(?:(?:\\d+|two|three|four|five|six|several|multiple|a few|a couple of) times|twice)';
const RE = gated('surveillance', [
  [
    'opened viewed clicked read looked visited checked downloaded watched forwarded seen been were was spent',
    `(?:\\b(?:i|we)(?:'ve| have)? |^)(?:(?:just|also|can|could) )*(?:saw|see|seen|noticed|notice|spotted|caught|tracked)(?: that)? you(?:'ve| have)? (?:(?:just|already|recently|also) )?${LOOKED}`,
  ],
  [
    'tracking tracker analytics system records logs crm tool software notifications notification dashboard',
    '\\b(?:my|our) (?:tracking|tracker|analytics|system|records|logs|crm|email tool|software|notifications?|dashboard|tool) (?:shows?|says?|tells? (?:me|us)|told (?:me|us)|indicates?|showed)\\b',
  ],
  [
    'looks seems & opened viewed clicked read looked visited checked downloaded watched forwarded seen been were was spent',
    `\\b(?:it )?(?:looks|seems) like you(?:'ve| have)? (?:been )?${LOOKED}`,
  ],
  [
    // a count of their looks, even as a guess: "you may have seen it three times", "you visited
    // two times our website"
    'times twice',
    `\\byou(?:'ve| have| (?:may|might|must) have)? (?:been )?(?:also )?(?:opened|viewed|clicked(?: on)?|read|reading|visited|looked at|seen|checked out|downloaded|watched) (?:(?:it|them|this|that|(?:my|our|the|this|that) (?:\\w+ ){0,3}?)\\s?\\(?${COUNT}\\b|${COUNT} (?:my|our|the)\\b)`,
  ],
  [
    'opened viewed read clicked',
    '\\b(?:my|our) (?:emails?|messages?|notes?|proposal|deck|case study|link) (?:ha(?:s|ve) been|was|were|got) (?:opened|viewed|read|clicked)\\b',
  ],
  ['profile', '\\bviewed (?:my|our) (?:linkedin )?profile\\b'],
  [
    'read viewed opened visited clicked',
    '\\b(?:has|have) (?:been )?(?:read|viewed|opened|visited|clicked)[^.?!]{0,40}?(?:\\d+|two|three|four|five|several|multiple|a few|a couple of) times\\b',
  ],
  [
    'visited viewed been',
    '\\b(?:has|have) (?:visited|viewed|been (?:on|to|viewing)) (?:our|my) (?:pricing(?: page)?|website|site|profile|product page|demo|case study|deck|proposal)\\b',
  ],
  ...SURVEILLANCE_CUES,
]);
/** The cue patterns come last in RE: they yield to the phrase patterns above. */
const CUES_FROM = cueStart(RE, SURVEILLANCE_CUES);

const SEEN_VERB = rx(`(?:${SEEN})$`, 'i');
/** How often or when they looked, at the end of the sentence: dropped with the tracking. */
const WHEN_SEEN = rx(
  '((?:,? (?:once|twice|(?:two|three|four|five|several|multiple|a few|a couple of|many) times|again|yesterday|today|this (?:morning|afternoon|week)|last (?:night|week)|earlier(?: today)?|recently|just now))+)[.!?…]*$',
  'i',
);

/**
 * A count of opens ("4 times", "6x", "five times"): when it would stay in the sentence, "you may
 * have seen" would still tell on them (and a number must be kept), so the sentence is not reworded.
 */
const COUNTED =
  /\b(?:\d+ ?(?:times|x)|twice|(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|a few|a couple of) times)\b/i;

/** "I saw you opened…" and "Looks like you've viewed…": the shapes reworded as "you may have seen". */
const I_SAW = patternOf(RE, 'I saw you opened');
const LOOKS_LIKE = patternOf(RE, "looks like you've viewed");
/** The tool that told on them ("Our tracking shows"), and what it told: "… (that) you opened". */
const TOOL_SAYS = patternOf(RE, 'our tracking shows');
const TOLD_YOU = rx(
  `^(?: (?:me|us))?(?: that)? you(?:'ve| have)? (?:(?:just|already|recently|also) )?(?:${SEEN})\\b`,
  'i',
);
/** A cue that ends on what they did: "I can see from our tracking that you downloaded". */
const YOU_SAW = rx(`\\byou(?:'ve| have)? (?:(?:just|already|recently|also) )?(?:${SEEN})$`, 'i');

/**
 * What a tool shows is tracking only when it is their looking ("My system shows ENA delivered
 * 130,000" is not); session 27 (dev 13): coming back to it, a quote started and left.
 */
const LOOKING =
  /\b(?:opened|opens|viewed|views|clicked|clicks|visited|visits|accessed|reviewed|read|downloaded|downloads|watched|seen|looked|been (?:back |on|to|reading|viewing|looking)|spent)\b|\byou(?:['’]ve| have)? (?:\w+ )?(?:been back|came back|come back|returned|started (?:a|an|your) (?:quote|application|order|checkout|sign-?up|form|trial|booking)|abandoned|stopped (?:right )?at)\b/i;

function toldOfLooking(a: Analysis, end: number): boolean {
  const s = sentenceAt(a, end - 1);
  return s !== undefined && LOOKING.test(s.text.slice(end - s.start));
}

/**
 * "I saw you opened my email about the audit three times" -> "You may have seen my email about
 * the audit": the same reference, without the tracking.
 */
function reword(a: Analysis, h: Hit, matched: string): void {
  if (!SEEN_VERB.test(matched)) return;
  const s = sentenceAt(a, h.start);
  if (!s) return;
  const rest = s.text.slice(h.end - s.start);
  const when = WHEN_SEEN.exec(rest);
  const keep = when ? rest.slice(0, when.index) : rest.replace(/[.!?…]+$/, '');
  if (keep.trim().length === 0 || COUNTED.test(keep)) return;
  h.end += keep.length + (when ? when[1]!.length : 0);
  h.replacement = caseAt(a, h.start, matched, `you may have seen${keep}`);
}

/** "I saw you opened my email": tracking the reader out loud. */
export const surveillance = defineRule({
  id: 'surveillance',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    'Telling someone you watched them open your email or view your page feels like surveillance and pressures them to answer. Whatever your tools show, write as if you had not seen it.',
  message: 'Surveillance: mentioning that you tracked them.',
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    scan(a, RE, (m, k) => {
      if (k >= CUES_FROM && overlapsHit(hits, m.index, m.index + m[0].length)) return;
      const h: Hit = { start: m.index, end: m.index + m[0].length };
      if (k === TOOL_SAYS && !toldOfLooking(a, h.end)) return;
      if (k === I_SAW || k === LOOKS_LIKE) reword(a, h, m[0]);
      else if (k === TOOL_SAYS || (k >= CUES_FROM && YOU_SAW.test(m[0]))) {
        // "Our system shows you downloaded the spec sheet", "I can see from our tracking that you
        // downloaded…": the tool goes too, "You may have seen the spec sheet"
        const told = k === TOOL_SAYS ? TOLD_YOU.exec(a.body.slice(h.end)) : null;
        const matched = told ? m[0] + told[0] : m[0];
        const was = h.end;
        h.end = h.start + matched.length;
        reword(a, h, matched);
        if (h.replacement === undefined) h.end = was;
      }
      hits.push(h);
    });
    return hits;
  },
});

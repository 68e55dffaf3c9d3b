import { OPT_OUT, rx } from '../lexicon';
import { defineRule, sentenceAt, type Hit } from '../rule';

const TIMES = '(?:several|multiple|many|a (?:few|couple of|number of)|\\d+|two|three|four|five|six)';
const RE = rx(
  [
    "\\bi (?:still )?(?:haven't|have not|havent|didn't|did not|have yet to|'ve yet to|'ve not|am yet to) (?:yet )?(?:heard|received|gotten|got|had|seen) (?:back|a (?:reply|response|word|thing|answer)|anything|any(?:thing)? (?:reply|response|word|back)|from you|a peep)",
    "\\b(?:still )?no (?:reply|response|answer|word) (?:yet|from you|so far)\\b",
    "\\bi've not seen anything\\b",
    '\\byou (?:must|probably|likely|may|might) be (?:(?:so|very|really|super|extremely|crazy|incredibly) )?(?:busy|swamped|slammed|buried|overwhelmed)\\b',
    "\\b(?:i'm|i am) sure you(?:'re| are) (?:(?:so|very|really|super|extremely|incredibly) )?(?:busy|swamped|slammed)\\b",
    "\\bi know (?:you(?:'re| are)|you must be|how) (?:(?:so|very|really|super|extremely|incredibly) )?(?:busy|swamped|slammed)\\b",
    "\\bi(?:'m| am) guessing you(?:'re| are) (?:(?:so|very|really) )?(?:busy|swamped|slammed)\\b",
    `\\bi(?:'ve| have) (?:now )?(?:tried|attempted|been trying) (?:to (?:reach|contact|get (?:a )?hold of|get through to|call|email|connect with) you|${TIMES} times)`,
    `\\bi(?:'ve| have) (?:now )?(?:written|emailed|messaged|called|reached out|followed up|contacted you|sent(?: you)?|left(?: you)?)(?: to you| you)? (?:${TIMES} (?:times|emails|messages|notes|voicemails)|about (?:this|it) ${TIMES} times)`,
    '\\b(?:this is|that\'s|that makes|it\'s) (?:my|the|now my) (?:\\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|umpteenth) (?:email|message|note|attempt|time|follow[- ]?up|try)',
    `\\b(?:\\d+|two|three|four|five|six|several|multiple) (?:emails|messages|notes|attempts|voicemails|calls|tries)(?: now| so far| later)?,? (?:and|but) (?:still )?(?:nothing|no (?:reply|response|answer|word))`,
    `\\b(?:second|third|fourth|fifth|sixth|\\d+(?:st|nd|rd|th)) (?:message|email|note|attempt|follow-?up) now\\b`,
    "\\b(?:still|been|i'm|i am) waiting (?:on|for) (?:you|your|a (?:reply|response|answer|decision))\\b",
    "\\bstill waiting to hear\\b",
    "\\byou (?:never|haven't|have not|didn't|did not) (?:yet )?(?:replied|responded|answered|got(?:ten)? back|returned my|acknowledged|written back)\\b",
    "\\bwhy (?:haven't|have not|didn't|did not|won't|wouldn't) you\\b",
    "\\bi(?:'m| am) (?:a (?:bit|little) )?(?:surprised|disappointed|puzzled|frustrated|confused) (?:that |not to |to not |i |by |at )",
    '\\b(?:ignoring|ignored) (?:me|my|us|our)\\b',
    '\\bleft me hanging\\b',
    '\\bradio silence\\b',
    '\\bghost(?:ed|ing)\\b',
    "\\byou(?:'ve| have)? (?:gone|went) (?:quiet|dark|silent|cold|mia)\\b",
    '\\bseen,? (?:but )?not (?:answered|replied)\\b',
    '\\bopened but not (?:answered|replied)\\b',
    '\\bthe courtesy of a (?:reply|response)\\b',
    '\\b(?:at least|even just|can you at least) (?:let me know|reply|tell me|respond|a (?:reply|quick reply|one-word reply|yes or no))\\b',
    '\\ba (?:one-word|one-line|quick) (?:reply|answer|response) would go a long way\\b',
  ].join('|'),
);

/** Owning the silence ("I'm sorry", "I may have got the timing wrong") is the P5 apology, not guilt. */
const OWNING = rx(
  "\\b(?:sorry(?! to (?:bother|pester|chase|nag|trouble))|apolog|my (?:fault|mistake|bad)|missed the mark|got (?:it|the timing|something|this) wrong|may have|might have|i realise|i realize|i suspect|i'd rather ask|on me)",
  'i',
);

/** Guilt for not replying: "I haven't heard back", "you must be busy", "I've tried several times". */
export const guiltTrip = defineRule({
  id: 'guilt-trip',
  category: 'pushy',
  weight: 20,
  principle: 'P2',
  explanation:
    'Reminding someone that they have not replied ("I haven\'t heard back", "you must be busy", "this is my third email") makes them feel guilty, not helped. Pressure makes prospects retreat behind silence. Leave the silence unmentioned and bring something useful instead.',
  message: 'Guilt for not replying.',
  triggers: ['heard', 'received', 'gotten', 'got', 'had', 'seen', 'reply', 'response', 'answer', 'word', 'busy', 'swamped', 'slammed', 'buried', 'overwhelmed', 'tried', 'attempted', 'trying', 'written', 'emailed', 'messaged', 'called', 'reached', 'followed', 'contacted', 'sent', 'left', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'umpteenth', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', 'nothing', 'waiting', 'replied', 'responded', 'answered', 'returned', 'acknowledged', 'why', 'surprised', 'disappointed', 'puzzled', 'frustrated', 'confused', 'ignoring', 'ignored', 'hanging', 'silence', 'ghosted', 'ghosting', 'quiet', 'dark', 'silent', 'cold', 'mia', 'opened', 'courtesy', 'least', 'even', 'long'],
  find(a) {
    const hits: Hit[] = [];
    RE.lastIndex = a.greetingEnd;
    let m: RegExpExecArray | null;
    while ((m = RE.exec(a.body)) !== null) {
      const s = sentenceAt(a, m.index);
      if (s && (OWNING.test(s.text) || OPT_OUT.test(s.text))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length });
    }
    return hits;
  },
});

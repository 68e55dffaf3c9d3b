import { BUMP_CUES } from '../cues/empty-bump';
import { rx } from '../lexicon';
import { optOutIn } from '../optout';
import { atSentenceStart } from '../casing';
import { cueStart, defineRule, type Hit } from '../rule';
import { gated, patternOf, scan } from '../gated';
import { sentenceAt } from '../analyse';
import { bragging } from './bragging';
import { featureListIn } from './feature-list';

/** Words that lead into a nudge, and the nudges ("floating" only in the detector). */
const LEAD =
  "(?:(?:just|quickly|i'm|i am|we're|we are|(?:i|we) wanted to|wanted to|(?:i|we)'d like to|i'm just|i am just|we're just|we are just|(?:i|we) thought (?:i|we)'d|thought (?:i|we)'d|quick|i'm now|we're now|again) )*";
const NUDGES =
  'following[- ]up|follow[- ]up|checking[- ]in|check[- ]in|checking back|circling (?:back|round|around)|circle back|touching base|touch base|looping back|bumping|bump|pinging|nudging|resurfacing|resurface|chasing';

const BUMP = gated('empty-bump', [
  [
    'following follow checking check circling circle touching touch looping bumping bump pinging nudging resurfacing resurface floating chasing',
    `\\b${LEAD}(?:${NUDGES}|floating)(?: (?:you )?again| back| up)?(?: (?:on|with|about|regarding|re|to see|here|this|it|the below|below|my|our|this one|that|in|up|back))*\\b`,
  ],
  [
    'per',
    '\\b(?:as )?per (?:my|our) (?:last|previous|earlier|prior|below|recent) (?:email|message|note|mail|voicemail)\\b',
  ],
  [
    'did',
    '\\bdid (?:you (?:get|see|receive|read|have a chance to (?:read|look|review|see)(?: at)?|get a chance to (?:read|look|review|see)(?: at)?)|(?:my|our) (?:last |previous |earlier )?(?:email|message|note|mail) (?:reach|get to|land with)) (?:(?:my|our) (?:last |previous |earlier |recent )?(?:email|message|note|mail|proposal|voicemail|inmail)s?|you)\\b',
  ],
  [
    'has have',
    '\\b(?:has|have) (?:my|our) (?:last |previous |earlier )?(?:email|message|note)s? (?:reached|gotten to|landed with) you\\b',
  ],
  [
    'case',
    '\\bin case (?:you missed (?:it|this|my|our)|it got buried|this got buried|it got lost|this got lost|it slipped|this slipped)\\b',
  ],
  ['inbox', '\\b(?:back )?to the top of your inbox\\b'],
  [
    'reminder nudge ping bump',
    '\\b(?:gentle|friendly|quick|polite|little) (?:reminder|nudge|ping|bump)\\b',
  ],
  [
    'update updates news movement progress word',
    '\\bany (?:update|updates|news|movement|progress|word)(?: (?:(?:on|at|from) )?your (?:end|side))?(?: on (?:this|that|(?:my|our) (?:last )?(?:email|note|message)|(?:the|your) (?:proposal|retainer|renewal|quote|contract|order|deal|agreement|offer|pitch|decision)))?(?=\\s*[?.!]|$)',
  ],
  // session 34 (dev 16): "any movement on your end regarding what we discussed a few weeks back?"
  [
    'update updates news movement progress word & discussed talked spoke covered',
    '\\bany (?:update|updates|news|movement|progress|word)(?: (?:on|at|from) your (?:end|side))? (?:on|about|regarding|re|around) what we (?:discussed|talked about|spoke about|covered)\\b',
  ],
  [
    'chance moment minute opportunity',
    '\\b(?:have|had|did) you (?:had|got|get|have) (?:a|an) (?:chance|moment|minute|opportunity) to (?:look|review|read|consider|think|go over|check|take a look)',
  ],
  ['sure', "\\b(?:i )?(?:just )?(?:wanted to )?make sure you (?:saw|got|received|didn't miss)\\b"],
  ['chance moment', '\\bhave you had a (?:chance|moment) to look\\b'],
  [
    'spam junk',
    '\\b(?:did|has) (?:this|it|(?:my|our) note|(?:my|our) email) (?:land|end up) in (?:spam|your spam|junk)\\b',
  ],
  ...BUMP_CUES,
]);
/** The cue patterns come last in BUMP: they yield to the phrase patterns above. */
const CUES_FROM = cueStart(BUMP, BUMP_CUES);
/** The reminder cue ("remind you of our earlier mail"), and the mail it names, to the sentence end. */
const REMINDER = patternOf(BUMP, 'reminder about my email');
const REMINDED =
  /\b(?:remind(?:ing)? you|reminder|relaunch(?:ing)? you) (?:of|regarding|about|concerning|on|re) ((?:our|my|the) [^?.!]+?)[.!]*$/i;

const VALUE = rx(
  "https?://|www\\.|\\b(?:here's|here is|here are|attached|i've attached|enclosed|link|article|report|guide|study|research|checklist|template|case study|numbers you|you asked for|you mentioned|you reported|you raised|you logged|you flagged|you requested|as promised|our call|our chat|our meeting|the demo|our conversation|your (?:[\\w-]+ ){0,2}?(?:questions?|enquiry|inquiry|enquiries|inquiries))\\b",
  'i',
);

/**
 * Session 30: a note to every customer about a topic ("checking in with all our clients about the
 * new opening hours: …"): news, not a nudge.
 * Session 28: a check on people who already bought ("We're just checking in on our new customers to
 * see how the first week went"): care, not a nudge about a sale.
 */
const CARE =
  /\bcheck(?:ing)? in (?:on|with) (?:(?:all )?(?:our|my) (?:new|newest|recent) (?:customers|clients|members|users|subscribers|patients|guests|tenants|students|residents)\b|all (?:of )?(?:our|my) (?:customers|clients|members|users|subscribers|patients|guests|tenants|students|residents) (?:about|regarding|on|re) (?!(?:the |your |our |this |my )?(?:last |previous |earlier |recent )?(?:proposal|quot(?:e|ation)|estimate|offer|renewal|decision|contract|upgrade|invoice|order|payment|email|message|note|next steps?|status|progress|update|where (?:things|we|you|it) (?:stand|stands|are|is))s?\b))(?![^.?!]*\b(?:proposal|quote|offer|renewal|decision|contract|upgrade)\b)/i;

/** A nudge and nothing more in its sentence: "Following up!", "Wanted to follow up." */
const BARE = rx(`^${LEAD}(?:${NUDGES})(?: (?:you )?again| back| up| here)*[.!…]*$`, 'i');

/** They asked to be reminded ("you asked me to give you a shout once the board had met"). */
const REQUESTED = rx(
  '\\byou asked (?:(?:me|us) )?to (?:give you a (?:shout|call|ring|nudge|bell)|follow up|check (?:back|in)|remind|get back|circle back|ping|reach out|chase)\\b',
  'i',
);

const PREFIXED = rx(
  "^(?:just|quickly|i'm|i am|we're|we are|(?:i|we) wanted|wanted|(?:i|we)'d like|(?:i|we) thought|thought|quick|again)\\b",
  'i',
);
const TAIL = rx(
  '\\b(?:again|my|our|this|it|below|this one|that)$|^(?:as )?per\\b|^did\\b|^(?:has|have|any|in case|gentle|friendly|quick|polite|little)\\b|inbox$|spam|junk|chance|make sure',
  'i',
);

const NEGATED = rx(
  "\\b(?:won't|will not|not|never|stop|no longer|n't|no more)\\s+(?:\\w+\\s+)?$",
  'i',
);
/**
 * "I wanted to follow up and tell you about..." is a pitch (sender-opener), not an empty bump;
 * "following up with something new: …" and "…because we've just released …" bring news.
 */
/**
 * "a friendly reminder of the timeline in your booking pack", "a quick reminder that HMRC's deadline
 * is 31 January" (session 27): a reminder of their thing, not of my mail.
 */
const REMINDER_WORD = /reminder$/i;
const OF_THEIR_THING =
  /^ that (?!(?:my|our|i|we|this|the (?:email|message|note|proposal|quote)|you (?:haven't|have not|didn't))\b)|^ (?:of|about|on|for|re) (?:the|your) (?!(?:[\w-]+ ){0,2}?(?:message|email|e-?mail|mail|note|msg|proposal|quote|offer|deck|invite|invitation|contract|below|previous|last|earlier|request|question|thread|idea|call|chat|conversation|voicemail|inmail|letter)s?\b)/i;
const ADDS =
  /^\s*(?:(?:and|to) (?:tell|share|send|introduce|let you know|show|give|offer)\b|(?:with )?(?:something (?:new|useful|you)|news\b|(?:a bit |a little |some )?more (?:detail|details|info|information|on|about)\b(?! (?:this|that|it|my|our|the (?:below|above))\b)|an? (?:new|quick|short|useful) (?:idea|update|finding|resource|guide|report|result)s?\b)|because (?:we|i)(?:['’]ve| have)? just (?:released|launched|added|published|shipped)\b)/i;

/** The nudge at the head of a bump sentence, up to the thing it is about. */
const NUDGE = rx(
  `^${LEAD}(?:(?:${NUDGES})(?: (?:you )?again| back| up)*|(?:have|had|did) you (?:had|got|get|have) a (?:chance|moment|minute) to (?:look|review|read|consider|think|go over|check)|did you (?:get|see|receive|read)|any (?:update|updates|news|movement|progress|word)|(?:gentle|friendly|quick|polite|little) (?:reminder|nudge|ping|bump)|writing (?:to you )?(?:again )?(?:further to|regarding|about|concerning)|further to|return(?:ing)? to|re-?sending|make sure (?:that )?you (?:saw|got|received|(?:had|'d) (?:seen|received)))(?: (?:on|about|regarding|re|with|at|over|through|in|for|of))? `,
  'i',
);
const IN_CASE = /^in case\b/i;
const MORE_TO_SAY =
  /^[^.?!]*?[,;:—–]\s*(?:and |but |so )?(?:i|we|you|your|our|the|this|it|there|here|attached)\b/i;
/**
 * What follows is only an excuse for the nudge, no news: "…didn't slip through the cracks; I know
 * how full inboxes get at this time of year" (session 34, dev 16).
 */
const JUST_EXCUSE =
  /^[^.?!]*?[,;:—–]\s*(?:and |but |as )?(?:i|we) (?:know|understand|appreciate|realise|realize|can imagine|imagine|get) (?:how |that |you(?:'re| are) )?(?:full|busy|hectic|swamped|slammed|crazy|inboxes|things (?:get|are|can get)|it (?:gets|can get)|this time of year)\b[^.?!,;]*[.?!…]*$/i;
/** "Did my note from the 3rd get buried?": the note it names. */
const BURIED =
  /^(?:did|has|have) ((?:my|our|the) [^?.!]+?) (?:get |got )?(?:buried|lost|vanish\w*|slip\w*)\b[^?.!]*[?.!]*$/i;
/** "to see if you had a chance to look at my proposal": the proposal is the thing. */
const SEE_IF =
  /^to (?:see|check|find out|ask) (?:if|whether) (?:you(?:'ve| have)? )?(?:had|got|have had|found) (?:a |the )?(?:chance|moment|minute|time) to (?:look at|look over|read|review|go through|check out|consider|think about) /i;
/** "once more on the quote", "the quote, again": the repeat is not the thing. */
const ONCE_MORE =
  /^(?:once more|once again|one more time|again)(?: (?:on|about|regarding|re|with|for))?(?:\s+|$)/i;
const AGAIN_END = /,?\s*(?:again|once more|once again|one more time)$/i;
/**
 * "because" and a clause with its own subject ("because of you" has none). Not "since": "since my
 * last email" is a time.
 */
const REASON =
  /^because ((?:i|we|you|it|this|that|these|the|there|they|our|your|my|he|she)\b[^.?!]*)$/i;
/** A reason that is itself about the silence or the nudge ("because I haven't heard back"). */
const SILENCE_REASON =
  /\b(?:hear|heard|reply|replied|response|responded|answer|answered|follow(?:ing)? up|check(?:ing)? in|make sure|touch base|remind|reach(?:ed)? out|get back|got back)\b/i;
const PURPOSE = /\bto (?:see|check|ask|find out|hear|make sure|learn)\b/i;
const CLAUSE = /^(?:to|if|whether|and|but|so|that|because|as|since|in case)\b/i;
/** "checking in with all my clients", "following up with everyone": who the nudge goes to. */
const WITH_PEOPLE =
  /^(?:(?:all|each|both|some|several|a few|a couple)(?: of)? )?(?:(?:my|our|your|the|these|those) )?(?:\w+ )?(?:clients|customers|contacts|accounts|partners|team|teams|colleagues|people|folks|friends|members|subscribers|attendees|users|buyers|prospects|leads|suppliers|everyone|everybody|you(?: all)?|all of you|them|y'all)\b/i;
const MOVED = /^(?:this|it|that) (?:up|back|along|to the top|onto|into|on to)\b/i;
/** Things too vague to name in "No rush on …". */
const VAGUE = rx(
  '^(?:(?:it|this|that|this one|these|those|below|the below|here|you|up|again|back)(?: (?:up|again|back))?(?: (?:back )?to the top of your inbox)?|(?:my|our) (?:(?:last|previous|earlier|prior|recent) )?(?:e-?mail|message|note|mail|voicemail)s?)$',
  'i',
);

/**
 * "Circling back on my note from March 3." -> "No rush on my note from March 3.": when the bump
 * names something, say it without the pressure. (The rewrite deletes the bump instead when the
 * sentence holds no name, number, date or link.)
 */
function noRush(h: Hit, fromHit: string, sentenceEnd: number): void {
  const head = NUDGE.exec(fromHit);
  if (!head) return;
  const thing = fromHit
    .slice(head[0].length)
    .replace(/[\s.!?…]+$/, '')
    .replace(SEE_IF, '')
    .replace(ONCE_MORE, '')
    .replace(AGAIN_END, '');
  // "No rush on all my clients" says nothing, and a note to everyone is no bump to reword
  // ("checking in with all our clients about the new opening hours")
  if (/\bwith $/i.test(head[0]) && WITH_PEOPLE.test(thing)) return;
  // "Following up because the pilot starts in March." -> "The pilot starts in March.": the
  // reason is the message; the nudge in front of it goes
  const reason = REASON.exec(thing);
  if (reason && !SILENCE_REASON.test(reason[1]!)) {
    h.end = sentenceEnd;
    // a capital only where the nudge had one ("Hi Sam, following up because …" stays lower case)
    const first = reason[1]!.charAt(0);
    const upper = fromHit.charAt(0) !== fromHit.charAt(0).toLowerCase();
    h.replacement = `${upper ? first.toUpperCase() : first}${reason[1]!.slice(1)}.`;
    return;
  }
  // "…to see if you…", "…and wanted to ask…": no thing named, a clause follows
  // ("bumping this up for {{company}}": the nudge goes on past "this"; session 31)
  if (thing.length === 0 || VAGUE.test(thing) || CLAUSE.test(thing) || MOVED.test(thing)) return;
  // "checking in on our new customers to see how the first week went": a purpose, not a thing
  if (PURPOSE.test(thing)) return;
  h.end = sentenceEnd;
  h.replacement = `No rush on ${thing}.`;
}

/** Empty bumps: "just checking in", "bumping this", "per my last email". */
export const emptyBump = defineRule({
  id: 'empty-bump',
  category: 'pushy',
  weight: 15,
  principle: 'P2',
  explanation:
    'A follow-up whose only content is "just checking in", "bumping this" or "did you get my email" pushes for the sale without giving anything. Pressure makes prospects retreat behind silence; send something useful instead.',
  message: 'Empty bump: a nudge with nothing new for the reader.',
  patterns: BUMP,
  find(a) {
    const hits: Hit[] = [];
    const seen = new Set<number>();
    scan(a, BUMP, (m, k) => {
      const s = sentenceAt(a, m.index);
      if (!s || seen.has(s.start)) return;
      if (VALUE.test(s.text) || CARE.test(s.text)) return;
      // "This is my last email; I won't keep following up.": a way out, not a nudge
      if (optOutIn(a, s)) return;
      if (NEGATED.test(a.body.slice(Math.max(s.start, m.index - 16), m.index))) return;
      const after = a.body.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (ADDS.test(after) || (REMINDER_WORD.test(m[0]) && OF_THEIR_THING.test(after))) return;
      const cue = k >= CUES_FROM; // a cue may sit anywhere in its sentence
      // "Further to my last email, I must advise that…": an opening to news, not a bump
      const rest = a.body.slice(m.index + m[0].length, s.end);
      if (cue && MORE_TO_SAY.test(rest) && !JUST_EXCUSE.test(rest)) return;
      if (!cue && !PREFIXED.test(m[0]) && !atSentenceStart(a, m.index) && !TAIL.test(m[0])) return;
      seen.add(s.start);
      let end = m.index + m[0].length;
      while (end > m.index && a.body[end - 1] === ' ') end--;
      const h: Hit = { start: m.index, end };
      // ("…, so I'm resurfacing it here." is no sentence to reword from the middle)
      if (!cue && m.index === s.start) noRush(h, s.text, s.end);
      else {
        // a cue inside the sentence: reword from the sentence start when the nudge leads it
        const lead = NUDGE.exec(s.text);
        const buried = BURIED.exec(s.text);
        if (lead && lead[0].length >= m.index - s.start) {
          h.start = s.start;
          noRush(h, s.text, s.end);
          if (h.replacement === undefined) h.start = m.index;
        } else if (buried && !VAGUE.test(buried[1]!)) {
          // "Did my note from the 3rd get buried?" -> "No rush on my note from the 3rd."
          h.start = s.start;
          h.end = s.end;
          h.replacement = `No rush on ${buried[1]}.`;
        }
      }
      // "This is the fourth reminder regarding my mail dated 2nd." -> "No rush on my mail dated 2nd."
      if (k === REMINDER) {
        const named = REMINDED.exec(s.text);
        if (named && !VAGUE.test(named[1]!)) {
          h.start = s.start;
          h.end = s.end;
          h.replacement = `No rush on ${named[1]!}.`;
        }
      }
      // "Resending the quote in case it got buried." -> "Resending the quote."
      if (IN_CASE.test(m[0]) && m.index > s.start) h.replacement = '';
      hits.push(h);
    });
    // they asked to be followed up (read in the whole draft, so only once something was found)
    if (hits.length > 0 && REQUESTED.test(a.body)) return [];
    // (session 32, self-centred set 1) "Following up with more on Stackr WMS. Key features: …":
    // a draft that pitches is not empty; its feature list or boast is the finding to explain
    // ("Following up! We're the #1 agency…": one bare nudge before a boast; but "have you had a
    // chance to look at the results?!? They are GAME-CHANGING" still asks about the earlier mail,
    // and "Just checking in. We are the best. Just checking in again." nudges twice)
    if (
      hits.length === 1 &&
      (featureListIn(a) !== null ||
        (BARE.test(sentenceAt(a, hits[0]!.start)?.text ?? '') &&
          bragging.check(a.text, a).length > 0))
    )
      return [];
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});

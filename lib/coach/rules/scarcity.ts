import { SCARCITY_CUES } from '../cues/scarcity';
import { rx } from '../lexicon';
import { caseAt } from '../casing';
import { cueStart, defineRule, overlapsHit, type Hit } from '../rule';
import { eachMatch, gated, needing, patternOf, scan } from '../gated';
import { sentenceAt, sentenceIndexAt } from '../analyse';
import type { Analysis } from '../types';

// regexes used inside functions, compiled once at module load
const R1 = /\b(?:left|remaining|available|more)\b/i;
const R2 = /\s+more\b/i;

const N = '(?:\\d+|one|two|three|four|five|a (?:few|couple|handful)(?: of)?)';
const UNIT =
  '(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|units?|spaces?|tickets?|positions?|partners?|clients?|customers?|companies|teams?|days?|hours?|invites?|invitations?|booths?|tables?|passes)';
/** Up to two describing words between the number and the unit: "2 onboarding slots". */
const DESCRIBED = '(?:[a-z-]+ ){0,2}?';
const ONLY_N = needing(
  rx(
    `\\b(only|just) (${N} (?:more )?${DESCRIBED}${UNIT})( (?:left|remaining|available|are left|remain|still open))?\\b`,
  ),
);
const RE = gated('scarcity', [
  ['room space capacity', `\\b(?:room|space|capacity) for (?:just |only )?${N} (?:more )?${UNIT}`],
  [
    'left remaining remain',
    `\\b${N} (?:more )?${DESCRIBED}${UNIT} (?:left|remaining|remain)\\b(?! open\\b)`,
  ],
  [
    'filling going selling running almost nearly limited',
    "\\b(?:(?:spots?|seats?|slots?|places?|spaces|space|calendar|cohort|program(?:me)?)(?: (?:for|in) (?:the |our |this |next |that )?[\\w'’-]+(?: (?!(?:is|are)\\b)[\\w'’-]+)?)?|availability|inventory|stock|capacity) (?:is |are )?(?:filling up|going fast|going quickly|selling out|running out|running low|almost (?:gone|full)|nearly (?:gone|full)|(?:very )?limited(?! to\\b))(?: fast| quickly)?\\b",
  ],
  [
    'almost nearly',
    // (session 29, dev 14: "They're nearly all taken")
    '\\b(?:almost|nearly) (?:sold out|full|gone|booked(?: up)?|spoken for)\\b',
  ],
  // (session 29, dev 14: "They're nearly all taken"; not "the headshots are nearly all taken")
  [
    'taken claimed snapped spoken booked gone',
    "\\b(?:they(?:'re| are)|(?:slots|places|spots|dates|seats|tickets|sessions|rooms|tables|stands|booths|pitches|spaces|appointments|bookings|tours)(?: are| have been)?) (?:now |already )?(?:almost|nearly) all (?:taken|claimed|snapped up|spoken for|booked|gone)\\b|\\b(?:almost|nearly) all (?:the |our |of (?:the|our) )?(?:slots|places|spots|dates|seats|tickets|sessions|rooms|tables|stands|booths|pitches|spaces|appointments) (?:are|have been) (?:taken|claimed|snapped up|booked|gone)\\b",
  ],
  ['selling', '\\bselling (?:out|fast)\\b'],
  ['fast quickly', '\\bgoing (?:fast|quickly)\\b'],
  ['last', '\\bwhile (?:supplies|stocks?|spots|seats|places|they) last\\b'],
  ['first', '\\bfirst[- ]come,? first[- ]served\\b'],
  ['demand', '\\b(?:in )?(?:high|huge|heavy) demand\\b'],
  [
    'limited',
    '\\blimited (?:spots|seats|slots|places|availability|capacity|spaces|number of|supply)\\b',
  ],
  [
    'last final',
    '\\b(?:last|final) (?:few )?(?:spots?|seats?|slots?|places?|openings?)\\b|\\b(?:last|final) (?!time\\b|parking\\b|car\\b)[\\w-]+ (?:spots?|seats?|slots?|places?|openings?)\\b(?= (?:this|next) (?:week|month|quarter|season|year|term|cohort|intake)\\b| (?:left|remaining|available|going)\\b|\\s*!|\\s*$)',
  ],
  ['left remaining', '\\b(?:only|just) (?:a )?(?:handful|few) (?:left|remaining)\\b'],
  [
    'disappearing vanishing flying',
    '\\b(?:disappearing|vanishing|flying) (?:quickly|fast|out the door)\\b',
  ],
  [
    'down',
    "\\b(?:(?:we're|we are|i'm|i am) )?down to (?:the |our )?(?:last|final) (?:few|couple|handful|\\d+|two|three)\\b",
  ],
  ['open available offered', "\\bwon't (?:open|be (?:available|open|offered)) again\\b"],
  ['rare lifetime', '\\b(?:rare|once-in-a-lifetime|one-off) (?:opportunity|chance)\\b'],
  ['gone', "\\b(?:once|before) (?:they're|they are|it's|it is|they) (?:all )?gone\\b"],
  ...SCARCITY_CUES,
]);
/** The cue patterns come last in RE: they yield to the phrase patterns above. */
const CUES_FROM = cueStart(RE, SCARCITY_CUES);

/** Indexes of the patterns in RE that have a calm rewording. */
const LIMITED = patternOf(RE, 'limited spots');
const LAST_FEW = patternOf(RE, 'last spots');
const DOWN_TO = patternOf(RE, 'down to the last few');
const GONE = patternOf(RE, "before they're gone");
/** "We're down to the last few booth spaces" -> "We have a few booth spaces". */
const DOWN_WHO = /^(?:(we)(?:['’]re| are)|(i)(?:['’]m| am)) /i;
const HOW_MANY = /(few|couple|handful|\d+|two|three)$/i;
const THE = /\bthe $/i;
/** Index of the "going fast" pattern in RE, and the pronoun it says it of. */
const GOING_FAST = patternOf(RE, 'going fast');
const PRONOUN_BEFORE = /\b(?:they|these|those|it)(?:['’]re|['’]s| are| is)\s+$/i;
/** After "They're going fast": the end of the sentence, or a colon before a link. */
const FAST_END = /^[.!]*\s*$/;
const TO_LINK = /^\s*[:—–-]\s*(?:https?:\/\/|www\.)/;
/** The cue "only one rig left", and what it counts. */
const FEW_LEFT = patternOf(RE, 'only one rig left');
const ONLY_COUNT =
  /^(?:only|just) ((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:[\w-]+ ){0,3}?)(?:left|remain|remaining)$/i;
const SNAPPED_UP = /^snapped up$/i;
/** A race against other buyers tacked onto an offer: "before someone else grabs it", "before they go". */
const BEFORE_ELSE =
  /^before (?:(?:someone|somebody|anyone|another \w+) (?:else )?\w+(?: up)? (?:it|them|one)|(?:they|it)(?:['’]re|['’]s| are| is)? (?:all )?(?:go|goes|gone))$/i;
/** "Availability on the 500-unit tier is limited" -> "The 500-unit tier is available". */
const AVAILABILITY_ON = /^availability (?:on|for|of) (.+?) is (?:limited|tight)$/i;
/** Index of the "spots are filling up" pattern in RE. */
const FILLING = patternOf(RE, 'spots are filling up');
/** Index of the "2 slots left" pattern in RE, and its last word. */
const LEFT = patternOf(RE, '2 slots left');
const LEFT_WORD = / (?:left|remaining|remain)$/;
const OPEN_PLACE = /\b(?:spots?|seats?|slots?|places?|spaces?|positions?|tables?|booths?) \w+$/i;
/** Things that can be "still open": places (plural, group 2) or a programme. */
const STILL_OPEN =
  /^((?:spot|seat|slot|place|space)(s)?|calendar|cohort|program(?:me)?)((?: (?:for|in) (?:the |our |this |next |that )?[\w'’-]+(?: (?!(?:is|are)\b)[\w'’-]+)?)?)(?= (?:is|are|going|filling|selling|running|almost|nearly|limited|very)\b)/i;

const VERB = /^ (is|are)\b/i;

/** Room for more, told as a count ("room for two more clinics", "take on two more"). */
const CAPACITY = /^(?:room|space|capacity|take|fit|squeeze)\b/i;
const ONLY = /\b(?:only|just)\b/i;
/**
 * Said with no pressure: "in case that's useful", "No pressure either way"; (session 16) "if a
 * fresh look would help your planning", "No obligation at all", "or to leave it until next year".
 */
const CALM =
  /\b(?:no (?:rush|pressure|worries|obligation)|in case (?:that's|that’s|it's|it’s|it is|that is) (?:useful|helpful|of interest)|if (?:that's|that’s|it's|it’s|it is) (?:useful|helpful)|if it helps|either way|if (?:[\w'’-]+ ){1,8}?(?:would help|helps|suits|works for)|(?:or|happy) to leave it (?:until|till|for))\b/i;

/**
 * "We have room for two more clinics in the pilot, in case that's useful. No pressure either
 * way.": spare capacity offered calmly, in the sentence or the next, is information, not pressure.
 */
function calmCapacity(a: Analysis, start: number, match: string): boolean {
  if (!CAPACITY.test(match)) return false;
  const i = sentenceIndexAt(a, start);
  if (i < 0) return false;
  const text = a.sentences[i]!.text;
  if (ONLY.test(text)) return false;
  // (session 32, self-centred set 2) "my goal for next year is to take on two more clients": our
  // plan, not their last chance
  if (OUR_GOAL.test(text)) return true;
  const next = a.sentences[i + 1];
  return CALM.test(text) || (next !== undefined && CALM.test(next.text));
}

/** Our own aim to grow, said before the count ("I'm hoping we'll be able to take on a few more"). */
const OUR_GOAL =
  /\b(?:(?:my|our) (?:goal|hope|plan|aim|ambition)|(?:i|we)(?:['’]m| am|['’]re| are) (?:hoping|planning|aiming)|hoping (?:we|i)(?:['’]ll| will))\b[^.!?]{0,50}\b(?:take on|fit in|room for)\b(?![^.!?]*\b(?:then|after that|before|booked|closes?|doors|price)\b)/i;

/** The reader asked how many are left: the count answers them. */
const ANSWERED =
  /\b(?:thanks for asking|thank you for asking|you asked (?:about|whether|if|how many)|to answer your question|in answer to your question)\b/i;
/** ...and the decision is left to them, in a sentence of its own (not "No pressure, but only 2 left"). */
const NO_NEED =
  /\b(?:no need to (?:decide|commit|rush|choose)|no rush|no pressure|no obligation)\b/i;
const COUNTDOWN = /\b(?:only|just|left|last|few|remaining|going|fast|gone)\b/i;

/** "Thanks for asking. … there are 5 places left. There's no need to decide now.": information. */
function answeredCalmly(a: Analysis): boolean {
  if (!ANSWERED.test(a.body)) return false;
  return a.sentences.some((s) => NO_NEED.test(s.text) && !COUNTDOWN.test(s.text));
}

/**
 * "They're going fast." goes (a remark with nothing to keep); "They're going fast: <link>" ->
 * "Here are the details: <link>". Other sentences keep the finding without a rewording.
 */
function goingFast(a: Analysis, h: Hit): void {
  const sentence = sentenceAt(a, h.start);
  if (!sentence) return;
  const subject = PRONOUN_BEFORE.exec(a.body.slice(sentence.start, h.start));
  if (!subject || subject.index !== 0) return;
  const rest = a.body.slice(h.end, sentence.end);
  if (FAST_END.test(rest)) {
    h.start = sentence.start;
    h.end = sentence.end;
    h.replacement = '';
  } else if (TO_LINK.test(rest)) {
    h.start = sentence.start;
    h.replacement = 'Here are the details';
  }
}

/**
 * A limit kept on purpose, with its reason: "seats are limited to 20 so the session stays
 * hands-on", "to keep the group small". It explains the format; it pushes no one.
 */
const BY_DESIGN =
  /^(?:\s+[\w-]+){0,3}?,?\s*(?:so (?:that )?(?:(?:the (?:session|group|class|workshop|course|day|room|tour|tasting)s?|it) (?:stays|is kept|remains|can stay|can be) (?:small|hands-on|personal|focused|intimate|manageable|interactive)|(?:everyone|each (?:person|team|attendee|participant|guest)|every (?:attendee|participant|guest)) (?:gets|has|can)|we can (?:give|keep|spend))|to keep (?:it|the (?:session|group|class|workshop|tour|tasting)|things|numbers) (?:small|hands-on|personal|focused|intimate|manageable|interactive))\b(?![^.?!]*\b(?:fast|fill|fills|filling|hurry|now|today|quick|quickly|soon|before|gone)\b)/i;

/** "Only 2 spots left", "filling up fast": scarcity pressure. */
export const scarcity = defineRule({
  id: 'scarcity',
  category: 'pushy',
  weight: 20,
  principle: 'P1',
  explanation:
    '"Only 2 spots left" and "filling up fast" manufacture scarcity to force a decision. It is a pressure tactic; say what is available plainly, or leave it out.',
  message: 'Scarcity pressure.',
  triggers: ['only', 'just'],
  patterns: RE,
  find(a) {
    const hits: Hit[] = [];
    const taken: number[] = [];
    eachMatch(
      ONLY_N,
      a,
      (m) => {
        if (!m[3] && !R1.test(m[2]!)) return;
        // "only two booths remain" -> "two booths remain open"; "left" -> "open"
        const tail = !m[3] ? '' : m[3] === ' remain' ? ' remain open' : ' open';
        const core = m[2]!.replace(R2, ' more');
        hits.push({ start: m.index, end: m.index + m[0].length, replacement: core + tail });
        taken.push(m.index, m.index + m[0].length);
      },
      'scarcity',
    );
    scan(a, RE, (m, k) => {
      const s = m.index;
      if (k >= CUES_FROM && overlapsHit(hits, s, s + m[0].length)) return;
      let overlap = false;
      for (let i = 0; i < taken.length; i += 2)
        if (s < taken[i + 1]! && s + m[0].length > taken[i]!) overlap = true;
      if (overlap || calmCapacity(a, s, m[0])) return;
      if (BY_DESIGN.test(a.body.slice(s + m[0].length, s + m[0].length + 80))) return;
      const h: Hit = { start: s, end: s + m[0].length };
      if (k === LEFT) {
        // "2 onboarding slots left" -> "2 onboarding slots open": the number, without the countdown
        // ("12 units left" -> "12 units available": only places are "open")
        h.replacement = m[0].replace(LEFT_WORD, OPEN_PLACE.test(m[0]) ? ' open' : ' available');
      } else if (k === LIMITED) {
        // "a limited number of licences" -> "a number of licences"
        h.replacement = m[0].slice('limited '.length);
      } else if (k === GONE) {
        // "Want one before they're all gone?" -> "Want one?"
        h.replacement = '';
      } else if (k === LAST_FEW) {
        // "Shall I hold the final place?" -> "Shall I hold a place?"
        const before = a.body.slice(Math.max(0, s - 4), s);
        const rest = m[0].slice(m[0].indexOf(' ') + 1);
        if (THE.test(before)) {
          h.start = s - 4;
          h.replacement = rest.startsWith('few ')
            ? `a ${rest}`
            : rest.endsWith('s')
              ? `the ${rest}`
              : `a ${rest}`;
          h.replacement = caseAt(a, h.start, before, h.replacement);
        }
      } else if (k === DOWN_TO) {
        // "We're down to the last few booth spaces" -> "We have a few booth spaces"
        const who = DOWN_WHO.exec(m[0]);
        const n = HOW_MANY.exec(m[0])![1]!;
        if (who)
          h.replacement = caseAt(
            a,
            s,
            m[0],
            `${who[1] ?? who[2]} have ${/^\d|two|three/i.test(n) ? n : `a ${n}`}`,
          );
      } else if (k === GOING_FAST) {
        goingFast(a, h);
      } else if (k === FEW_LEFT) {
        // "Only one line-array rig left" -> "One line-array rig available": the count, not the countdown
        const few = ONLY_COUNT.exec(m[0]);
        if (few) h.replacement = caseAt(a, s, m[0], `${few[1]!}available`);
      } else if (k >= CUES_FROM) {
        const avail = AVAILABILITY_ON.exec(m[0]);
        if (avail) h.replacement = caseAt(a, s, m[0], `${avail[1]!} is available`);
        // "3 got snapped up this week" -> "3 got booked this week": the fact, without the rush
        else if (SNAPPED_UP.test(m[0])) h.replacement = 'booked';
        // "Shall I hold one for you before someone else takes it?" -> "Shall I hold one for you?"
        else if (BEFORE_ELSE.test(m[0]) && a.body[s - 1] === ' ') {
          // "hold it for you, before they go." -> "hold it for you.": the comma goes with it
          h.start = a.body[s - 2] === ',' ? s - 2 : s - 1;
          h.replacement = '';
        }
      } else if (k === FILLING) {
        // "The March cohort is almost full" -> "The March cohort is still open": the fact, calmly
        const open = STILL_OPEN.exec(m[0]);
        // the verb the draft used, else by the noun ("Slots going fast" -> "Slots are still open")
        const verb =
          open && (VERB.exec(m[0].slice(open[0].length))?.[1] ?? (open[2] ? 'are' : 'is'));
        if (open) h.replacement = `${open[1]}${open[3]} ${verb} still open`;
      }
      hits.push(h);
    });
    // asked only when something was found (it reads the whole draft)
    if (hits.length > 0 && answeredCalmly(a)) return [];
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});

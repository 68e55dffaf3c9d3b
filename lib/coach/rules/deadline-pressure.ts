import { deadlinesOf, DEADLINES } from '../deadline';
import { CONSEQUENCE, rx } from '../lexicon';
import { gracefulPart, optOutIn } from '../optout';
import { protectedTokens } from '../protect';
import { caseAt } from '../casing';
import { IF_YOU, OTHERS_SILENCE, whoActs } from '../silence-offer';
import { defineRule, type Hit } from '../rule';

// regexes used inside functions, compiled once at module load
const R1 = /[.!?…]/;
const R2 = /^[\s,;:—–-]*(?:and )?(?:or|otherwise|or else|after that|after which|then)\b/i;

const CONSEQUENCE_RE = rx(CONSEQUENCE);
const IF_NOT = rx(
  "\\b(?:if (?:you|we|i) (?:don't|do not|can't|cannot|haven't|have not|fail to|miss|aren't|are not)|if (?:i|we) (?:don't|do not) (?:hear|get|receive)|unless (?:you|i|we)|(?:^|, )without (?:the|a|an|your|any) (?![^,.;]{0,40}?(?:['’]s\\b|\\bfrom\\b))[^,.;]{1,40}? (?:by|before|until)\\b)",
  'i',
);
const THREAT_START = rx(
  // ("Otherwise, good luck with the meeting." wishes them well; it threatens nothing)
  "^(?:otherwise|or else|failing that|if not,|if you (?:don't|can't|miss)|after that,? (?:the|your|we|it))\\b(?!,? (?:good luck|best of luck|all the best|enjoy|have a (?:good|great|lovely|nice)|i hope|hope|no worries|no need|talk soon|speak soon))",
  'i',
);
const CLAUSE_LEAD = /[\s,;:—–-]*$/;
/**
 * (session 35, dev 19) What follows the date, said as reassurance: "After that the usual fee
 * applies, which is still fine if the timing's better for you later", "After that we'd simply
 * re-check it for you". Information, not a threat.
 */
const REASSURED = rx(
  "\\b(?:(?:which is|that's|that is|it's) (?:still |completely |totally |perfectly )?fine (?:for you|if (?:the timing|you|that)|by (?:us|me))|we(?:'d| would) (?:simply|just|happily|gladly) (?:re-?check|re-?quote|review|look again)|(?:happy|glad) to re-?(?:quote|check))\\b",
  'i',
);
/** …unless the sentence gives their thing away all the same ("goes to the next family"). */
const GIVEN_AWAY =
  /\b(?:give|gives|given|release|released|goes to|go to|pass(?:es|ed)?|someone else|the next)\b/i;
/** Session 17: "If you don't have …" is about their situation, a threat only with a consequence. */
const STATE_IF = rx(
  "^if you (?:don't|can't|do not|cannot) (?:have|need|mind|agree|think|like|know|feel|see a fit)\\b",
  'i',
);
/** "…, we'll release the room": what we will take away, whatever the thing is called. */
const WE_TAKE = rx(
  "\\b(?:we|i)(?:'ll| will| have to| must| need to) (?:release|cancel|drop|withdraw|close|give away|pull|reassign|charge|void)\\b",
  'i',
);
/** "the 20% discount goes away": the thing the threat takes away, to keep it as information. */
const LOST_THING =
  /\b((?:the|your|our|this|that)\s+(?:[^,.;!?]|[.,](?=\d)){1,60}?)\s+(?:goes away|(?:(?:will|would|may|might|could) )?go away|are gone|is gone|will be gone|(?:will )?(?:expire|end|disappear|lapse)s?|is lost|will be lost|is withdrawn|will be withdrawn|(?:is|will be) (?:off the table|pulled)|(?:will )?no longer be (?:honou?red|valid|available|offered|on offer|guaranteed))\b/i;

/** "or the price goes up 10%": a rise with its amount, to keep as information. */
const PRICE_RISE =
  /\b(?:the|your|our) (price|rate|fee|cost|premium|subscription)s? (?:goes up|will go up|is going up|rises|will rise|increases|will increase|jumps|will jump)(?: by)? (\d+(?:\.\d+)?%|[$£€]\d[\d,.]*k?)/i;
/** "If you don't sign up before then it's full price, $299/mo": a price after a date. */
const PRICE_AFTER =
  /^if you (?:don't|do not|haven't|have not) [^,.;!?]{1,50}? ((?:before|by) (?:then|(?:the )?[\w ]{1,20}?)),? (it's|it is|it'll be|it will be|the price is|you'll pay|you will pay) ([^.!?]+)[.!?]*$/i;
const BEFORE_BY = /^(?:before|by) /i;
/** "If I don't hear back by …": a condition on the reader's silence. */
const NO_WORD = rx("^if (?:i|we) (?:don't|do not) (?:hear|get|receive)\\b", 'i');
/** The same condition in other words: "Unless I receive a response by …", "Absent a reply by …". */
const SILENT_IF = rx(
  "^(?:if (?:i|we) (?:haven't|have not) (?:heard|received)|unless (?:i|we) (?:hear|receive|get)|unless you (?:reply|respond|tell me|let me know|get back|write)|if (?:there is |there's )?no (?:answer|reply|response)|absent (?:a|any) (?:reply|response|answer)|in the absence of (?:a|any) (?:reply|response|answer|objection))\\b",
  'i',
);
const UNTIL = /^(?:until|till)\b/i;
/** Where the noun phrase's head ends: "rooms" in "the 12 rooms we are holding". */
const HEAD_END = /\s+(?:of|on|for|at|with|we|i|you|that|which|who|in)\s+/i;
const BY = /^(?:by|before|until|till|no later than)\s+/i;
/** "I will withdraw our offer of £14,500": what a threat takes away, in the active voice. */
const TAKE_AWAY =
  /\b(?:withdraw|pull|cancel|rescind|retract|revoke|release|scrap|drop|lose|forfeit)\s+((?:the|your|our|this|that)\s+(?:[^,.;!?]|[.,](?=\d)){1,60}?)(?=\s*(?:[,.](?!\d)|[;!?]|$)|\s(?:and|from|to|if|unless|after|on|for)\b)/i;

/** "we will not reissue it at the same premium ($9,310)": what will not be offered again. */
const NOT_AGAIN =
  /\b(?:won['’]t|will not|can['’]t|cannot) (?:reissue|re-issue|honou?r|renew|hold|extend|keep|guarantee|offer)(?: (?:it|this|that|them))?(?: (?:at|for))? ((?:the same|this|that|our|your|the)\s+(?:[^,.;!?]|[.,](?=\d)){1,60}?)(?=\s*(?:[,.](?!\d)|[;!?]|$)|\s(?:and|from|to|if|unless|after|on|for)\b)/i;
const THE_SAME = /^the same /i;

const WITHIN = /^within\s+/i;
/** "the 12 rooms we are holding", "the 3 free months": a plural head noun. */
const isPlural = (thing: string): boolean => /[^s]s$/i.test(thing.split(HEAD_END)[0]!);
/** "Should we not receive the signed copy by …": a condition on silence, when a threat follows. */
const SHOULD_NOT = /^should (?:i|we) not (?:hear|receive|get)\b/i;
/**
 * Session 22: "If we don't get the parcel by Friday, please tell me.": after the condition, a
 * request to the reader, not a threat (a threat is still caught by its consequence).
 */
const ASKS_THEM =
  /^[\s,;:—–-]*(?:then )?(?:please\b|(?:just |do )?(?:let (?:me|us) know|tell (?:me|us)|give (?:me|us) a (?:call|shout|ring)|drop (?:me|us) a (?:line|note)|ping (?:me|us)|call (?:me|us)|ring (?:me|us))\b)/i;

/**
 * A loss that names a number or a name ("…by 30 April, I will withdraw our offer of £14,500"),
 * as the date it holds until: "Our offer of £14,500 holds until 30 April." The threat goes, the
 * figure and the date stay. Null when the threat takes away nothing that a rewrite must keep.
 */
function holdsUntil(threat: string, when: string): string | null {
  const lost = LOST_THING.exec(threat) ?? TAKE_AWAY.exec(threat) ?? NOT_AGAIN.exec(threat);
  if (!lost || protectedTokens(lost[1]!).length === 0) return null;
  // "the same premium ($9,310)" -> "this premium ($9,310)"
  const thing = lost[1]!.replace(THE_SAME, 'this ');
  const plural = isPlural(thing);
  // "by 30 April" -> "until 30 April"; "within 48 hours" -> "for 48 hours"; anything else: none
  const until = BY.test(when)
    ? `until ${when.replace(BY, '')}`
    : WITHIN.test(when)
      ? `for ${when.replace(WITHIN, '')}`
      : null;
  if (!until) return null;
  // in lower case: the caller gives it a capital where the sentence needs one
  return `${thing[0]!.toLowerCase()}${thing.slice(1)} ${plural ? 'hold' : 'holds'} ${until}.`;
}

/** Deadline plus a consequence in one sentence: "by Friday, or we release your slot". */
export const deadlinePressure = defineRule({
  id: 'deadline-pressure',
  category: 'pushy',
  weight: 25,
  principle: 'P1',
  explanation:
    'A deadline with a threat attached ("by Friday or we lose your slot") is false urgency, a manipulation tactic. Prospects retreat behind silence when pushed. Give the date as information, without the "or else".',
  message: 'Deadline with a consequence: false urgency.',
  patterns: DEADLINES,
  find(a) {
    const hits: Hit[] = [];
    const deadlines = deadlinesOf(a);
    a.sentences.forEach((s, i) => {
      const d = deadlines[i];
      if (d === undefined) return;
      // "if I don't hear back by Friday, I'll assume the timing is off" is a graceful close
      if (optOutIn(a, s)) return;
      CONSEQUENCE_RE.lastIndex = 0;
      const c = CONSEQUENCE_RE.exec(s.text);
      const silentIf = SILENT_IF.test(s.text) || (c !== null && SHOULD_NOT.test(s.text));
      const conditional = silentIf || IF_NOT.test(s.text);
      if (!c && !conditional) return;
      // "If we don't hear from the supplier by Friday, we'll source the part elsewhere"
      if (OTHERS_SILENCE.test(s.text) && !IF_YOU.test(s.text)) return;
      const dStart = d.start;
      const dEnd = d.end;
      const comma = s.text.indexOf(',', dEnd - s.start);
      if (!c && comma >= dEnd - s.start && ASKS_THEM.test(s.text.slice(comma))) return;
      // "by 30 April," : the date runs to the comma that closes its clause
      const whenEnd = comma >= dEnd - s.start ? s.start + comma : dEnd;
      const holds = conditional
        ? holdsUntil(a.body.slice(whenEnd, s.end), a.body.slice(dStart, whenEnd))
        : null;
      // "…, I'll assume Bellwether isn't a fit and delete your trial workspace." -> "…, I'll
      // assume Bellwether isn't a fit.": the way out stays, the threat after it goes
      const part = conditional && !holds ? gracefulPart(s.text) : null;
      if (part) {
        hits.push({ start: s.start, end: s.end, replacement: caseAt(a, s.start, s.text, part) });
      } else if (holds) {
        // (after "Hi Ann, " on the same line, in lower case as the writer had it)
        hits.push({ start: s.start, end: s.end, replacement: caseAt(a, s.start, s.text, holds) });
      } else if (silentIf && comma >= dEnd - s.start) {
        // "Unless I receive a response by 30 April, I will withdraw our offer." -> "If I don't
        // hear back by 30 April, I'll assume the timing isn't right.": the date, closed gracefully
        const when = s.text.slice(dStart - s.start, comma).replace(UNTIL, 'by');
        hits.push({
          start: s.start,
          end: s.end,
          replacement: caseAt(
            a,
            s.start,
            s.text,
            // (in the writer's voice: "we'll" where the threat said "we will")
            `if ${whoActs(s.text)} don't hear back ${when}, ${whoActs(s.text)}'ll assume the timing isn't right.`,
          ),
        });
      } else if (c && s.start + c.index >= dEnd) {
        // "... by Friday, or we'll release your spot." -> keep "by Friday", drop the threat
        const cStart = s.start + c.index;
        let end = s.end;
        while (end > cStart && R1.test(a.body[end - 1]!)) end--;
        const between = a.body.slice(dEnd, cStart);
        const lead = CLAUSE_LEAD.exec(between);
        const cut = dEnd + (lead ? lead.index : between.length);
        const threat = a.body.slice(cut, end);
        const soft = R2.test(threat);
        // A threat that names a number or a name ("the 20% discount goes away") keeps it as
        // information ("while the 20% discount still applies"): a rewrite never drops those.
        const lost = soft && protectedTokens(threat).length > 0 ? LOST_THING.exec(threat) : null;
        const rise = soft && !lost ? PRICE_RISE.exec(threat) : null;
        hits.push(
          rise
            ? {
                // "by Friday or the price goes up 10%" -> "by Friday, before the 10% price rise"
                start: dStart,
                end,
                replacement: `${a.body.slice(dStart, cut)}, before the ${rise[2]} ${rise[1]!.toLowerCase()} rise`,
              }
            : lost
              ? {
                  start: dStart,
                  end,
                  replacement: `${a.body.slice(dStart, cut)}, while ${lost[1]} still ${isPlural(lost[1]!) ? 'apply' : 'applies'}`,
                }
              : soft
                ? { start: dStart, end, replacement: a.body.slice(dStart, cut) }
                : { start: dStart, end: Math.max(end, dEnd) },
        );
      } else {
        const h: Hit = { start: s.start, end: s.end };
        // "If I don't hear back by Thursday, I'll close your file." -> "If I don't hear back by
        // Thursday, I'll assume the timing isn't right.": keep the date, close gracefully
        if (NO_WORD.test(s.text) && comma > 0) {
          h.replacement = `${s.text.slice(0, comma)}, ${whoActs(s.text)}'ll assume the timing isn't right.`;
        } else {
          // "If you don't sign up before then it's full price, $299/mo." -> "After that, it's
          // full price, $299/mo.": the price as information, without the "if you don't"
          const m = PRICE_AFTER.exec(s.text);
          if (m) {
            const when = m[1]!.replace(BEFORE_BY, '');
            const after = when === 'then' ? 'after that' : `after ${when}`;
            h.replacement = caseAt(a, s.start, s.text, `${after}, ${m[2]} ${m[3]}.`);
          }
        }
        hits.push(h);
      }
    });
    // "Reply by Friday. Otherwise we lose the slot.": the threat in the next sentence
    for (let i = 1; i < a.sentences.length; i++) {
      const s = a.sentences[i]!;
      if (deadlines[i - 1] === undefined || !THREAT_START.test(s.text)) continue;
      if (REASSURED.test(s.text) && !GIVEN_AWAY.test(s.text)) continue;
      // "If you don't have the blue one, the grey is fine.": a condition on what they have
      CONSEQUENCE_RE.lastIndex = 0;
      if (STATE_IF.test(s.text) && !CONSEQUENCE_RE.test(s.text) && !WE_TAKE.test(s.text)) continue;
      if (hits.some((h) => h.start < s.end && h.end > s.start)) continue;
      hits.push({ start: s.start, end: s.end });
    }
    hits.sort((x, y) => x.start - y.start);
    return hits;
  },
});

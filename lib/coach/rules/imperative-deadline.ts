import { deadlinesOf, DEADLINES } from '../deadline';
import { EMOJI, REQUEST_VERB, SOFTENER, rx } from '../lexicon';
import { optOutIn } from '../optout';
import { capitalAt } from '../casing';
import { defineRule, type Hit } from '../rule';
import { wordIn, wordsOf } from '../gated';
import type { Analysis } from '../types';

const COMMAND = rx(
  // (session 34, dev 17) an emoji ends a casual clause: "you won't regret it 😎 reply with a time today"
  `(?:^|[,;:—–-] |${EMOJI} (?=[a-z])|\\b(?:so|and|then|now) )(?:please |kindly |just |do )?(?:${REQUEST_VERB}|let's (?:get|sign|finali[sz]e|close|wrap|lock|make|decide))\\b`,
  'i',
);

const BARE = /^(?:today|tonight|eod|eow)$/i;
/** A clause whose subject is the writer ("I'll keep thinking and [send]"): not a command. */
const MY_ERRAND =
  /\b(?:i|we)(?:['’]ll| will| can| could| am going to|['’]m going to| plan to| hope to)(?!['’]t|n['’]t| not)\b[^,;:—–.!?]*$/i;
/** Only a command joined by "and" shares the writer's subject ("I'll … and send"). */
const AND_LEAD = /^and /i;
const LOOSE =
  /\b(?:you|when|what|where|if|that|which|who|whether|how|and|it|delivered|received|arrived|shipped|ships|sent)\b/i;
const LEAD = rx(`^(?:[,;:—–-]|${EMOJI})? ?(?:(?:so|and|then|now) )?`, 'i');

/** A command with a deadline: "Reply by Friday", "Sign today". */
/**
 * Session 22 (dev 12): "If you'd like to add seats, reply before then": a date for their own wish,
 * not a command (not "if you want to avoid that", nor with an "otherwise" after it).
 */
const THEIR_WISH =
  /^(?:if you(?:'d|’d| would)? (?:like|want|wish|prefer)|should you (?:wish|want|prefer))\b(?! to (?:avoid|keep|save|hold|secure|lock|prevent|stop|retain|protect)\b)(?! (?:the|this|that|our|your) (?:[\w%-]+ )?(?:discount|price|pricing|rate|offer|deal|slot|spot|place|seat|terms)\b)(?![^.?!]*\botherwise\b)/i;

/** The date is for their own wish, said after it: "…by Friday if you'd like the blue one". */
const WISH_AFTER =
  /^[^.?!]{0,20}?\bif you(?:'d|’d| would)? (?:like|want|prefer) (?:the|a|an|to (?:swap|change|switch|go with|have))\b/i;

export const imperativeDeadline = defineRule({
  id: 'imperative-deadline',
  category: 'pushy',
  weight: 15,
  principle: 'P1',
  explanation:
    'A command with a deadline ("Reply by Friday", "Sign today") sets your timeline as their obligation. Offer the date as a suggestion ("if it suits you") or leave it out.',
  message: 'Command with a deadline.',
  patterns: DEADLINES,
  // a bare day after a command (dayAfterCommand)
  triggers: ['tomorrow', 'afternoon', 'morning', 'evening', 'week'],
  find(a) {
    const hits: Hit[] = [];
    const deadlines = deadlinesOf(a);
    // (session 30) a bare day after a command needs one of the rule's trigger words
    const days = wordsOf(a, 'imperative-deadline');
    a.sentences.forEach((s, i) => {
      const dl = deadlines[i];
      if (s.text.endsWith('?') && !TAG_QUESTION.test(s.text)) return;
      if (dl === undefined) {
        if (!wordIn(days, s)) return;
        const near = dayAfterCommand(s.text);
        if (near) hits.push(nearHit(a, s.start, near));
        return;
      }
      const c = COMMAND.exec(s.text);
      if (!c || s.start + c.index > dl.start) return;
      // session 17 (real email): "I'll keep at it and send another update later today": my errand
      if (AND_LEAD.test(c[0]) && MY_ERRAND.test(s.text.slice(0, c.index))) return;
      if (SOFTENER.test(s.text) || THEIR_WISH.test(s.text)) return;
      // (review of session 34) "Do let me know by Friday if you'd like the blue one instead"
      if (WISH_AFTER.test(a.body.slice(dl.end, s.end))) return;
      // "…by Friday if you'd like me to hold the room; after that I'll assume you've made other
      // plans, which is completely fine": the date comes with its own way out (or the next
      // sentence gives it)
      const next = a.sentences[i + 1];
      if (optOutIn(a, s) || (next !== undefined && optOutIn(a, next))) return;
      // "tell me and I'll have it to you ahead of the 7th": the date is our promise, not their task
      const between = a.body.slice(s.start + c.index + c[0].length, dl.start);
      if (OUR_PROMISE.test(between) || THEIR_SERVICE.test(between)) return;
      const lead = LEAD.exec(c[0])![0].length;
      const at = s.start + c.index + lead;
      // a bare "today"/"tonight" is a deadline only close to the command ("Sign today"), not in
      // "let me know what time you are leaving today"
      if (BARE.test(a.body.slice(dl.start, dl.end))) {
        const between = a.body.slice(s.start + c.index + c[0].length, dl.start);
        if (LOOSE.test(between) || between.trim().split(/\s+/).length > 5) return;
      }
      const end = dl.end;
      const span = a.body.slice(at, end);
      hits.push({
        start: at,
        end,
        replacement:
          (capitalAt(a, at) ? 'If it suits you, ' : 'if it suits you, ') + lowerFirstWord(span),
      });
    });
    return hits;
  },
});

/**
 * "Review it and send me your decision tomorrow", "Call me this afternoon so we can nail it down":
 * a command with a bare day close after it ("tomorrow", "this afternoon"). deadlinesOf does not
 * count these as deadlines (in "I'll send it tomorrow" the day is our promise); "today" and
 * "tonight" it does, and BARE above handles them. Only in a sentence with no subject of its own
 * before the command, and nothing loose between.
 */
const DAY_AFTER = rx(
  `(?:^|[,;:—–-] |\\b(?:so|and|then|now) )(?:please |kindly |just )?(${REQUEST_VERB})\\b((?: [\\w'-]+){0,5}?) (tomorrow|this (?:afternoon|morning|evening|week))\\b`,
  'i',
);
const THIS_WEEK = /^this week$/i;
const SALE_STEP =
  /^(?:sign|send|return|confirm|decide|approve|pay|book|schedule|commit|choose|pick|lock in|secure|accept|submit|complete|finali[sz]e|order|buy|purchase|make (?:a|the|your) (?:decision|call|choice)|get (?:me|this|it|the)|give me|let (?:me|us) know|tell (?:me|us)|reply|respond|answer|get back|revert)$/i;
const SUBJECT = /\b(?:i|we|you|they|he|she)\b|['’](?:ll|d|re|ve|m)\b/i;
const NO_BARE_DAY = /\b(?:you|when|what|where|if|that|which|who|whether|how|for|with|about)\b/i;

/** "…call me tomorrow if you have questions": an invitation, not a deadline. */
const INVITATION =
  /\bif (?:you (?:have|need|want|would like|'d like|’d like)|anything|helpful|useful|needed)\b/i;

interface Near {
  /** offset in the sentence where the command starts (after any "and "), and where the day ends */
  at: number;
  end: number;
  /** the command starts the sentence */
  first: boolean;
}

function dayAfterCommand(text: string): Near | undefined {
  const m = DAY_AFTER.exec(text);
  if (!m || SOFTENER.test(text) || INVITATION.test(text) || NO_BARE_DAY.test(m[2]!))
    return undefined;
  // (session 30) "this week" is a deadline only for a step of the sale ("Send me the signed
  // agreement this week"), not an invitation or a number to call ("Join us at the open day this week!")
  if (THIS_WEEK.test(m[3]!) && !SALE_STEP.test(m[1]!)) return undefined;
  const lead = LEAD.exec(m[0])![0].length;
  const at = m.index + lead;
  const before = text.slice(0, at);
  if (SUBJECT.test(before)) return undefined;
  return { at, end: m.index + m[0].length, first: before.trim().length === 0 };
}

/** At the start of a sentence "If it suits you, call me…"; after "and", the offer goes after the day. */
function nearHit(a: Analysis, sentenceStart: number, n: Near): Hit {
  const start = sentenceStart + n.at;
  const end = sentenceStart + n.end;
  const span = a.body.slice(start, end);
  return n.first
    ? {
        start,
        end,
        replacement:
          (capitalAt(a, start) ? 'If it suits you, ' : 'if it suits you, ') + lowerFirstWord(span),
      }
    : { start, end, replacement: `${span} if it suits you` };
}

/** "…so we can nail it down, OK?": a command with a tag, not a question. */
const TAG_QUESTION = /, (?:ok|okay|yeah|right|yes)\?$/i;

/**
 * Session 30: "call the hotline and an engineer will be with you within the hour": the date belongs
 * to a promise of ours in the clause after the command, made by someone on our side.
 */
const THEIR_SERVICE =
  /\band (?:(?:an?|the|our|one of our) (?:[\w'’-]+ ){0,2}?(?:engineer|technician|fitter|driver|courier|plumber|electrician|installer|surveyor|nurse|advis[eo]r|agent|rep|representative|colleague|team|member of (?:the|our) team)s?|someone|somebody)(?: from (?:our|the) [\w-]+)? (?:will|['’]ll|can|should) (?:be (?:with|there|in touch|back)|call|ring|arrive|come (?:out|round|over|by)|get back|reply|respond|visit|contact|reach)\b/i;

const OUR_PROMISE = /\b(?:i|we)(?:['’]ll| will| can| could|['’]d| would| shall)\b/i;

/** "Call me" -> "call me"; a shouted first word goes to lower case whole ("CALL ME" -> "call ME"). */
function lowerFirstWord(span: string): string {
  const w = FIRST_WORD.exec(span)![0];
  const shouted = w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
  return shouted ? w.toLowerCase() + span.slice(w.length) : span[0]!.toLowerCase() + span.slice(1);
}
const FIRST_WORD = /^[^\s]*/;

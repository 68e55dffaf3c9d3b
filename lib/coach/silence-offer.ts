import { deadlinesOf } from './deadline';
import { protectedTokens } from './protect';
import { caseAt } from './casing';
import { sentenceIndexAt } from './analyse';
import { type Hit } from './rule';
import type { Analysis, Sentence } from './types';

// Silence read as a yes, in any wording, turned into an offer: the condition (and any reading of
// it) goes, the plan and every detail of it stay, and a reply date becomes a plain request.
//   "Unless I hear otherwise by Friday, I'll proceed with moving the policy effective March 1."
//   -> "If it suits you, I can proceed with moving the policy effective March 1; just let me know
//      by Friday."

/**
 * No answer from them, said any way: "I have not received any comments", "in the absence of any
 * objection", "unless we receive instructions to the contrary", "unless you stop me".
 */
export const SILENCE =
  "\\b(?:(?:not|'t(?<=\\b(?:did|has|have|had|was|were)n't)|dont|didnt|havent|hasnt|doesnt|never|no|without|absence of|absent) (?:\\w+ ){0,3}?(?:reply|replies|response|answer|objections?|comments?|remarks?|feedback|word|news|pushback|instructions?)|(?:not|'t(?<=n't)|no|never) (?:\\w+ ){0,2}?(?:concerns?|changes|edits|corrections?|amendments)(?: (?:have |has )?(?:come|came) back| back| from you)|not hearing (?:back|from you|anything)|not heard(?<!\\b(?:have|has|had|i've|we've) not heard) (?:back|anything|from you)|(?:don't|do not|didn't|did not|haven't|have not|hasn't) (?:hear|heard)(?: back| otherwise| from you| anything)?|your silence|silence(?: (?:by|until|till|after|past) [\\w ]{1,20}?)? ?(?:= ?(?:an? )?\\w+|means|equals|counts as)|(?:no one|nobody)(?: [\\w-]+){0,4}? (?:objected|pushed back|disagreed|complained|raised (?:any )?(?:concerns|objections|issues))|(?:hear|heard|say|said|tell me) otherwise|(?:hear|heard|say|said|tell me|anything|instructions) to the contrary|should (?:i|we) not (?:hear|receive|get)|tell me to (?:hold off|stop|wait)|if nothing|nothing (?:comes|has come|came) back|silence (?:tells|told) (?:me|us)|unless you stop (?:me|us)|(?:don't|do not|didn't|did not) (?:object|say no)(?<=\\byou (?:don't|do not|didn't|did not) (?:object|say no)))\\b";
const SILENT = new RegExp(SILENCE, 'i');
/** From someone who is not the reader's side: "from the landlord", not "from the buying team". */
export const FROM_OTHERS = String.raw`from (?:the|our|my|a|an|their) (?!(?:team|rest of|decision[- ]?makers?|owner|account owner|board|directors?|management|managers?|partners|buyers?|buying team|[\w-]+ team)\b)(?![^.?!]{0,40}\b(?:your side|your end|at your)\b)`;
/**
 * Session 27: silence of someone else ("We haven't heard back from the council", "If we don't hear
 * from the supplier by Friday"): news of the work, nothing asked of the reader.
 */
export const OTHERS_SILENCE = new RegExp(
  String.raw`(?:n['’]t|\bnot|\bno) (?:\w+ ){0,2}?(?:hear|heard|hearing|get|got|receive|received)(?: back| otherwise| anything| a (?:reply|response|word|answer))?(?: yet)? ${FROM_OTHERS}|\b(?:no|nothing) (?:\w+ )?(?:(?:changes|concerns|edits|corrections?|amendments) )?(?:have |has )?(?:come|came) back ${FROM_OTHERS}|\bno (?:answer|reply|response|word|news|decision)(?: (?:yet|back))? ${FROM_OTHERS}`,
  'i',
);
/** A condition on the reader ("if you don't…", "unless you…"), which the above does not excuse. */
export const IF_YOU = /\b(?:if|unless) you\b/i;

/**
 * Where the plan starts: a clause of ours ("…, we'll ship on the 12th", "… and I will book the
 * demo", "so we'll plan on the site visit") whose verb is a step taken for the reader (group 2).
 */
const PLAN =
  /(?:^|,\s+|;\s+|,?\s+(?:and|so|then)\s+)(?:(i|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to|'m gonna)? |(?:will|going to) )?(?:just |then |simply |go ahead and |proceed to )?(proceed|book|send|schedule|ship|start|switch|confirm|instruct|invoice|bill|renew|sign|lock|reserve|process|draft|plan on|move forward|go ahead|kick off|put|add|upgrade|activate|forward|commence|initiate|submit|run|order|launch|bind|dispatch|deliver|arrange|set up|hit print|print|migrate|transfer|convert|enrol|enroll|move|list|include|enter|register|pencil in)\b/gi;
/** A plan that ends something for the reader is a threat, not an offer. */
const THREAT =
  /\b(?:you(?:'ll| will)|you won't|cancel|withdraw|release|close|delete|archive|remove|drop|lose|forfeit|another client|someone else|next (?:client|company|customer)|your (?:boss|manager|ceo|cfo|director)|(?:late(?:[- ]payment)?|cancellation|admin|penalty|overdue|re-?booking) (?:fee|charge)s?|penalt(?:y|ies)|surcharge|collections?|debt|default|interest|legal (?:action|proceedings)|suspend|suspension)\b/i;
/** The reading of their silence, when it names something of theirs: "I'll assume you're happy with X". */
const READING =
  /\b(?:assume|take it|understand|consider)(?: that)? (you(?:'re| are) (?:happy|fine|ok|okay|good) with [^,;]+?|you agree)(?:,? and\b|,|$)/i;
/** Where a clause starts, going back from the silence. */
const CLAUSE_START = /(?:^|[,:;—–]\s+|\s-\s+)(?=(?:[^,:;—–-]|\S-)*$)/;
const UNTIL = /^(?:until|till|before)\b/i;
/** A loose reply time the deadline finder leaves alone: "from you this week". */
const SOON = /\b(?:(?:this|next) (?:week|month)|today|tomorrow)\b/i;
const BREAK = /^(?:[,:;—–]\s+|\s-\s+)/;
const STOP_ME = /^unless you stop/i;
/** A plan said first: "We'll start the print run on Wednesday" (before "unless you stop me"). */
const OURS = /^(i|we)(?:['’]ll| will) (?:just |then |go ahead and )?([^,;]+?),?$/i;
const SUITS = /\bif it suits\b/i;
const PS = /^P\.? ?S\.?:?\s+/i;
const END = /[.!?]*$/;
const APOSTROPHE = /’/g;

/** Who acts in the offer, when the plan does not say: "we" only if the text said "we will", else "I". */
export function whoActs(lead: string): 'I' | 'we' {
  return WE_WILL.test(lead) || (TEAM.test(lead) && !ME.test(lead)) ? 'we' : 'I';
}
const WE_WILL = /\bwe(?:'ll| will|'re going to| are going to|'m gonna)\b/i;
/** A team's voice with no "I" in it (session 27): "If we don't hear from you, the slot goes…". */
const TEAM = /\b(?:we|us)\b/i;
const ME = /\bI\b|\b(?:me|my)\b/i;

/**
 * The offer for a sentence that reads silence as a yes and then acts ("…, I'll book the demo"),
 * from where the condition starts to the sentence's end; undefined when the sentence has no such
 * plan, when the plan is a threat, or when dropping the condition would lose a name or number.
 */
export function planOffer(a: Analysis, s: Sentence): Hit | undefined {
  const text = s.text.replace(APOSTROPHE, "'");
  const silent = SILENT.exec(text);
  if (!silent) return undefined;
  const tail = END.exec(text)!;
  if (STOP_ME.test(silent[0])) return offerFirst(a, s, s.text.slice(0, silent.index), tail[0]);
  PLAN.lastIndex = silent.index;
  const plan = PLAN.exec(text);
  if (!plan) return undefined;
  const verbAt = plan.index + plan[0].length - plan[2]!.length;
  // what stays is taken from the sentence as written (its own apostrophes)
  const what = s.text.slice(verbAt, tail.index);
  if (what.length < 6 || THREAT.test(what)) return undefined;
  // the condition's clause: from the last clause break before the silence (a vocative stays)
  const before = text.slice(0, silent.index);
  let from = CLAUSE_START.exec(before)!.index;
  if (from > 0) from += BREAK.exec(before.slice(from))![0].length;
  // (session 30) a postscript keeps its label: "P.S. If we don't hear back…" -> "P.S. If it suits…"
  else from = PS.exec(text)?.[0].length ?? 0;
  const dropped = text.slice(from, verbAt);
  const reading = READING.exec(dropped);
  const namedAt = reading ? from + reading.index + reading[0].indexOf(reading[1]!) : 0;
  const named = reading ? s.text.slice(namedAt, namedAt + reading[1]!.length) : '';
  const dl = deadlinesOf(a)[sentenceIndexAt(a, s.start)];
  const start = s.start + from;
  // the reply date: the deadline the sentence holds, or a loose "this week" in the condition
  const date =
    dl !== undefined && dl.start >= start && dl.end <= s.start + verbAt
      ? a.body.slice(dl.start, dl.end)
      : (SOON.exec(dropped)?.[0] ?? '');
  // the condition and its reading go: they may hold no name or number but the date and what the
  // reading names, which stay
  let lost = dropped;
  if (date) lost = lost.replace(date, '');
  if (reading) lost = lost.replace(reading[1]!, '');
  if (protectedTokens(lost).length > 0) return undefined;
  const we = plan[1] ? plan[1].toLowerCase() === 'we' : whoActs(dropped) === 'we';
  const who = we ? 'we' : 'I';
  const lead = reading ? `if ${named}, ${who} can` : `if it suits you, ${who} can`;
  const ask = date
    ? `; just let ${we ? 'us' : 'me'} know ${date.replace(UNTIL, 'by')}${reading ? ' if that works' : ''}`
    : '';
  const stop = tail[0].startsWith('!') ? '!' : '.';
  return {
    start,
    end: s.end,
    replacement: caseAt(a, start, text.slice(from), `${lead} ${what}${ask}${stop}`),
  };
}

/** "We'll start the print run on Wednesday unless you stop me before then." -> "If it suits you, we can start…". */
function offerFirst(a: Analysis, s: Sentence, kept: string, end: string): Hit | undefined {
  const m = OURS.exec(kept.trimEnd());
  if (!m || THREAT.test(m[2]!) || SUITS.test(m[2]!)) return undefined;
  const who = m[1]!.toLowerCase() === 'we' ? 'we' : 'I';
  return {
    start: s.start,
    end: s.end,
    replacement: caseAt(
      a,
      s.start,
      kept,
      `if it suits you, ${who} can ${m[2]}${end.startsWith('!') ? '!' : '.'}`,
    ),
  };
}

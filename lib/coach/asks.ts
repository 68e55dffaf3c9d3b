/**
 * Does a sentence ask the reader for something? Used by the ask rules, and exported for the
 * sentence-level benchmark on the email-asks set.
 */
import { OPT_OUT, rx } from './lexicon';
import type { Analysis } from './types';

const ASK = rx(
  [
    '\\?',
    '\\b(?:please|kindly|pls|plz)\\b',
    '\\b(?:can|could|would|will|won\'t) you\\b',
    '\\b(?:would|do) you (?:mind|like|want|have)\\b',
    '\\blet (?:me|us) know\\b',
    '\\bget back to (?:me|us)\\b',
    '\\b(?:give|drop|send) (?:me|us) (?:a|an) (?:call|line|ring|shout|note|email|message)\\b',
    '\\bfeel free to\\b',
    "\\b(?:i|we)(?:'d| would) (?:like|love|appreciate|be grateful)(?: it)? (?:if|for) you\\b",
    "\\b(?:i|we)(?:'d| would) (?:be grateful|appreciate) (?:if|your)\\b",
    '\\bi (?:need|want|expect) you to\\b',
    '\\byou (?:should|must|need to|have to|may want to|might want to)\\b',
    '\\bshall (?:i|we)\\b',
    "\\blet's\\b",
    '\\b(?:want|care|like) to (?:join|come|meet|grab|chat)\\b',
    '\\b(?:it would be|it\'d be) (?:great|good|nice|helpful) (?:to|if)\\b',
    '\\bi (?:look forward to|await) (?:your|hearing)\\b',
  ].join('|'),
  'i',
);
const IMPERATIVE = rx(
  "^(?:(?:so|and|also|then|now|just|pls|plz|ok|okay|hi|hey),? )?(?:please )?(?:send|call|review|check|see|take|forward|join|come|visit|click|reply|respond|confirm|sign|tell|give|get|make|contact|e-?mail|ring|schedule|book|read|look|find|add|remember|note|download|apply|register|submit|complete|fill|keep|consider|ask|pick|choose|grab|try|use|share|help|set|put|bring|print|fax|provide|update|prepare|attend|meet|talk|speak|advise|approve|mark|include|follow|do|don't|go|have|leave|return|write|phone|text|sign up|hop on|jump on|buy|order|accept|act|decide|pay|enjoy|start|stop|lower|drop|hold|tell me|shoot|ping me|reach out|let me)\\b",
  'i',
);
const VAGUE = rx(
  [
    '\\blet me know (?:your|what you) (?:thoughts|think)\\b',
    '^(?:any )?thoughts\\?',
    "\\blet me know[.!]*$",
    "\\blet me know if you (?:have any questions|need anything|ever need|want to (?:chat|connect|talk)|are interested in learning more)\\b",
    "\\blet(?:'s| us) (?:connect|chat|talk|catch up|touch base)(?: sometime| soon)?[.!]*$",
    "\\b(?:i'd|i would) love to (?:connect|chat|talk|hear from you|hear your thoughts)\\b",
    '\\blooking forward to (?:hearing from you|your (?:reply|response|thoughts))\\b',
    '\\bhope to hear from you\\b',
    '^(?:any|an) (?:update|news|movement|progress)s?\\b',
    '\\bplease advise\\b',
    '\\bwhere (?:do )?things stand\\b',
    '^what do you think\\?',
    '\\binterested in learning more\\b',
  ].join('|'),
  'i',
);

/** True when the sentence asks the reader to do or answer something. */
export function hasAsk(sentence: string): boolean {
  return ASK.test(sentence) || IMPERATIVE.test(sentence.trimStart());
}

/** An ask the reader cannot act on: "Thoughts?", "Let me know". */
export function isVagueAsk(sentence: string): boolean {
  return VAGUE.test(sentence);
}

/** A graceful exit ("if the timing isn't right, just tell me"): not counted as an ask. */
export function isOptOut(sentence: string): boolean {
  OPT_OUT.lastIndex = 0;
  return OPT_OUT.test(sentence);
}

export interface AskInfo {
  /** Indexes into analysis.sentences of sentences that ask something specific. */
  specific: number[];
  /** ... that ask only vaguely ("Thoughts?"). */
  vague: number[];
}

const cache = new WeakMap<Analysis, AskInfo>();

/** The asks of an analysed draft, computed once and shared by the ask rules and the flags. */
export function asksOf(a: Analysis): AskInfo {
  let info = cache.get(a);
  if (info) return info;
  info = { specific: [], vague: [] };
  const s = a.sentences;
  for (let i = 0; i < s.length; i++) {
    const t = s[i]!.text;
    if (isOptOut(t) && !t.endsWith('?')) continue;
    if (isVagueAsk(t)) info.vague.push(i);
    else if (hasAsk(t)) info.specific.push(i);
  }
  cache.set(a, info);
  return info;
}

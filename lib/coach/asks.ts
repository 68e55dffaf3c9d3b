/** Words one of which every VAGUE match contains: the ask-vague rule's probes. */
export const VAGUE_WORDS =
  'know thoughts connect chat talk catch touch love forward hear update updates news movement progress advise stand think interested learning'.split(
    ' ',
  );

/**
 * Does a sentence ask the reader for something? Used by the ask rules, and exported for the
 * sentence-level benchmark on the email-asks set.
 */
import { EMOJI, rx } from './lexicon';
import { OPT_OUT, isOptOut } from './optout';
import { gated, sentencesMatching, wordIn, wordsOf } from './gated';
import type { Analysis } from './types';

// regexes used inside functions, compiled once at module load
const R1 = /[^a-z]/g;

/** Requests other than a question mark, each tried only on sentences holding one of its words. */
export const ASK = gated(
  'ask',
  [
    ['please kindly pls plz', '\\b(?:please|kindly|pls|plz)\\b'],
    [
      'can could would will wont do',
      "\\b(?:can|could|would|will|won't) you\\b|\\b(?:would|do) you (?:mind|like|want|have)\\b",
    ],
    ['know', '\\blet (?:me|us) know\\b'],
    ['back', '\\bget back to (?:me|us)\\b'],
    [
      'give drop send',
      '\\b(?:give|drop|send) (?:me|us) (?:a|an) (?:call|line|ring|shout|note|email|message)\\b',
    ],
    ['free', '\\bfeel free to\\b'],
    [
      'like love appreciate grateful',
      "\\b(?:i|we)(?:'d| would) (?:like|love|appreciate|be grateful)(?: it)? (?:if|for) you\\b|\\b(?:i|we)(?:'d| would) (?:be grateful|appreciate) (?:if|your)\\b",
    ],
    ['need want expect', '\\bi (?:need|want|expect) you to\\b'],
    [
      'should must need have may might',
      '\\byou (?:should|must|need to|have to|may want to|might want to)\\b',
    ],
    ['shall', '\\bshall (?:i|we)\\b'],
    ['lets', "\\blet's\\b"],
    ['join come meet grab chat', '\\b(?:want|care|like) to (?:join|come|meet|grab|chat)\\b'],
    [
      'great good nice helpful',
      "\\b(?:it would be|it'd be) (?:great|good|nice|helpful) (?:to|if)\\b",
    ],
    ['forward await', '\\bi (?:look forward to|await) (?:your|hearing)\\b'],
  ],
  'i',
);
const LEADS = ['so', 'and', 'also', 'then', 'now', 'just', 'pls', 'plz', 'ok', 'okay', 'hi', 'hey'];
const VERBS =
  "send|call|review|check|see|take|forward|join|come|visit|click|reply|respond|confirm|sign|tell|give|get|make|contact|e-?mail|ring|schedule|book|read|look|find|add|remember|note|download|apply|register|submit|complete|fill|keep|consider|ask|pick|choose|grab|try|use|share|help|set|put|bring|print|fax|provide|update|prepare|attend|meet|talk|speak|advise|approve|mark|include|follow|do|don't|go|have|leave|return|write|phone|text|sign up|hop on|jump on|buy|order|accept|act|decide|pay|enjoy|start|stop|lower|drop|hold|tell me|shoot|ping me|reach out|let me";
const IMPERATIVE = rx(`^(?:(?:${LEADS.join('|')}),? )?(?:please )?(?:${VERBS})\\b`, 'i');
/** Words an imperative sentence can open with: only sentences opening with one are tried. */
const OPENERS = new Set([
  ...LEADS,
  'please',
  ...VERBS.split('|').map((v) => v.split(' ')[0]!.replace(R1, '')),
]);
OPENERS.add('don');

/** The first word of a sentence, lower-cased ASCII letters only ('' if none). */
function firstWord(t: string): string {
  let i = 0;
  while (i < t.length && ((t.charCodeAt(i) | 32) < 97 || (t.charCodeAt(i) | 32) > 122)) i++;
  let j = i;
  while (j < t.length) {
    const c = t.charCodeAt(j) | 32;
    if (c < 97 || c > 122) break;
    j++;
  }
  return t.slice(i, j).toLowerCase();
}

/**
 * A casual label before the command, "quick one 👇 hop on a call", "small ask: forward this"
 * (session 34, dev 17): the command after it opens the sentence.
 */
const LABEL = rx(
  `^(?:quick one|quick ask|small ask|tiny ask|one (?:small |quick |last )?(?:thing|ask)|real talk)(?:[ \\t]*(?:[:,!—–-]|${EMOJI}))+[ \\t]*`,
  'i',
);
const LABEL_FIRST = new Set(['quick', 'small', 'tiny', 'one', 'real']);

function imperative(t: string): boolean {
  const w = firstWord(t);
  if (LABEL_FIRST.has(w)) {
    const label = LABEL.exec(t);
    if (label) t = t.slice(label[0].length);
    return OPENERS.has(firstWord(t)) && IMPERATIVE.test(t);
  }
  return OPENERS.has(w) && IMPERATIVE.test(t);
}
const VAGUE = rx(
  [
    '\\blet me know (?:your|what you) (?:thoughts|think)\\b',
    '^(?:any )?thoughts\\?',
    '\\blet me know[.!]*$',
    '\\blet me know if you (?:have any questions|need anything|ever need|want to (?:chat|connect|talk)|are interested in learning more)\\b',
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

function asksIn(text: string): boolean {
  for (let k = 0; k < ASK.res.length; k++) if (ASK.res[k]!.test(text)) return true;
  return false;
}

/** True when the sentence asks the reader to do or answer something. */
export function hasAsk(sentence: string): boolean {
  return sentence.includes('?') || imperative(sentence.trimStart()) || asksIn(sentence);
}

/** An ask the reader cannot act on: "Thoughts?", "Let me know". */
export function isVagueAsk(sentence: string): boolean {
  return VAGUE.test(sentence);
}

export { isOptOut };

export interface AskInfo {
  /** Indexes into analysis.sentences of sentences that ask something specific. */
  specific: number[];
  /** ... that ask only vaguely ("Thoughts?"). */
  vague: number[];
}

/** The asks of an analysed draft, computed once and shared by the ask rules and the flags. */
export function asksOf(a: Analysis): AskInfo {
  let info = a.memo.asks as AskInfo | undefined;
  if (info) return info;
  info = { specific: [], vague: [] };
  const s = a.sentences;
  const vagueWords = wordsOf(a, 'ask-vague');
  const optOut = sentencesMatching(a, OPT_OUT);
  const asking = sentencesMatching(a, ASK);
  for (let i = 0; i < s.length; i++) {
    const x = s[i]!;
    const t = x.text;
    if (optOut[i] && !t.endsWith('?')) continue;
    if (wordIn(vagueWords, x) && isVagueAsk(t)) info.vague.push(i);
    else if (asking[i] || t.includes('?') || imperative(t)) info.specific.push(i);
  }
  a.memo.asks = info;
  return info;
}

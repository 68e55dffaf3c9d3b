/**
 * Warmth and bluntness markers used only for the pushiness ranking score, after the politeness
 * strategies of Danescu-Niculescu-Mizil et al. (2013): gratitude, apology, hedging, well-wishing
 * and indirect requests make a message warmer; bare commands and "why" questions make it blunter.
 */
import { sentenceAt } from './analyse';
import { rx } from './lexicon';
import type { Analysis, Sentence } from './types';

/** [trigger words, pattern]: a pattern is only tried on sentences holding one of its words. */
const WARM: readonly (readonly [string, RegExp])[] = [
  [
    'thanks thank appreciate appreciated grateful gratitude',
    rx('\\b(?:thanks?|thank you|appreciate(?:d)?|grateful|gratitude)\\b', 'i'),
  ],
  [
    'sorry apologize apologise apologies excuse pardon forgive',
    rx('\\b(?:sorry|apologi[sz]e|apologies|excuse me|pardon|forgive)\\b', 'i'),
  ],
  [
    'would could',
    rx(
      '\\b(?:would|could) you\\b|\\bwould (?:it|you be) (?:possible|willing|open|okay|ok)\\b',
      'i',
    ),
  ],
  [
    'wondering wonder perhaps maybe possibly consider',
    rx('\\b(?:wondering|i wonder|perhaps|maybe|possibly|consider)\\b', 'i'),
  ],
  [
    'if',
    rx(
      "\\bif (?:you (?:can|could|don't mind|have time|are able|would)|possible|that works)\\b",
      'i',
    ),
  ],
  [
    'hope have great good wonderful lovely take',
    rx(
      '\\bhope (?:you|your|this|all|things|that)\\b|\\bhave a (?:great|good|nice|wonderful|lovely)\\b|\\b(?:great|good|wonderful|lovely) (?:day|week|weekend)\\b|\\btake care\\b',
      'i',
    ),
  ],
  [
    'love like enjoyed admire glad happy pleased great nice well congrats congratulations',
    rx(
      '\\b(?:i (?:really )?(?:love|like|enjoyed|admire)|glad|happy to|pleased|great (?:work|job|post|point)|nice (?:work|job)|well done|congrat)',
      'i',
    ),
  ],
  [
    'no whenever when convenience understand understandable',
    rx(
      '\\b(?:no (?:rush|pressure|worries)|whenever (?:you|it)|when you (?:can|get a chance|have a moment)|at your convenience|understand(?:able)?)\\b',
      'i',
    ),
  ],
];
const BLUNT: readonly (readonly [string, RegExp])[] = [
  ['why', rx('^why\\b', 'i')],
  [
    'send give tell call reply respond get sign accept take let do stop pay confirm make lower drop',
    rx(
      '^(?:send|give|tell|call|reply|respond|get|sign|accept|take|let me know|do|stop|pay|confirm|make|lower|drop)\\b',
      'i',
    ),
  ],
  [
    'fact actually obviously clearly frankly honest',
    rx('\\b(?:in fact|the fact is|actually|obviously|clearly|frankly|to be honest)\\b', 'i'),
  ],
];

/** Probe words per key, registered with the rules' triggers so warmth() checks only likely sentences. */
export const PROBES: Readonly<Record<string, readonly string[]>> = Object.fromEntries([
  ...WARM.map(([w], k) => [`warm#${k}`, w.split(' ')] as const),
  ...BLUNT.map(([w], k) => [`blunt#${k}`, w.split(' ')] as const),
]);

function found(a: Analysis, key: string, re: RegExp, sentenceStart: boolean): boolean {
  if (!a.gated) {
    for (const s of a.sentences) if (re.test(s.text)) return true;
    return false;
  }
  const at = a.triggered.get(key);
  if (at === undefined) return false;
  let last: Sentence | undefined;
  for (let i = 0; i < at.length; i++) {
    const s = sentenceAt(a, at[i]!);
    if (s === undefined || s === last) continue;
    last = s;
    if (sentenceStart && at[i] !== s.start) continue;
    if (re.test(s.text)) return true;
  }
  return false;
}

export const WARM_CREDIT = 4;
export const BLUNT_COST = 4;

/** Warmth minus bluntness, each marker type counted once. */
export function warmth(a: Analysis): number {
  let w = 0;
  for (let k = 0; k < WARM.length; k++)
    if (found(a, `warm#${k}`, WARM[k]![1], false)) w += WARM_CREDIT;
  for (let k = 0; k < BLUNT.length; k++)
    if (found(a, `blunt#${k}`, BLUNT[k]![1], k < 2)) w -= BLUNT_COST;
  return w;
}

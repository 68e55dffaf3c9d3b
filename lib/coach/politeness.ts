/**
 * Warmth and bluntness markers used only for the pushiness ranking score, after the politeness
 * strategies of Danescu-Niculescu-Mizil et al. (2013): gratitude, apology, hedging, well-wishing
 * and indirect requests make a message warmer; bare commands and "why" questions make it blunter.
 */
import { rx } from './lexicon';

const WARM = [
  rx('\\b(?:thanks?|thank you|appreciate(?:d)?|grateful|gratitude)\\b', 'i'),
  rx("\\b(?:sorry|apologi[sz]e|apologies|excuse me|pardon|forgive)\\b", 'i'),
  rx(
    "\\b(?:would|could) you\\b|\\b(?:i was |i'm |just )?wondering\\b|\\bi wonder\\b|\\b(?:perhaps|maybe|possibly)\\b|\\bwould (?:it|you be) (?:possible|willing|open|okay|ok)\\b|\\bif (?:you (?:can|could|don't mind|have time|are able|would)|possible|that works)\\b|\\bconsider\\b",
    'i',
  ),
  rx(
    "\\bhope (?:you|your|this|all|things|that)\\b|\\bhave a (?:great|good|nice|wonderful|lovely)\\b|\\b(?:great|good|wonderful|lovely) (?:day|week|weekend)\\b|\\btake care\\b",
    'i',
  ),
  rx(
    "\\b(?:i (?:really )?(?:love|like|enjoyed|admire)|glad|happy to|pleased|great (?:work|job|post|point)|nice (?:work|job)|well done|congrat)",
    'i',
  ),
  rx("\\b(?:no (?:rush|pressure|worries)|whenever (?:you|it)|when you (?:can|get a chance|have a moment)|at your convenience|understand(?:able)?)\\b", 'i'),
];
const BLUNT = [
  rx('(?:^|[.!?]\\s+)why\\b', 'i'),
  rx("(?:^|[.!?]\\s+)(?:send|give|tell|call|reply|respond|get|sign|accept|take|let me know|do|stop|pay|confirm|make|lower|drop)\\b", 'i'),
  rx('\\b(?:in fact|the fact is|actually|obviously|clearly|frankly|to be honest)\\b', 'i'),
];

export const WARM_CREDIT = 4;
export const BLUNT_COST = 4;

/** Warmth minus bluntness, each marker type counted once. */
export function warmth(body: string): number {
  let w = 0;
  for (const re of WARM) if (re.test(body)) w += WARM_CREDIT;
  for (const re of BLUNT) if (re.test(body)) w -= BLUNT_COST;
  return w;
}

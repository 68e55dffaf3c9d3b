/** The first sentence of a draft that is not a pleasantry. */
import type { Analysis, Sentence } from './types';

const PLEASANTRY =
  /^(?:(?:i )?hope (?:you(?:'re| are)? (?:well|doing well|good|having|had|enjoy)|(?:this|my) (?:email|note|message) finds you|all is well|your (?:week|day|weekend|quarter)|things are)|happy (?:monday|tuesday|wednesday|thursday|friday|new year|holidays)|(?:many )?thanks? (?:you )?(?:for|again)|thank you (?:for|again|so much)|(?:it was |it's )?(?:great|good|nice|lovely) (?:to (?:meet|speak|talk|chat|see|hear|connect)|chatting|talking|speaking|meeting|catching up)|(?:great|good|nice) (?:call|chat|meeting|to meet)|good (?:morning|afternoon)|how are you|how(?:'s| is) (?:your|the) (?:week|day|quarter))\b[^.!?]{0,80}[.!?]*$/i;

/** The first sentence that is not a pleasantry ("Hope you're well.", "Thanks for the call."). */
export function firstContentSentence(a: Analysis): Sentence | undefined {
  if ('first' in a.memo) return a.memo.first as Sentence | undefined;
  return (a.memo.first = findFirstContent(a));
}

function findFirstContent(a: Analysis): Sentence | undefined {
  const s = a.sentences;
  for (let i = 0; i < s.length && i < 3; i++) {
    const x = s[i]!;
    if (!PLEASANTRY.test(x.text)) return x;
  }
  return s[0];
}

/** The first sentence of a draft that is not a pleasantry. */
import { GREETING } from './greeting';
import type { Analysis, Sentence } from './types';

const PLEASANTRY =
  /^(?:(?:i )?hope (?:you(?:'re| are|'ve been|'ve)? (?:well|doing well|good|having|had|enjoy|been|keeping)|(?:this|my) (?:(?:email|note|message) )?finds you|all(?:'s| is) well|your (?:week|day|weekend|quarter)|things are|the (?:[\w-]+ ){0,3}?(?:went|go|goes|has|have|is|was|are|started)\b)|greetings of the day|(?:so |it was )?(?:lovely|great|nice|good) (?:chatting|bumping into|catching up|seeing|meeting)|thanks? (?:you )?for (?:connecting|accepting)|happy (?:monday|tuesday|wednesday|thursday|friday|new year|holidays)|(?:many )?thanks? (?:you )?(?:for|again)|thank you (?:for|again|so much)|(?:it was |it's )?(?:great|good|nice|lovely) (?:to (?:meet|speak|talk|chat|see|hear|connect)|chatting|talking|speaking|meeting|catching up)|(?:great|good|nice) (?:call|chat|meeting|to meet)|good (?:morning|afternoon)|how are you|how(?:'s| is) (?:your|the) (?:week|day|quarter))\b[^.!?]{0,80}[.!?]*$/i;

/** The first sentence that is not a pleasantry ("Hope you're well.", "Thanks for the call."). */
export function firstContentSentence(a: Analysis): Sentence | undefined {
  if ('first' in a.memo) return a.memo.first as Sentence | undefined;
  return (a.memo.first = findFirstContent(a));
}

/**
 * What comes before the message's first line when a draft starts with its subject (session 32):
 * the "Subject: …" line, a sequence step's label ("Step 5 - day 14") and the greeting under them.
 */
const HEADING = /^(?:subject:|step \d+(?:\s*(?:[-–—:|,]|of \d+)[^.!?]{0,30})?$)/i;

function findFirstContent(a: Analysis): Sentence | undefined {
  const s = a.sentences;
  let i = 0;
  while (i < s.length - 1 && HEADING.test(s[i]!.text) && a.body[s[i]!.end] !== ' ') i++;
  if (i > 0 && i < s.length - 1 && greetingOnly(s[i]!.text)) i++;
  const from = i;
  for (; i < s.length && i < from + 3; i++) {
    const x = s[i]!;
    if (!PLEASANTRY.test(x.text)) return x;
  }
  return s[from];
}

/** Is the sentence a greeting line and nothing more ("Hi Lauren,", "{{first_name}},")? */
function greetingOnly(t: string): boolean {
  const m = GREETING.exec(`${t}\n`);
  return m !== null && m[0].trimEnd().length === t.length;
}

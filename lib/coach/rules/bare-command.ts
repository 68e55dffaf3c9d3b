import { deadlinesOf } from '../deadline';
import { rx } from '../lexicon';
import { optOutIn } from '../optout';
import { caseAt } from '../casing';
import { defineRule, type Hit } from '../rule';
import { wordIn, wordsOf } from '../gated';

const COMMAND = rx(
  '^(?:(?:so|and|now|just|ok|okay),? )?(?:call me|ring me|phone me|text me|email me|send (?:me|us|over|it|the|your)|sign (?:the|it|here|up|now|today)|buy|purchase|order|book (?:a|your|some|time|now|the|it)|schedule (?:a|your|time|the|it)|reply|respond|get back to me|confirm|accept|grab (?:a|your|the|one)|claim|secure|register|click|act|lock in|pick (?:a|your) (?:time|slot)|choose|decide|lower (?:the|your) (?:price|rate)|drop (?:the|your) (?:price|rate)|move (?:forward|ahead)|commit|approve|pay|contact me|answer me|tell me (?:now|today|by)|give me (?:a|an|your) (?:answer|call|decision))\\b',
  'i',
);

const LEAD = /^(?:(?:so|and|now|just|ok|okay),? )?/i;
const WORD = /^[\p{L}'’]+/u;

/** Sentence-initial commands about the sale: "Call me.", "Sign the attached.", "Book a demo." */
export const bareCommand = defineRule({
  id: 'bare-command',
  category: 'pushy',
  weight: 6,
  principle: 'P1',
  explanation:
    'A bare command ("Call me.", "Book a demo.", "Sign the attached.") tells the prospect what to do for your sale. Invite instead ("Feel free to book a time") so saying yes is their choice.',
  message: 'Bare command about the sale.',
  triggers: [
    'call',
    'ring',
    'phone',
    'text',
    'email',
    'send',
    'sign',
    'buy',
    'purchase',
    'order',
    'book',
    'schedule',
    'reply',
    'respond',
    'get',
    'confirm',
    'accept',
    'grab',
    'claim',
    'secure',
    'register',
    'click',
    'act',
    'lock',
    'pick',
    'choose',
    'decide',
    'lower',
    'drop',
    'move',
    'commit',
    'approve',
    'pay',
    'contact',
    'answer',
    'tell',
    'give',
  ],
  find(a) {
    const hits: Hit[] = [];
    const deadlines = deadlinesOf(a);
    const words = wordsOf(a, 'bare-command');
    a.sentences.forEach((s, i) => {
      if (!wordIn(words, s)) return;
      const m = COMMAND.exec(s.text);
      if (!m) return;
      if (deadlines[i] !== undefined) return; // imperative-deadline covers it
      // "Just reply 'no thanks' and I'll stop reaching out.": the way out, not an order
      if (optOutIn(a, s)) return;
      const lead = LEAD.exec(m[0])![0].length;
      const at = s.start + lead;
      const word = WORD.exec(a.body.slice(at, at + 20))?.[0] ?? '';
      hits.push({
        start: at,
        end: at + word.length,
        // "Call me." -> "Feel free to call me."; "So call me." -> "So feel free to call me."
        replacement: caseAt(a, at, word, `feel free to ${word.toLowerCase()}`),
      });
    });
    return hits;
  },
});

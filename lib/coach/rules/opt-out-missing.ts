import { OPT_OUT } from '../lexicon';
import { defineRule, probed, type Hit } from '../rule';

export const DEFAULT_OPT_OUT = "If the timing isn't right, just tell me and I'll close the loop.";

/** Checks the draft leaves the reader a graceful way out (P4). */
export const optOutMissing = defineRule({
  id: 'opt-out-missing',
  category: 'opt-out',
  weight: 10,
  principle: 'P4',
  explanation:
    'Let them opt out: "if the timing isn\'t right, just tell me". A graceful exit lowers the pressure, and it often gets the reply that another nudge would not.',
  message: 'No graceful way out: add an opt-out line.',
  probes: ['timing', 'time', 'priority', 'fit', 'relevant', 'right', 'useful', 'helpful', 'timely', 'interesting', 'radar', 'live', 'now', 'quarter', 'year', 'month', 'interested', 'person', 'looking', 'ready', 'keen', 'worries', 'pressure', 'problem', 'hard', 'obligation', 'stress', 'free', 'fine', 'ok', 'okay', 'alright', 'totally', 'completely', 'perfectly', 'absolutely', 'tell', 'let', 'close', 'stop', 'leave', 'step', 'back', 'hold', 'wont', 'happy', 'glad', 'say', 'reply', 'no', 'not', 'rather', 'prefer', 'like', 'want', 'either', 'any', 'both', 'answer', 'way', 'response', 'need', 'ignore', 'delete', 'should', 'shall', 'respect', 'word', 'unsubscribe', 'opt', 'assume', 'neither', 'none', 'adapt'],
  find(a) {
    const body = a.body;
    const own = a.context.optOutLine?.trim();
    if (own && body.includes(own)) return [];
    if (probed(a, 'opt-out-missing') && OPT_OUT.test(body.slice(a.greetingEnd))) return [];
    const line = own || DEFAULT_OPT_OUT;
    const at = a.contentEnd;
    // Inserted right before the signature: the rewrite adds the blank line after it.
    const sep = a.sentences.length === 0 ? '' : body.slice(a.greetingEnd, at).includes('\n') ? '\n\n' : ' ';
    const hit: Hit = { start: at, end: at, replacement: sep + line };
    return [hit];
  },
});

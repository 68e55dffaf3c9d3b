import { rx } from '../lexicon';
import { defineRule, type Hit } from '../rule';

/** Unanswered messages after which another bump is the wrong move. */
export const SILENCE_STREAK = 3;
const FEEDBACK = rx(
  "\\b(?:feedback|sorry|apolog|missed the mark|got (?:something|it) wrong|what would (?:make|have made)|wrong (?:time|moment|person)|should i stop|close the loop|i'll stop)",
  'i',
);

/** After several unanswered messages: ask for feedback instead (P5, Galper). */
export const longSilence = defineRule({
  id: 'long-silence',
  category: 'context',
  weight: 8,
  principle: 'P5',
  explanation:
    'After long silence, move backward: apologise and ask for feedback, not for the sale (Galper). Replies fall off after the third or fourth follow-up, so another bump rarely works.',
  message:
    'Several unanswered messages: send the feedback/apology message instead of another follow-up.',
  find(a) {
    const hits: Hit[] = [];
    const streak = a.context.contact?.streak ?? 0;
    const kind = a.context.kind;
    if (streak < SILENCE_STREAK || kind === 'feedback' || kind === 'close') return hits;
    if (FEEDBACK.test(a.body.slice(a.greetingEnd))) return hits;
    hits.push({
      start: 0,
      end: 0,
      message: `${streak} unanswered messages: send the feedback/apology message (ask what would help) instead of another follow-up.`,
    });
    return hits;
  },
});

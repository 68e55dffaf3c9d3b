import { defineRule, type Hit } from '../rule';

/** After this many unanswered messages the cadence is over and the contact rests. */
export const REST_AFTER = 5;
export const REST_DAYS = 90;

/** Past the last step of the cadence: let them rest (P8). */
export const restPeriod = defineRule({
  id: 'rest-period',
  category: 'context',
  weight: 10,
  principle: 'P8',
  explanation:
    "Don't chase over and over. Follow-up studies find replies fall off after the third or fourth message; after the last step, let the contact rest (90 days) before writing again.",
  message: 'The follow-up sequence is over: let this contact rest.',
  find(a) {
    const hits: Hit[] = [];
    const c = a.context.contact;
    const streak = c?.streak ?? 0;
    if (streak < REST_AFTER) return hits;
    const days = c?.daysSinceLastTouch;
    if (days !== undefined && days >= REST_DAYS) return hits;
    hits.push({
      start: 0,
      end: 0,
      message: `${streak} unanswered messages: let this contact rest for ${REST_DAYS} days.`,
    });
    return hits;
  },
});

import { defineRule, type Hit } from '../rule';

/** Default cadence: days to wait after the 1st, 2nd, 3rd and 4th unanswered message. */
export const CADENCE_DAYS = [3, 7, 14, 30] as const;

/** Writing again before the gap for this streak has passed (P8). */
export const tooSoon = defineRule({
  id: 'too-soon',
  category: 'context',
  weight: 10,
  principle: 'P8',
  explanation:
    "Be patient; don't chase over and over. Prospects are busy, sick, reorganised. Crickets spaces follow-ups 3, 7, 14, then 30 days apart as the silence grows.",
  message: 'Too soon since your last message.',
  find(a) {
    const hits: Hit[] = [];
    const c = a.context.contact;
    const streak = c?.streak ?? 0;
    const days = c?.daysSinceLastTouch;
    if (!c || streak < 1 || days === undefined || !Number.isFinite(days)) return hits;
    const gap = CADENCE_DAYS[Math.min(streak, CADENCE_DAYS.length) - 1]!;
    if (days >= gap) return hits;
    hits.push({
      start: 0,
      end: 0,
      message: `Your last message was ${days} day${days === 1 ? '' : 's'} ago with ${streak} unanswered: wait ${gap} days before the next one.`,
    });
    return hits;
  },
});

/** How the follow-up list reads: plain words, whole units, dates with a year when not this one. */
import type { DueEntry, DueFilter } from './silence/due';
import { plural } from './plural';

/** "Mar 4", or "Mar 4, 2027" when the date is not in the year of `now`. */
export function dueDay(t: number, now: number): string {
  const d = new Date(t);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleDateString(undefined, {
    month: 'short',
    day: 'numeric',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}

/** When the follow-up is due: "3 days overdue", "due today", "resting until Mar 4". */
export function dueWhen(e: Pick<DueEntry, 'phase' | 'overdueDays' | 'dueAt'>, now: number): string {
  if (e.phase === 'due')
    return e.overdueDays > 0 ? `${plural(e.overdueDays, 'day')} overdue` : 'due today';
  if (e.phase === 'away') return `away, follow up from ${dueDay(e.dueAt, now)}`;
  if (e.phase === 'resting') return `resting until ${dueDay(e.dueAt, now)}`;
  return `due ${dueDay(e.dueAt, now)}`;
}

/** "2 unanswered · silent 5 days", without the silence when it is not known. */
export function dueSilence(e: { contact: { streak: number }; silentDays: number | null }): string {
  const parts = [`${e.contact.streak} unanswered`];
  if (e.silentDays !== null) parts.push(`silent ${plural(e.silentDays, 'day')}`);
  return parts.join(' · ');
}

const FILTER_WORD: Record<Exclude<DueFilter, 'all'>, string> = {
  due: 'due',
  waiting: 'waiting',
  away: 'away',
  resting: 'resting',
};

/** What an empty list says: that a search or filter hides everyone, or where tracking starts. */
export function emptyDueMessage(filter: DueFilter, query: string): string {
  const q = query.trim();
  if (q) return `No follow-ups match “${q}”.`;
  if (filter !== 'all') return `Nobody is ${FILTER_WORD[filter]} right now.`;
  return 'Nobody is waiting for a follow-up. Crickets tracks the Gmail and LinkedIn conversations you open.';
}

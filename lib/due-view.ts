/** How the follow-up list reads: plain words, whole units, dates with a year when not this one. */
import type { DueEntry, DueFilter } from './silence/due';
import { lastTouchText } from './conversation';
import type { ContactRow } from './db';
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
  if (e.phase === 'not-now') return `later: from ${dueDay(e.dueAt, now)}`;
  return `due ${dueDay(e.dueAt, now)}`;
}

/**
 * "2 unanswered · silent 5 days", without the silence when it is not known. After their reply
 * (a "not now, try next quarter" keeps them in the list) the days count from it: "replied 12 days
 * ago", as on the contact card.
 */
export function dueSilence(e: {
  contact: Pick<ContactRow, 'streak' | 'lastInboundAt'>;
  silentDays: number | null;
}): string {
  if (e.contact.streak === 0 && e.contact.lastInboundAt !== null) {
    if (e.silentDays === null) return 'replied';
    const { value, unit } = lastTouchText(e.silentDays);
    return `replied ${value}${unit ? ` ${unit}` : ''}`;
  }
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
  if (q && filter !== 'all') return `Nobody ${FILTER_WORD[filter]} matches “${q}”.`;
  if (q) return `No follow-ups match “${q}”.`;
  if (filter !== 'all') return `Nobody is ${FILTER_WORD[filter]} right now.`;
  return 'Nobody is waiting for a follow-up. Crickets tracks the Gmail and LinkedIn conversations you open.';
}

/**
 * What Snooze a week reports. A snooze only holds back a follow-up due sooner: when the next one
 * is due later anyway, or none is scheduled, it says so rather than implying something moved.
 */
export function snoozeMessage(
  name: string,
  until: number | null,
  dueAt: number | null,
  now: number,
): string {
  if (until === null) return `${name} is no longer snoozed.`;
  const day = dueDay(until, now);
  if (dueAt === null) return `${name} is snoozed until ${day}. No follow-up is scheduled anyway.`;
  if (dueAt > until)
    return `${name} is snoozed until ${day}. The next follow-up was already later, ${dueDay(dueAt, now)}, so it stays then.`;
  return `${name} is snoozed for a week: no follow-up before ${day}.`;
}

import { describe, expect, it } from 'vitest';
import { dueDay, dueSilence, dueWhen, emptyDueMessage, snoozeMessage } from '../lib/due-view';

const NOW = new Date(2026, 10, 24, 12).getTime();
const at = (y: number, m: number, d: number) => new Date(y, m, d, 9).getTime();

describe('due view: the follow-up list in plain words', () => {
  it.each([
    [{ phase: 'due', overdueDays: 3, dueAt: 0 }, '3 days overdue'],
    [{ phase: 'due', overdueDays: 1, dueAt: 0 }, '1 day overdue'],
    [{ phase: 'due', overdueDays: 0, dueAt: 0 }, 'due today'],
  ] as const)('%j reads "%s"', (e, words) => {
    expect(dueWhen(e, NOW)).toBe(words);
  });

  it('dates carry a year only when it is not this one', () => {
    expect(dueDay(at(2026, 11, 4), NOW)).not.toMatch(/2026/);
    expect(dueDay(at(2028, 2, 4), NOW)).toMatch(/2028/);
    expect(dueWhen({ phase: 'resting', overdueDays: 0, dueAt: at(2027, 5, 1) }, NOW)).toMatch(
      /^resting until .*2027/,
    );
    expect(dueWhen({ phase: 'away', overdueDays: 0, dueAt: at(2026, 11, 1) }, NOW)).toMatch(
      /^away, follow up from /,
    );
    expect(dueWhen({ phase: 'waiting', overdueDays: 0, dueAt: at(2026, 11, 1) }, NOW)).toMatch(
      /^due /,
    );
    // They asked to hear back later: that is not a due date of ours.
    expect(dueWhen({ phase: 'not-now', overdueDays: 0, dueAt: at(2027, 2, 4) }, NOW)).toMatch(
      /^later: from .*2027/,
    );
  });

  it.each([
    [2, 5, '2 unanswered · silent 5 days'],
    [1, 1, '1 unanswered · silent 1 day'],
    [1, null, '1 unanswered'],
  ])('streak %i, silent %s: "%s" (no "– d")', (streak, silentDays, words) => {
    expect(dueSilence({ contact: { streak, lastInboundAt: null }, silentDays })).toBe(words);
  });

  it.each([
    [12, 'replied 12 days ago'],
    [1, 'replied yesterday'],
    [0, 'replied today'],
    [null, 'replied'],
  ])('after their reply (silent %s) it reads "%s", not "0 unanswered"', (silentDays, words) => {
    expect(dueSilence({ contact: { streak: 0, lastInboundAt: NOW }, silentDays })).toBe(words);
  });

  it('an empty list says why: the search, the filter, or nothing waiting', () => {
    expect(emptyDueMessage('all', ' bob ')).toBe('No follow-ups match “bob”.');
    expect(emptyDueMessage('resting', '')).toBe('Nobody is resting right now.');
    expect(emptyDueMessage('away', 'bob')).toBe('Nobody away matches “bob”.');
    expect(emptyDueMessage('all', '')).toMatch(
      /^Nobody is waiting for a follow-up\. Crickets tracks/,
    );
  });

  it('Snooze says what it changed: nothing moves when the follow-up is due later anyway', () => {
    const week = at(2026, 11, 1);
    expect(snoozeMessage('Dana', null, null, NOW)).toBe('Dana is no longer snoozed.');
    expect(snoozeMessage('Dana', week, at(2026, 10, 26), NOW)).toMatch(
      /^Dana is snoozed for a week: no follow-up before Dec 1\.$/,
    );
    expect(snoozeMessage('Dana', week, at(2027, 0, 20), NOW)).toMatch(
      /^Dana is snoozed until Dec 1\. The next follow-up was already later, Jan 20, 2027, so it stays then\.$/,
    );
    expect(snoozeMessage('Dana', week, null, NOW)).toMatch(/No follow-up is scheduled anyway\.$/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type CricketsDb } from '@/lib/db';
import { latestThreadUrl, runReminders, type ReminderPorts } from '@/lib/reminders';
import { setUserStatus } from '@/lib/silence/contacts';
import { ingestThread } from '@/lib/silence/ingest';
import type { Person, Thread } from '@/lib/thread';

const DAY = 86_400_000;
const t0 = new Date(2026, 9, 1, 9, 0).getTime();
const me: Person = { name: 'Alex Seller', email: 'alex@crickets-demo.com' };
const people: Person[] = ['a', 'b', 'c', 'd', 'e'].map((x) => ({
  name: `Person ${x.toUpperCase()}`,
  email: `${x}@x.com`,
}));

const thread = (id: string, to: Person, day: number): Thread => ({
  channel: 'gmail',
  id,
  subject: id,
  url: `https://mail.google.com/mail/u/0/#inbox/${id}`,
  me,
  messages: [
    {
      id: `m-${id}`,
      from: me,
      to: [to],
      cc: [],
      at: t0 + day * DAY,
      direction: 'out',
      text: 'Hi',
      collapsed: false,
    },
  ],
});

function fakePorts() {
  const log = { badge: [] as string[], notes: [] as string[], alarms: [] as (number | null)[] };
  const ports: ReminderPorts = {
    setBadge: async (t) => void log.badge.push(t),
    notify: async (id) => void log.notes.push(id),
    scheduleAt: async (w) => void log.alarms.push(w),
  };
  return { log, ports };
}

let db: CricketsDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`reminders-${n++}`);
  await ingestThread(db, thread('t1', people[0]!, 0), t0); // due day 3
  await ingestThread(db, thread('t2', people[1]!, 2), t0); // due day 5
});
afterEach(async () => {
  await db.delete();
});

describe('runReminders', () => {
  it('sets the badge to the due count once the clock passes the due time, and schedules the next', async () => {
    const { log, ports } = fakePorts();
    await runReminders(db, t0 + 2 * DAY, { notifications: true }, ports);
    expect(log.badge.at(-1)).toBe('');
    expect(log.alarms.at(-1)).toBe(t0 + 3 * DAY);
    await runReminders(db, t0 + 3 * DAY, { notifications: true }, ports);
    expect(log.badge.at(-1)).toBe('1');
    expect(log.alarms.at(-1)).toBe(t0 + 5 * DAY);
    await runReminders(db, t0 + 6 * DAY, { notifications: true }, ports);
    expect(log.badge.at(-1)).toBe('2');
    expect(log.alarms.at(-1)).toBeNull();
  });

  it('notifies at most once per contact per due date', async () => {
    const { log, ports } = fakePorts();
    await runReminders(db, t0 + 3 * DAY, { notifications: true }, ports);
    await runReminders(db, t0 + 3 * DAY + 1000, { notifications: true }, ports);
    expect(log.notes).toEqual(['due:a@x.com']);
    // A new message moves the due date: a new notification when that one falls due.
    await ingestThread(
      db,
      {
        ...thread('t1', people[0]!, 4),
        messages: [
          ...thread('t1', people[0]!, 0).messages,
          ...thread('t1b', people[0]!, 4).messages,
        ],
      },
      t0,
    );
    await runReminders(db, t0 + 12 * DAY, { notifications: true }, ports);
    expect(log.notes).toEqual(['due:a@x.com', 'due:b@x.com', 'due:a@x.com']);
  });

  it('notifies nobody when notifications are off, but still shows the badge', async () => {
    const { log, ports } = fakePorts();
    await runReminders(db, t0 + 10 * DAY, { notifications: false }, ports);
    expect(log.notes).toEqual([]);
    expect(log.badge.at(-1)).toBe('2');
  });

  it('sends one summary when many fall due at once, and skips paused contacts', async () => {
    for (const [i, p] of people.slice(2).entries())
      await ingestThread(db, thread(`u${i}`, p, 0), t0);
    await setUserStatus(db, 'e@x.com', 'paused');
    const { log, ports } = fakePorts();
    await runReminders(db, t0 + 10 * DAY, { notifications: true }, ports);
    expect(log.badge.at(-1)).toBe('4');
    expect(log.notes).toEqual(['due:*']);
  });

  it('opens the most recent thread with a contact', async () => {
    await ingestThread(db, thread('t9', people[0]!, 9), t0);
    expect(await latestThreadUrl(db, 'a@x.com')).toBe('https://mail.google.com/mail/u/0/#inbox/t9');
    expect(await latestThreadUrl(db, 'nobody@x.com')).toBeNull();
  });
});

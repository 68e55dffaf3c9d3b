import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type CricketsDb } from '@/lib/db';
import {
  merge,
  mergedInto,
  refreshAll,
  setUserStatus,
  snooze,
  unmerge,
} from '@/lib/silence/contacts';
import { dueCount, dueList } from '@/lib/silence/due';
import { ingestThread } from '@/lib/silence/ingest';
import type { Person, Thread } from '@/lib/thread';

const DAY = 86_400_000;
const t0 = new Date(2026, 9, 1, 9, 0).getTime();
const me: Person = { name: 'Alex Seller', email: 'alex@crickets-demo.com' };
const dana: Person = { name: 'Dana Whitfield', email: 'dana@acme-freight.com' };
const danaLi: Person = { name: 'Dana Whitfield', linkedin: 'dana-whitfield' };

const thread = (
  channel: 'gmail' | 'linkedin',
  id: string,
  msgs: [string, number, Person, Person][],
): Thread => ({
  channel,
  id,
  subject: 'Hi',
  url: `https://example.test/${id}`,
  me: channel === 'gmail' ? me : { name: 'Alex Seller', linkedin: 'alex-seller' },
  messages: msgs.map(([mid, day, from, to]) => ({
    id: mid,
    from,
    to: [to],
    cc: [],
    at: t0 + day * DAY,
    direction: from === me || from.linkedin === 'alex-seller' ? 'out' : 'in',
    text: 'Hello there',
    collapsed: false,
  })),
});
const liMe: Person = { name: 'Alex Seller', linkedin: 'alex-seller' };

let db: CricketsDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`contacts-${n++}`);
  await ingestThread(
    db,
    thread('gmail', 'g1', [
      ['a', 0, dana, me],
      ['b', 1, me, dana],
      ['c', 5, me, dana],
    ]),
    t0,
  );
  await ingestThread(db, thread('linkedin', 'l1', [['x', 8, liMe, danaLi]]), t0);
});
afterEach(async () => {
  await db.delete();
});

describe('contact actions', () => {
  it('pauses, marks won, and undoes back to active', async () => {
    const { previous } = await setUserStatus(db, dana.email!, 'paused');
    expect(previous).toBe('active');
    expect(await db.contacts.get(dana.email!)).toMatchObject({ status: 'paused', dueAt: null });
    await setUserStatus(db, dana.email!, 'won');
    expect(await db.contacts.get(dana.email!)).toMatchObject({ status: 'won', dueAt: null });
    await setUserStatus(db, dana.email!, 'active');
    expect((await db.contacts.get(dana.email!))?.dueAt).toBe(t0 + 5 * DAY + 7 * DAY);
  });

  it('snoozes: nothing is due before the snooze ends', async () => {
    const until = t0 + 40 * DAY;
    await snooze(db, dana.email!, until);
    expect((await db.contacts.get(dana.email!))?.dueAt).toBe(until);
    await snooze(db, dana.email!, null);
    expect((await db.contacts.get(dana.email!))?.dueAt).toBe(t0 + 12 * DAY);
  });

  it('merges an email and a LinkedIn profile into one streak and due date, and unmerges', async () => {
    expect((await db.contacts.get('linkedin:dana-whitfield'))?.streak).toBe(1);
    await merge(db, 'linkedin:dana-whitfield', dana.email!, t0);
    const merged = await db.contacts.get(dana.email!);
    expect(merged).toMatchObject({
      streak: 3,
      lastOutboundAt: t0 + 8 * DAY,
      dueAt: t0 + 8 * DAY + 14 * DAY,
    });
    expect(await db.contacts.get('linkedin:dana-whitfield')).toMatchObject({
      mergedInto: dana.email,
      dueAt: null,
    });
    const list = await dueList(db, t0 + 100 * DAY);
    expect(list.map((e) => e.contact.id)).toEqual([dana.email]);
    // New LinkedIn messages keep counting for the merged contact.
    await ingestThread(
      db,
      thread('linkedin', 'l1', [
        ['x', 8, liMe, danaLi],
        ['y', 9, danaLi, liMe],
      ]),
      t0,
    );
    expect((await db.contacts.get(dana.email!))?.streak).toBe(0);
    expect(await db.contacts.get(dana.email!)).toMatchObject({ linkedin: 'dana-whitfield' });
    await unmerge(db, 'linkedin:dana-whitfield');
    expect((await db.contacts.get(dana.email!))?.linkedin).toBeUndefined();
    expect((await db.contacts.get(dana.email!))?.streak).toBe(2);
    expect((await db.contacts.get('linkedin:dana-whitfield'))?.streak).toBe(0);
  });

  // session 21: the contact lists what was merged into it, through a chain too
  it('lists the contacts merged into one, directly or via another', async () => {
    const row = (await db.contacts.get(dana.email!))!;
    await db.contacts.put({
      ...row,
      id: 'carol@x.example',
      name: 'Carol',
      email: 'carol@x.example',
    });
    await merge(db, 'linkedin:dana-whitfield', dana.email!, t0);
    await merge(db, dana.email!, 'carol@x.example', t0);
    const danaName = row.name;
    expect(await mergedInto(db, 'carol@x.example')).toEqual([
      { id: dana.email!, name: danaName },
      {
        id: 'linkedin:dana-whitfield',
        name: (await db.contacts.get('linkedin:dana-whitfield'))!.name,
        via: { id: dana.email!, name: danaName },
      },
    ]);
    expect(await mergedInto(db, dana.email!)).toEqual([
      { id: 'linkedin:dana-whitfield', name: expect.any(String) },
    ]);
    await unmerge(db, dana.email!);
    expect(await mergedInto(db, 'carol@x.example')).toEqual([]);
    expect((await mergedInto(db, dana.email!)).map((m) => m.id)).toEqual([
      'linkedin:dana-whitfield',
    ]);
  });

  it('refuses to merge a contact with itself or with an unknown one', async () => {
    await expect(merge(db, dana.email!, dana.email!, t0)).rejects.toThrow(/already the same/);
    await expect(merge(db, 'nobody@x.com', dana.email!, t0)).rejects.toThrow(/must exist/);
    // session 21: a contact merged elsewhere is not merged again through its target (an Undo of
    // an unmerge, when it was merged into someone else meanwhile)
    await merge(db, 'linkedin:dana-whitfield', dana.email!, t0);
    await expect(merge(db, 'linkedin:dana-whitfield', 'other@x.com', t0)).rejects.toThrow(
      /already merged into another contact/,
    );
    expect((await db.contacts.get(dana.email!))?.mergedInto).toBeNull();
    await unmerge(db, 'linkedin:dana-whitfield');
  });

  it('recomputes every due date when the cadence changes', async () => {
    await refreshAll(db, { gapsDays: [1, 2], restDays: 10, countWeekends: true });
    expect((await db.contacts.get(dana.email!))?.dueAt).toBe(t0 + 5 * DAY + 2 * DAY);
  });
});

describe('due list', () => {
  it('lists due contacts first, filters, and counts what is due', async () => {
    const now = t0 + 13 * DAY;
    const all = await dueList(db, now);
    expect(all.map((e) => [e.contact.id, e.phase])).toEqual([
      ['linkedin:dana-whitfield', 'due'],
      [dana.email, 'due'],
    ]);
    expect(all[0]).toMatchObject({ overdueDays: 2, kind: 'value' });
    expect(all[1]).toMatchObject({ overdueDays: 1, kind: 'reference', silentDays: 13 });
    expect(await dueCount(db, now)).toBe(2);
    expect(await dueCount(db, t0 + 11.5 * DAY)).toBe(1);
    expect((await dueList(db, now, { query: 'acme' })).map((e) => e.contact.id)).toEqual([
      dana.email,
    ]);
    expect(await dueList(db, now, { filter: 'away' })).toEqual([]);
  });
});

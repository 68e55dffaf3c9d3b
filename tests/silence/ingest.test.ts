import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type CricketsDb } from '@/lib/db';
import { ingestThread } from '@/lib/silence/ingest';
import type { Person, Thread, ThreadMessage } from '@/lib/thread';

const DAY = 86_400_000;
const t0 = new Date(2026, 9, 1, 9, 0).getTime();
const me: Person = { name: 'Alex Seller', email: 'alex@crickets-demo.com' };
const dana: Person = { name: 'Dana Whitfield', email: 'dana@acme-freight.com' };
const sam: Person = { name: 'Sam Ortiz', email: 'sam@acme-freight.com' };

const msg = (
  id: string,
  day: number,
  from: Person,
  to: Person[],
  text = 'Hello',
  extra: Partial<ThreadMessage> = {},
): ThreadMessage => ({
  id,
  from,
  to,
  cc: [],
  at: t0 + day * DAY,
  direction: from === me ? 'out' : 'in',
  text,
  collapsed: false,
  ...extra,
});

const thread = (id: string, messages: ThreadMessage[], subject = 'Proposal'): Thread => ({
  channel: 'gmail',
  id,
  subject,
  url: `https://mail.google.com/mail/u/0/#inbox/${id}`,
  me,
  messages,
});

const silentThread = thread('t1', [
  msg('a1', 0, dana, [me], 'Could you send a proposal for the freight audit?'),
  msg('a2', 1, me, [dana], 'Here is the proposal.'),
  msg('a3', 5, me, [dana], 'A thought on your Rotterdam lanes.'),
  msg('a4', 12, me, [dana], 'One more idea.'),
]);

let db: CricketsDb;
let name = 0;
beforeEach(() => {
  db = openDb(`test-${name++}`);
});
afterEach(async () => {
  await db.delete();
});

describe('ingestThread', () => {
  it('writes contacts, messages and the thread, and computes the streak', async () => {
    const r = await ingestThread(db, silentThread, t0 + 20 * DAY);
    expect(r).toMatchObject({
      threadKey: 'gmail:t1',
      contactIds: ['dana@acme-freight.com'],
      added: 4,
    });
    const dana = await db.contacts.get('dana@acme-freight.com');
    expect(dana).toMatchObject({
      name: 'Dana Whitfield',
      email: 'dana@acme-freight.com',
      streak: 3,
      lastInboundAt: t0,
      lastOutboundAt: t0 + 12 * DAY,
      silentSince: t0,
      status: 'active',
    });
    expect(await db.messages.get('gmail:a2')).toMatchObject({
      contactId: 'dana@acme-freight.com',
      threadId: 't1',
      direction: 'out',
      at: t0 + DAY,
      auto: false,
    });
    expect(await db.threads.get('gmail:t1')).toMatchObject({
      subject: 'Proposal',
      contactIds: ['dana@acme-freight.com'],
    });
    expect(await db.contacts.get('alex@crickets-demo.com')).toBeUndefined();
  });

  it('is idempotent: the same thread seen again changes nothing', async () => {
    await ingestThread(db, silentThread, t0 + 20 * DAY);
    const before = { c: await db.contacts.toArray(), m: await db.messages.toArray() };
    for (let i = 0; i < 5; i++) {
      const r = await ingestThread(db, silentThread, t0 + (21 + i) * DAY);
      expect(r).toMatchObject({ added: 0, updated: 0 });
    }
    expect(await db.contacts.toArray()).toEqual(before.c);
    expect(await db.messages.toArray()).toEqual(before.m);
  });

  it('counts a streak across threads, and a reply in one thread ends it everywhere', async () => {
    await ingestThread(db, silentThread, t0);
    await ingestThread(db, thread('t2', [msg('b1', 14, me, [dana], 'New topic')], 'Q1 plan'), t0);
    expect((await db.contacts.get(dana.email!))?.streak).toBe(4);
    await ingestThread(
      db,
      thread('t2', [msg('b1', 14, me, [dana]), msg('b2', 15, dana, [me], 'Sounds good, call me')]),
      t0,
    );
    expect(await db.contacts.get(dana.email!)).toMatchObject({
      streak: 0,
      lastInboundAt: t0 + 15 * DAY,
    });
  });

  it('counts my message only for its To recipients, not for cc', async () => {
    const t = thread('t3', [msg('c1', 0, me, [dana], 'Hi both', { cc: [sam] })]);
    await ingestThread(db, t, t0);
    expect((await db.contacts.get(dana.email!))?.streak).toBe(1);
    expect((await db.contacts.get(sam.email!))?.streak).toBe(0);
    expect((await db.threads.get('gmail:t3'))?.contactIds.sort()).toEqual(
      [dana.email, sam.email].sort(),
    );
  });

  it('keeps a body read before when the message is later seen collapsed', async () => {
    await ingestThread(db, silentThread, t0);
    const collapsed = thread(
      't1',
      silentThread.messages.map((m) => ({ ...m, text: '', collapsed: true })),
    );
    const r = await ingestThread(db, collapsed, t0);
    expect(r.updated).toBe(0);
    expect((await db.messages.get('gmail:a1'))?.text).toContain('freight audit');
  });

  it('sends a collapsed message of mine without recipients to the people of the thread', async () => {
    const t = thread('t4', [
      msg('d1', 0, dana, [me]),
      msg('d2', 1, me, [], '', { collapsed: true }),
    ]);
    await ingestThread(db, t, t0);
    expect((await db.messages.get('gmail:d2'))?.contactIds).toEqual([dana.email]);
    expect((await db.contacts.get(dana.email!))?.streak).toBe(1);
  });

  it('does not end the streak on an out-of-office reply', async () => {
    const t = thread('t5', [
      msg('e1', 0, me, [dana], 'Proposal attached.'),
      msg(
        'e2',
        0.01,
        dana,
        [me],
        'Automatic reply: I am out of the office until Monday 7 December 2026 with limited access to email.',
        {},
      ),
      msg('e3', 4, me, [dana], 'Following up.'),
    ]);
    await ingestThread(db, t, t0);
    const row = await db.messages.get('gmail:e2');
    expect(row).toMatchObject({ auto: true, direction: 'in' });
    expect((await db.contacts.get(dana.email!))?.streak).toBe(2);
  });

  it('marks a contact opted out when their last reply asks to stop', async () => {
    const t = thread('t6', [
      msg('f1', 0, me, [dana], 'Proposal attached.'),
      msg('f2', 2, dana, [me], 'Please remove me from your list, not interested.'),
    ]);
    await ingestThread(db, t, t0);
    expect(await db.contacts.get(dana.email!)).toMatchObject({ status: 'opted-out', streak: 0 });
  });

  it('gives the same state for any order and any number of replays (property)', async () => {
    const all = [
      ...silentThread.messages,
      msg('g1', 20, me, [dana], 'later'),
      msg('g2', 21, dana, [me], 'ok'),
    ];
    const reference = openDb('reference');
    await ingestThread(reference, thread('t1', all), t0);
    const want = await reference.contacts.get(dana.email!);
    await reference.delete();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.subarray(all, { minLength: 1 }), { minLength: 1, maxLength: 6 }),
        async (batches) => {
          const d = openDb(`prop-${run++}`);
          try {
            for (const b of [...batches, all]) await ingestThread(d, thread('t1', b), t0);
            await ingestThread(d, thread('t1', [...all].reverse()), t0);
            expect(await d.contacts.get(dana.email!)).toEqual(want);
            expect(await d.messages.count()).toBe(all.length);
          } finally {
            await d.delete();
          }
        },
      ),
      { numRuns: 30 },
    );
  });

  it('stays consistent when two tabs ingest at once', async () => {
    await Promise.all([
      ingestThread(db, silentThread, t0),
      ingestThread(db, thread('t1', [...silentThread.messages].reverse()), t0),
      ingestThread(db, thread('t2', [msg('b1', 14, me, [dana])]), t0),
    ]);
    expect(await db.messages.count()).toBe(5);
    expect((await db.contacts.get(dana.email!))?.streak).toBe(4);
  });
});

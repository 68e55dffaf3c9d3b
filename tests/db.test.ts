import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDb } from '@/lib/db';

describe('database versions', () => {
  it('upgrades version 1 data: contacts get due dates, nothing is lost', async () => {
    const name = 'upgrade-v1';
    const v1 = new Dexie(name);
    v1.version(1).stores({
      contacts: 'id, status, lastInboundAt, lastOutboundAt',
      messages: 'id, contactId, *contactIds, [channel+threadId], at',
      threads: 'key, *contactIds, lastMessageAt',
    });
    const t = new Date(2026, 9, 1, 9, 0).getTime();
    await v1.table('contacts').bulkAdd([
      {
        id: 'dana@acme.com',
        name: 'Dana',
        streak: 2,
        lastInboundAt: null,
        lastOutboundAt: t,
        silentSince: t - 86_400_000,
        status: 'active',
        userStatus: 'active',
        awayUntil: null,
        laterAt: null,
        snoozedUntil: null,
      },
      {
        id: 'lee@x.com',
        name: 'Lee',
        streak: 0,
        lastInboundAt: t,
        lastOutboundAt: t - 1,
        silentSince: t,
        status: 'opted-out',
        userStatus: 'active',
        awayUntil: null,
        laterAt: null,
        snoozedUntil: null,
      },
    ]);
    await v1.table('messages').add({
      id: 'gmail:1',
      channel: 'gmail',
      threadId: 't',
      contactId: 'dana@acme.com',
      contactIds: ['dana@acme.com'],
      direction: 'out',
      at: t,
      auto: false,
      kind: 'reply',
      fromName: 'Me',
      text: 'Hi',
    });
    v1.close();

    const db = openDb(name);
    expect(await db.messages.count()).toBe(1);
    expect(await db.contacts.get('dana@acme.com')).toMatchObject({
      name: 'Dana',
      streak: 2,
      dueAt: t + 7 * 86_400_000,
      notifiedDueAt: null,
      mergedInto: null,
    });
    expect(await db.contacts.get('lee@x.com')).toMatchObject({ status: 'opted-out', dueAt: null });
    expect(await db.contacts.where('dueAt').above(0).count()).toBe(1);
    expect(await db.aliases.count()).toBe(0);
    expect(db.verno).toBe(3);
    expect(await db.library.count()).toBe(0);
    await db.delete();
  });
});

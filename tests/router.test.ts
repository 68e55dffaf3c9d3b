import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { currentConversation } from '@/lib/current';
import { openDb, type CricketsDb } from '@/lib/db';
import { handleMessage } from '@/lib/router';
import { DEFAULT_CADENCE } from '@/lib/silence/cadence';
import type { Thread } from '@/lib/thread';

const ID = 'crickets-test-id';
const me = { name: 'Alex Seller', email: 'alex@crickets-demo.com' };
const thread: Thread = {
  channel: 'gmail',
  id: 't1',
  subject: 'Hello',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  me,
  messages: [
    {
      id: 'm1',
      from: me,
      to: [{ name: 'Dana', email: 'dana@acme.com' }],
      cc: [],
      at: 1_780_000_000_000,
      direction: 'out',
      text: 'Hi',
      collapsed: false,
    },
  ],
};

let db: CricketsDb;
let n = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = openDb(`router-${n++}`);
});
const ctx = () => ({
  db,
  extensionId: ID,
  now: () => 1_780_000_100_000,
  cadence: () => Promise.resolve(DEFAULT_CADENCE),
});

describe('handleMessage', () => {
  it('ingests a valid threadSeen and makes it the current conversation of its tab', async () => {
    const reply = await handleMessage(
      { type: 'threadSeen', thread },
      { id: ID, tab: { id: 7 } },
      ctx(),
    );
    expect(reply).toMatchObject({ ok: true, threadKey: 'gmail:t1', added: 1 });
    expect(await db.messages.count()).toBe(1);
    expect(await currentConversation.getValue()).toMatchObject({
      channel: 'gmail',
      threadKey: 'gmail:t1',
      tabId: 7,
    });
  });

  it('records that a tab shows no conversation', async () => {
    await handleMessage({ type: 'threadSeen', thread }, { id: ID, tab: { id: 7 } }, ctx());
    expect(
      await handleMessage(
        { type: 'noThread', channel: 'gmail' },
        { id: ID, tab: { id: 7 } },
        ctx(),
      ),
    ).toEqual({ ok: true });
    expect(await currentConversation.getValue()).toMatchObject({ threadKey: null });
  });

  it.each([
    ['an unknown type', { type: 'dropTables' }],
    ['a missing thread', { type: 'threadSeen' }],
    [
      'a message without a time',
      {
        type: 'threadSeen',
        thread: { ...thread, messages: [{ ...thread.messages[0], at: undefined }] },
      },
    ],
    ['not an object', 'threadSeen'],
    [
      'a negative time',
      { type: 'threadSeen', thread: { ...thread, messages: [{ ...thread.messages[0], at: -5 }] } },
    ],
  ])('refuses %s with a clear error and writes nothing', async (_name, raw) => {
    const reply = await handleMessage(raw, { id: ID }, ctx());
    expect(reply.ok).toBe(false);
    expect(reply.ok === false && reply.error).toMatch(/^Refused: malformed message/);
    expect(await db.messages.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a message from another extension', async () => {
    const reply = await handleMessage(
      { type: 'threadSeen', thread },
      { id: 'someone-else' },
      ctx(),
    );
    expect(reply).toEqual({ ok: false, error: 'Refused: message from another extension.' });
    expect(await db.messages.count()).toBe(0);
  });
});

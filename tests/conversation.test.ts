import { describe, expect, it } from 'vitest';
import { coachContextFor } from '@/lib/coach-context';
import {
  lastTouchText,
  preview,
  primaryContactId,
  silenceBox,
  summarise,
} from '@/lib/conversation';
import type { ContactRow, MessageRow, ThreadRow } from '@/lib/db';

const DAY = 86_400_000;
const now = new Date(2026, 10, 23, 12, 0).getTime();
const thread: ThreadRow = {
  key: 'gmail:t',
  channel: 'gmail',
  threadId: 't',
  subject: 'S',
  url: 'u',
  contactIds: ['a@x.com', 'b@x.com', 'c@x.com'],
  lastMessageAt: now,
  seenAt: now,
};
const msg = (id: string, at: number, contactIds: string[]): MessageRow => ({
  id,
  channel: 'gmail',
  threadId: 't',
  contactId: contactIds[0]!,
  contactIds,
  direction: 'out',
  at,
  auto: false,
  kind: 'reply',
  fromName: 'Me',
  text: '',
});
const contact = (over: Partial<ContactRow> = {}): ContactRow => ({
  id: 'dana@acme.com',
  name: 'Dana Whitfield',
  streak: 3,
  lastInboundAt: now - 35 * DAY,
  lastOutboundAt: now - 11 * DAY,
  silentSince: now - 35 * DAY,
  status: 'active',
  userStatus: 'active',
  awayUntil: null,
  laterAt: null,
  snoozedUntil: null,
  dueAt: null,
  notifiedDueAt: null,
  mergedInto: null,
  ...over,
});

describe('primaryContactId', () => {
  it('picks the person most messages count for, then the most recent', () => {
    expect(
      primaryContactId(thread, [
        msg('1', 1, ['a@x.com']),
        msg('2', 2, ['b@x.com']),
        msg('3', 3, ['b@x.com']),
      ]),
    ).toBe('b@x.com');
    expect(primaryContactId(thread, [msg('1', 1, ['a@x.com']), msg('2', 2, ['c@x.com'])])).toBe(
      'c@x.com',
    );
    expect(primaryContactId(thread, [])).toBe('a@x.com');
    expect(primaryContactId({ ...thread, contactIds: [] }, [])).toBeNull();
  });
});

describe('summarise', () => {
  it.each([
    [
      contact(),
      3,
      35,
      /3 messages from you in a row without a reply; Dana has been silent for 35 days/,
    ],
    [
      contact({ streak: 0, lastInboundAt: now - 2 * DAY, silentSince: now - 2 * DAY }),
      0,
      2,
      /Dana replied last, 2 days ago: your move/,
    ],
    [contact({ status: 'opted-out' }), 3, 35, /asked not to be contacted/],
    [
      contact({ streak: 0, lastInboundAt: null, lastOutboundAt: null, silentSince: null }),
      0,
      null,
      /No messages from you/,
    ],
  ])('%#', (c, streak, silentDays, sentence) => {
    const s = summarise(c, now);
    expect(s.streak).toBe(streak);
    expect(s.silentDays).toBe(silentDays);
    expect(s.sentence).toMatch(sentence);
  });
});

describe('preview', () => {
  it('flattens whitespace and cuts long text with an ellipsis', () => {
    expect(preview('a\n\n b')).toBe('a b');
    expect(preview('x'.repeat(200), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});

describe('coachContextFor', () => {
  it('passes the silence state, the channel and the opt-out line to the coach', () => {
    const ctx = coachContextFor({
      channel: 'gmail',
      contact: contact({ awayUntil: now + DAY, status: 'opted-out' }),
      due: null,
      now,
      optOutLine: 'No worries if not.',
    });
    expect(ctx).toEqual({
      channel: 'email',
      now,
      optOutLine: 'No worries if not.',
      contact: {
        name: 'Dana Whitfield',
        streak: 3,
        optedOut: true,
        silentDays: 35,
        daysSinceLastTouch: 11,
        awayUntil: now + DAY,
      },
    });
    expect(
      coachContextFor({ channel: 'linkedin', contact: null, due: null, now, optOutLine: '' }),
    ).toEqual({ channel: 'linkedin', now, optOutLine: '' });
  });
});

describe('lastTouchText: when I last wrote, in words', () => {
  it.each([
    [null, '–', ''],
    [0, 'today', ''],
    [1, 'yesterday', ''],
    [2, '2', 'days ago'],
    [45, '45', 'days ago'],
  ])('%s days → "%s %s"', (days, value, unit) => {
    expect(lastTouchText(days)).toEqual({ value, unit });
  });
});

// session 19: after their reply the card does not call the days since it "silent"
describe('silenceBox: the card box for silence, or for their reply', () => {
  it.each([
    [{ streak: 2, lastInboundAt: null }, 5, 'Silent for', '5', 'days'],
    [{ streak: 1, lastInboundAt: 1 }, 1, 'Silent for', '1', 'day'],
    [{ streak: 0, lastInboundAt: 1 }, 3, 'They replied', '3', 'days ago'],
    [{ streak: 0, lastInboundAt: 1 }, 1, 'They replied', 'yesterday', ''],
    [{ streak: 0, lastInboundAt: 1 }, 0, 'They replied', 'today', ''],
    [{ streak: 0, lastInboundAt: null }, null, 'Silent for', '–', ''],
  ])('%j, %s days: "%s %s %s"', (contact, days, label, value, unit) => {
    expect(silenceBox(contact, days)).toEqual({ label, value, unit });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  exportBackup,
  importBackup,
  importReportMessage,
  parseBackup,
  settingsOffer,
  settingsSummary,
} from '@/lib/backup';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { openDb, type CricketsDb } from '@/lib/db';
import { saveArticle } from '@/lib/library/store';
import { merge, snooze } from '@/lib/silence/contacts';
import { ingestThread } from '@/lib/silence/ingest';
import type { Person, Thread } from '@/lib/thread';

const DAY = 86_400_000;
const t0 = new Date(2026, 9, 1, 9, 0).getTime();
const me: Person = { name: 'Alex Seller', email: 'alex@crickets-demo.com' };
const dana: Person = { name: 'Dana Whitfield', email: 'dana@acme-freight.com' };
const priya: Person = { name: 'Priya Raman', email: 'priya@northwind.io' };

const thread = (id: string, msgs: [string, number, Person, Person, string?][]): Thread => ({
  channel: 'gmail',
  id,
  subject: `Subject ${id}`,
  url: `https://mail.google.com/mail/u/0/#inbox/${id}`,
  me,
  messages: msgs.map(([mid, day, from, to, text]) => ({
    id: mid,
    from,
    to: [to],
    cc: [],
    at: t0 + day * DAY,
    direction: from === me ? 'out' : 'in',
    text: text ?? `Message ${mid}`,
    collapsed: false,
  })),
});

const ARTICLE = {
  url: 'https://news.example.com/freight-audits',
  title: 'Why freight audits pay for themselves',
  site: 'news.example.com',
  byline: null,
  excerpt: 'Duplicate invoices are common.',
  readingMinutes: 4,
  textSample: 'Duplicate invoices are common.',
  lang: 'en',
  keywords: ['freight', 'audit'],
  savedAt: t0,
};

const dbs: CricketsDb[] = [];
let n = 0;
const fresh = (): CricketsDb => {
  const d = openDb(`backup-${n++}`);
  dbs.push(d);
  return d;
};
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

let source: CricketsDb;
beforeEach(async () => {
  source = fresh();
  await ingestThread(
    source,
    thread('t1', [
      ['a', 0, dana, me],
      ['b', 1, me, dana],
      ['c', 4, me, dana],
    ]),
    t0,
  );
  await ingestThread(
    source,
    thread('t2', [
      ['d', 2, me, priya],
      ['e', 3, priya, me, 'Not right now, reach out next quarter.'],
    ]),
    t0,
  );
  await snooze(source, dana.email!, t0 + 30 * DAY);
});

describe('backup', () => {
  it('round-trips exactly: export, import into an empty database, export again', async () => {
    await merge(source, priya.email!, dana.email!, t0);
    await saveArticle(source, ARTICLE, t0);
    const first = await exportBackup(source, t0);
    const parsed = parseBackup(JSON.stringify(first));
    expect(parsed.ok).toBe(true);
    const target = fresh();
    const report = await importBackup(target, parsed.ok ? parsed.backup : (null as never));
    expect(report.added).toEqual({ contacts: 2, messages: 5, threads: 2, aliases: 1, library: 1 });
    expect(await exportBackup(target, t0)).toEqual(first);
  });

  it('carries settings and templates when given; importing offers them only when they differ', async () => {
    const mine = {
      ...DEFAULT_SETTINGS,
      cadence: { ...DEFAULT_SETTINGS.cadence, gapsDays: [4, 8] },
      templates: { value: 'Hi {first name}, here is {article}.', close: 'Closing the loop.' },
    };
    const file = parseBackup(JSON.stringify(await exportBackup(source, t0, mine)));
    expect(file.ok).toBe(true);
    const backup = file.ok ? file.backup : (null as never);
    expect(backup.settings).toEqual(mine);
    // the same settings, templates in another order: nothing to ask
    const reordered = {
      ...mine,
      templates: { close: 'Closing the loop.', value: mine.templates.value },
    };
    expect(settingsOffer(backup, reordered)).toBeNull();
    expect(settingsOffer(backup, DEFAULT_SETTINGS)).toEqual(mine);
    expect(settingsSummary(mine, DEFAULT_SETTINGS)).toBe(
      'follow-ups after 4, 8 days, rest 90 days, weekends counted; share something useful template “Hi {first name}, here is {article}.”; graceful close template “Closing the loop.”',
    );
    // session 21 review: a blank template is the built-in one
    expect(settingsSummary({ ...mine, templates: { ...mine.templates, close: '  ' } }, mine)).toBe(
      'the built-in graceful close template',
    );
    // session 21: each template that differs is named by kind; a long one is clipped
    const long = { ...mine, templates: { close: `${'Thanks for your time. '.repeat(5)}\nBest` } };
    expect(settingsSummary(long, mine)).toBe(
      'the built-in share something useful template; graceful close template “Thanks for your time. Thanks for your time. Thanks for your…”',
    );
    // only what differs is named: an opt-out line, the one the rewrite adds to outgoing mail
    const line = { ...mine, optOutLine: 'Reply STOP.', notifications: false };
    expect(settingsSummary(line, mine)).toBe('opt-out line “Reply STOP.”; reminders off');
    // a file from before settings were included offers none
    expect(settingsOffer(await exportBackup(source, t0), DEFAULT_SETTINGS)).toBeNull();
    // settings that do not validate (a newer version's) are not offered, and block nothing else
    const odd = { ...backup, settings: { ...mine, cadence: { ...mine.cadence, restDays: -1 } } };
    const parsedOdd = parseBackup(JSON.stringify(odd));
    expect(parsedOdd.ok).toBe(true);
    expect(settingsOffer(parsedOdd.ok ? parsedOdd.backup : (null as never), mine)).toBeNull();
  });

  it('never overwrites or deletes what is already here, and says what it kept', async () => {
    const backup = await exportBackup(source, t0);
    const target = fresh();
    await ingestThread(target, thread('t1', [['a', 0, dana, me, 'My own newer copy']]), t0);
    await snooze(target, dana.email!, t0 + 90 * DAY);
    const report = await importBackup(target, backup);
    expect(report.kept).toMatchObject({ contacts: 1, messages: 1, threads: 1 });
    expect(report.added).toMatchObject({ contacts: 1, messages: 4, threads: 1 });
    expect((await target.messages.get('gmail:a'))?.text).toBe('My own newer copy');
    const c = await target.contacts.get(dana.email!);
    expect(c?.snoozedUntil).toBe(t0 + 90 * DAY);
    // The streak is recomputed from all messages now known.
    expect(c?.streak).toBe(2);
  });

  it.each([
    ['not JSON', '{oops', /not JSON/],
    ['another JSON file', '{"hello": 1}', /not a Crickets backup/],
    [
      'a damaged row',
      JSON.stringify({
        format: 'crickets-backup',
        version: 1,
        exportedAt: 1,
        contacts: [{ id: 'x' }],
        messages: [],
        threads: [],
        aliases: [],
      }),
      /damaged at contacts\.0\./,
    ],
    [
      'a message of nobody',
      JSON.stringify({
        format: 'crickets-backup',
        version: 1,
        exportedAt: 1,
        contacts: [],
        messages: [
          {
            id: 'gmail:1',
            channel: 'gmail',
            threadId: 't',
            contactId: 'a@b.c',
            contactIds: ['a@b.c'],
            direction: 'in',
            at: 1,
            auto: false,
            kind: 'reply',
            fromName: 'A',
            text: '',
          },
        ],
        threads: [],
        aliases: [],
      }),
      /belongs to no contact/,
    ],
  ])('refuses %s with a clear reason', (_name, text, reason) => {
    const r = parseBackup(text);
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.error).toMatch(reason);
  });
});

// session 19: the options page's words for an import
describe('importReportMessage', () => {
  const none = { contacts: 0, messages: 0, threads: 0, aliases: 0, library: 0 };
  it('names what was added, saved articles included, with plurals', () => {
    expect(
      importReportMessage({
        added: { contacts: 1, messages: 5, threads: 2, aliases: 1, library: 1 },
        kept: none,
      }),
    ).toBe(
      'Imported 1 contact, 5 messages, 2 conversations, 1 saved article. Nothing was overwritten.',
    );
  });
  it('says what was already here and kept', () => {
    expect(
      importReportMessage({
        added: none,
        kept: { contacts: 2, messages: 1, threads: 1, aliases: 0, library: 0 },
      }),
    ).toBe(
      'Nothing new in this file: 2 contacts, 1 message, 1 conversation, 0 saved articles were already here and kept as they were.',
    );
  });
});

// Bundled by scripts/bench-chromium.ts (esbuild, IIFE) and run in a real Chromium page with real
// IndexedDB. Never part of the extension.
import { openDb, type ContactRow, type MessageRow } from '../lib/db';
import { computeDue, DEFAULT_CADENCE } from '../lib/silence/cadence';
import { dueCount, dueList } from '../lib/silence/due';
import { ingestThread } from '../lib/silence/ingest';
import { extractArticle } from '../lib/library/extract';
import { rankArticles } from '../lib/library/rank';
import type { SavedArticle } from '../lib/library/article';
import { readGmailThread } from '../lib/sources/gmail';
import { readLinkedInThread } from '../lib/sources/linkedin';

const DAY = 86_400_000;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95), min: s[0]!, runs: s.length };
};

async function time<T>(
  runs: number,
  fn: () => Promise<T> | T,
): Promise<{ median: number; p95: number; min: number; runs: number; last: T }> {
  const xs: number[] = [];
  let last!: T;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await fn();
    xs.push(performance.now() - t);
  }
  return { ...stats(xs), last };
}

/** Seed `contacts` contacts and `messages` messages (10 per contact), as ingest would leave them. */
async function seed(contacts: number, messages: number) {
  const db = openDb(`bench-${contacts}`);
  await db.delete();
  await db.open();
  const now = Date.now();
  const perContact = Math.floor(messages / contacts);
  const cs: ContactRow[] = [];
  const ms: MessageRow[] = [];
  for (let i = 0; i < contacts; i++) {
    const id = `person${i}@company${i % 500}.com`;
    const start = now - ((i * 7919) % 120) * DAY;
    const replied = i % 3 === 0;
    let lastOut: number | null = null;
    let lastIn: number | null = null;
    let streak = 0;
    for (let k = 0; k < perContact; k++) {
      const at = start + k * 2 * DAY;
      const out = replied ? k % 2 === 0 : k !== 1;
      if (out) {
        lastOut = at;
        streak += 1;
      } else {
        lastIn = at;
        streak = 0;
      }
      ms.push({
        id: `gmail:${i}-${k}`,
        channel: 'gmail',
        threadId: `t${i}`,
        contactId: id,
        contactIds: [id],
        direction: out ? 'out' : 'in',
        at,
        auto: false,
        kind: 'reply',
        fromName: out ? 'Me' : `Person ${i}`,
        text: `Message ${k} about the freight audit and next steps.`,
      });
    }
    const c: ContactRow = {
      id,
      name: `Person ${i}`,
      email: id,
      streak,
      lastInboundAt: lastIn,
      lastOutboundAt: lastOut,
      silentSince: lastIn ?? start,
      status: i % 17 === 0 ? 'paused' : 'active',
      userStatus: i % 17 === 0 ? 'paused' : 'active',
      awayUntil: null,
      laterAt: null,
      snoozedUntil: null,
      dueAt: null,
      notifiedDueAt: null,
      mergedInto: null,
    };
    c.dueAt = computeDue(c, DEFAULT_CADENCE).dueAt;
    cs.push(c);
  }
  await db.contacts.bulkAdd(cs);
  for (let i = 0; i < ms.length; i += 10_000) await db.messages.bulkAdd(ms.slice(i, i + 10_000));
  return {
    db,
    now,
    counts: { contacts: await db.contacts.count(), messages: await db.messages.count() },
  };
}

export async function run(
  longThreadHtml: string,
  linkedInHtml: string,
  articles: { file: string; url: string; html: string }[],
) {
  const results: Record<string, unknown> = {};

  // Reading a LinkedIn conversation (9 messages).
  const liDoc = new DOMParser().parseFromString(linkedInHtml, 'text/html');
  const liUrl =
    'https://www.linkedin.com/messaging/thread/2-M2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==/';
  const li = await time(30, () => readLinkedInThread(liDoc, liUrl));
  results.readLinkedIn = {
    medianMs: li.median,
    p95Ms: li.p95,
    messages: li.last?.messages.length ?? 0,
  };

  // Extracting each article fixture with Readability (on a clone, as the extension does).
  const extracted: SavedArticle[] = [];
  const perArticle: Record<string, number> = {};
  for (const a of articles) {
    const d = new DOMParser().parseFromString(a.html, 'text/html');
    const r = await time(5, () => extractArticle(d, a.url, Date.now()));
    perArticle[a.file] = r.median;
    if (r.last.ok) extracted.push(r.last.article);
  }
  results.extractArticle = perArticle;

  // Ranking 500 saved articles against the 50-message thread: first run (indexing) and after.
  const library: SavedArticle[] = Array.from({ length: 500 }, (_, i) => {
    const base = extracted[i % extracted.length]!;
    const shift = i % base.keywords.length;
    return {
      ...base,
      url: `${base.url}?copy=${i}`,
      title: `${base.title} (${i})`,
      keywords: [...base.keywords.slice(shift), ...base.keywords.slice(0, shift)],
    };
  });

  // Reading a 50-message Gmail thread (DOM → Thread).
  const doc = new DOMParser().parseFromString(longThreadHtml, 'text/html');
  const url = 'https://mail.google.com/mail/u/0/#inbox/1a0f67a7a68f48b1';
  const first = performance.now();
  const thread = readGmailThread(doc, url);
  const firstRead = performance.now() - first;
  const read = await time(30, () => readGmailThread(doc, url));
  results.readGmail50 = {
    firstMs: firstRead,
    medianMs: read.median,
    p95Ms: read.p95,
    messages: thread?.messages.length ?? 0,
  };

  const rankContext = {
    subject: thread!.subject,
    messages: thread!.messages.map((m) => m.text),
    companyDomain: 'umbrella-supply.com',
  };
  const cold = performance.now();
  rankArticles(library, rankContext, { limit: 3 });
  const rankCold = performance.now() - cold;
  const rank = await time(21, () => rankArticles(library, rankContext, { limit: 3 }));
  results.rank500 = {
    articles: library.length,
    firstMs: rankCold,
    medianMs: rank.median,
    p95Ms: rank.p95,
  };

  // Ingesting it: first time (writes) and again (idempotent, nothing written).
  const idb = openDb('bench-ingest');
  await idb.delete();
  await idb.open();
  const t0 = performance.now();
  const r1 = await ingestThread(idb, thread!, Date.now());
  const firstIngest = performance.now() - t0;
  const again = await time(15, () => ingestThread(idb, thread!, Date.now()));
  results.ingest50 = {
    firstMs: firstIngest,
    added: r1.added,
    replayMedianMs: again.median,
    replayP95Ms: again.p95,
    replayAdded: again.last.added,
  };
  await idb.delete();

  // The due list for 10,000 contacts and 100,000 messages.
  const seeded = await seed(10_000, 100_000);
  const full = await time(15, () => dueList(seeded.db, seeded.now));
  const panel = await time(15, () => dueList(seeded.db, seeded.now, { limit: 200 }));
  const count = await time(15, () => dueCount(seeded.db, seeded.now));
  results.dueList10k = {
    ...seeded.counts,
    fullMedianMs: full.median,
    fullP95Ms: full.p95,
    entries: full.last.length,
    panel200MedianMs: panel.median,
    badgeCountMedianMs: count.median,
    due: count.last,
  };
  await seeded.db.delete();
  return results;
}

import type { ContactRow, CricketsDb } from '../db';
import { computeDue, DEFAULT_CADENCE, type CadenceSettings, type DuePhase } from './cadence';
import { suggestKind, type MessageKind } from './kind';
import { daysSince } from './streak';

export interface DueEntry {
  contact: ContactRow;
  dueAt: number;
  phase: DuePhase;
  /** Days past the due date (0 when due today or not yet due). */
  overdueDays: number;
  silentDays: number | null;
  kind: MessageKind;
}

export type DueFilter = 'all' | 'due' | 'waiting' | 'away' | 'resting';

const DAY = 86_400_000;

/** One contact's place in the due list, or null when no follow-up is scheduled. */
export function dueEntry(
  contact: ContactRow,
  now: number,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): DueEntry | null {
  if (contact.mergedInto !== null) return null;
  const due = computeDue(contact, cadence, now);
  if (due.dueAt === null) return null;
  return {
    contact,
    dueAt: due.dueAt,
    phase: due.phase,
    overdueDays: due.phase === 'due' ? Math.floor((now - due.dueAt) / DAY) : 0,
    silentDays: daysSince(contact.silentSince, now),
    kind: suggestKind({ ...contact, phase: due.phase }),
  };
}

const matches = (e: DueEntry, filter: DueFilter, query: string): boolean => {
  if (filter !== 'all' && e.phase !== filter && !(filter === 'waiting' && e.phase === 'not-now'))
    return false;
  if (!query) return true;
  const q = query.toLowerCase();
  return e.contact.name.toLowerCase().includes(q) || e.contact.id.includes(q);
};

/**
 * Everyone with a follow-up scheduled, most urgent first: due (longest overdue first), then the
 * rest by due date. Reads only contacts that have a due date (an index), so it stays fast.
 */
export async function dueList(
  db: CricketsDb,
  now: number,
  opts: { cadence?: CadenceSettings; filter?: DueFilter; query?: string; limit?: number } = {},
): Promise<DueEntry[]> {
  const { cadence = DEFAULT_CADENCE, filter = 'all', query = '', limit = Infinity } = opts;
  // With no filter, the first `limit` rows by due date are the answer: read only those.
  const byDue = db.contacts.orderBy('dueAt');
  const contacts = await (
    filter === 'all' && !query.trim() && Number.isFinite(limit) ? byDue.limit(limit) : byDue
  ).toArray();
  const out: DueEntry[] = [];
  for (const c of contacts) {
    const e = dueEntry(c, now, cadence);
    if (e && matches(e, filter, query.trim())) out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}

/** How many follow-ups are due now (the toolbar badge). */
export async function dueCount(db: CricketsDb, now: number): Promise<number> {
  return db.contacts.where('dueAt').belowOrEqual(now).count();
}

/** The next time something falls due after `now`, for a one-shot alarm. */
export async function nextDueAt(db: CricketsDb, now: number): Promise<number | null> {
  const next = await db.contacts.where('dueAt').above(now).first();
  return next?.dueAt ?? null;
}

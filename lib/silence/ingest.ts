import type { ContactRow, CricketsDb, MessageRow, ThreadRow } from '../db';
import { contactIdOf, type Person, type Thread, type ThreadMessage } from '../thread';
import { computeDue, DEFAULT_CADENCE, type CadenceSettings } from './cadence';
import { classifyInbound } from './classify';
import { silenceOf } from './streak';

export interface IngestResult {
  threadKey: string;
  contactIds: string[];
  added: number;
  updated: number;
}

const sameAs = (a: Person, b: Person): boolean => {
  const ia = contactIdOf(a);
  return ia !== null && ia === contactIdOf(b);
};

/** Everyone in the thread but me, by contact id, with the best name seen for each. */
function participants(thread: Thread): Map<string, Person> {
  const people = new Map<string, Person>();
  for (const m of thread.messages) {
    for (const p of [m.from, ...m.to, ...m.cc]) {
      const id = contactIdOf(p);
      if (id === null || sameAs(p, thread.me)) continue;
      const known = people.get(id);
      if (!known || betterName(p.name, known.name, id)) people.set(id, p);
    }
  }
  return people;
}

const betterName = (candidate: string, current: string, id: string): boolean =>
  candidate.trim() !== '' && candidate !== id && (current.trim() === '' || current === id);

/** Whose streak a message counts for: the sender of theirs; the To recipients of mine. */
function countsFor(m: ThreadMessage, thread: Thread, everyone: string[]): string[] {
  if (m.direction === 'in') {
    const id = contactIdOf(m.from);
    return id === null || sameAs(m.from, thread.me) ? [] : [id];
  }
  const to = m.to
    .filter((p) => !sameAs(p, thread.me))
    .map(contactIdOf)
    .filter((id): id is string => id !== null);
  // A collapsed message of mine shows no recipients: it went to the people of the thread.
  return to.length > 0 ? [...new Set(to)] : everyone;
}

function toRow(
  m: ThreadMessage,
  thread: Thread,
  everyone: string[],
  old?: MessageRow,
): MessageRow | null {
  const contactIds = countsFor(m, thread, everyone);
  const contactId = contactIds[0];
  if (contactId === undefined) return null;
  // A collapsed view has no body: never let it erase a body read before.
  const text = m.text !== '' ? m.text : (old?.text ?? '');
  const row: MessageRow = {
    id: `${thread.channel}:${m.id}`,
    channel: thread.channel,
    threadId: thread.id,
    contactId,
    contactIds,
    direction: m.direction,
    at: m.at,
    auto: false,
    kind: 'reply',
    fromName: m.from.name,
    text,
  };
  if (m.from.email) row.fromEmail = m.from.email;
  if (m.direction === 'in') {
    const c = classifyInbound(text, m.at, thread.subject);
    row.kind = c.kind;
    row.auto = c.kind === 'auto';
    if (c.awayUntil !== undefined) row.awayUntil = c.awayUntil;
    if (c.laterAt !== undefined) row.laterAt = c.laterAt;
  }
  return row;
}

const rowChanged = (a: MessageRow, b: MessageRow): boolean =>
  JSON.stringify(a) !== JSON.stringify(b);

/**
 * Write a thread seen in a tab: its contacts, messages and the thread itself, then recompute each
 * contact's silence. Idempotent: the same thread seen again changes nothing.
 */
export async function ingestThread(
  db: CricketsDb,
  thread: Thread,
  now: number,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): Promise<IngestResult> {
  const people = participants(thread);
  const everyone = [...people.keys()];
  const threadKey = `${thread.channel}:${thread.id}`;
  return db.transaction('rw', [db.contacts, db.messages, db.threads, db.aliases], async () => {
    const ids = thread.messages.map((m) => `${thread.channel}:${m.id}`);
    const existing = await db.messages.bulkGet(ids);
    const rows: MessageRow[] = [];
    let added = 0;
    let updated = 0;
    thread.messages.forEach((m, i) => {
      const old = existing[i];
      const row = toRow(m, thread, everyone, old);
      if (!row) return;
      if (!old) added += 1;
      else if (!rowChanged(old, row)) return;
      else updated += 1;
      rows.push(row);
    });
    if (rows.length) await db.messages.bulkPut(rows);

    const oldThread = await db.threads.get(threadKey);
    const times = thread.messages.map((m) => m.at);
    const threadRow: ThreadRow = {
      key: threadKey,
      channel: thread.channel,
      threadId: thread.id,
      subject: thread.subject,
      url: thread.url,
      contactIds: [...new Set([...(oldThread?.contactIds ?? []), ...everyone])],
      lastMessageAt: times.length
        ? Math.max(...times, oldThread?.lastMessageAt ?? 0)
        : (oldThread?.lastMessageAt ?? null),
      seenAt: now,
    };
    await db.threads.put(threadRow);

    for (const [id, person] of people) await refreshContact(db, id, person, cadence);
    return { threadKey, contactIds: everyone, added, updated };
  });
}

/** The contact an id now belongs to (after merges). */
export async function resolveContactId(db: CricketsDb, id: string): Promise<string> {
  const seen = new Set<string>();
  let current = id;
  for (;;) {
    const alias = await db.aliases.get(current);
    if (!alias || seen.has(alias.target)) return current;
    seen.add(current);
    current = alias.target;
  }
}

/** Every id that counts as this contact: its own and the ids merged into it. */
export async function idsOf(db: CricketsDb, id: string): Promise<string[]> {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) {
    for (const a of await db.aliases.where('target').equals(ids[i]!).toArray())
      if (!ids.includes(a.id)) ids.push(a.id);
  }
  return ids;
}

/**
 * Recompute one contact's silence and due date from every message that counts for them (their
 * merged ids included). A merged-away id refreshes the contact it belongs to.
 */
export async function refreshContact(
  db: CricketsDb,
  rawId: string,
  person?: Person,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): Promise<ContactRow> {
  const id = await resolveContactId(db, rawId);
  if (id !== rawId && person) await upsertAliasPerson(db, rawId, person, id);
  const old = await db.contacts.get(id);
  const ids = await idsOf(db, id);
  const messages = await db.messages.where('contactIds').anyOf(ids).distinct().toArray();
  const s = silenceOf(messages);
  const userStatus = old?.userStatus ?? 'active';
  const own = id === rawId ? person : undefined;
  const name =
    own && betterName(own.name, old?.name ?? '', id) ? own.name : (old?.name ?? own?.name ?? id);
  const row: ContactRow = {
    id,
    name: name.trim() === '' ? id : name,
    streak: s.streak,
    lastInboundAt: s.lastInboundAt,
    lastOutboundAt: s.lastOutboundAt,
    silentSince: s.silentSince,
    status: s.optedOut ? 'opted-out' : userStatus,
    userStatus,
    awayUntil: s.awayUntil,
    laterAt: s.laterAt,
    snoozedUntil: old?.snoozedUntil ?? null,
    dueAt: null,
    notifiedDueAt: old?.notifiedDueAt ?? null,
    mergedInto: null,
  };
  row.dueAt = computeDue(row, cadence).dueAt;
  const email = own?.email ?? old?.email;
  const linkedin = own?.linkedin ?? old?.linkedin;
  if (email) row.email = email;
  if (linkedin) row.linkedin = linkedin;
  if (!old || JSON.stringify(old) !== JSON.stringify(row)) await db.contacts.put(row);
  return row;
}

/** A merged-away contact keeps its own row (for unmerging), marked and never due. */
async function upsertAliasPerson(
  db: CricketsDb,
  id: string,
  person: Person,
  target: string,
): Promise<void> {
  const old = await db.contacts.get(id);
  if (old) return;
  const row: ContactRow = {
    id,
    name: person.name.trim() || id,
    streak: 0,
    lastInboundAt: null,
    lastOutboundAt: null,
    silentSince: null,
    status: 'active',
    userStatus: 'active',
    awayUntil: null,
    laterAt: null,
    snoozedUntil: null,
    dueAt: null,
    notifiedDueAt: null,
    mergedInto: target,
  };
  if (person.email) row.email = person.email;
  if (person.linkedin) row.linkedin = person.linkedin;
  await db.contacts.put(row);
}

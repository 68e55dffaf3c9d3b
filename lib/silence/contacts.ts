import type { ContactRow, CricketsDb, UserStatus } from '../db';
import { DEFAULT_CADENCE, type CadenceSettings } from './cadence';
import { idsOf, refreshContact, resolveContactId } from './ingest';
import type { MergedContact } from '../merge-candidates';

/** The user's decisions about a contact. Each returns what undoes it. */

export async function setUserStatus(
  db: CricketsDb,
  id: string,
  status: UserStatus,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): Promise<{ previous: UserStatus }> {
  return db.transaction('rw', [db.contacts, db.messages, db.aliases], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new Error(`No contact ${id}.`);
    await db.contacts.update(id, { userStatus: status });
    await refreshContact(db, id, undefined, cadence);
    return { previous: contact.userStatus };
  });
}

/** No follow-up before `until` (null lifts the snooze). */
export async function snooze(
  db: CricketsDb,
  id: string,
  until: number | null,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): Promise<{ previous: number | null }> {
  return db.transaction('rw', [db.contacts, db.messages, db.aliases], async () => {
    const contact = await db.contacts.get(id);
    if (!contact) throw new Error(`No contact ${id}.`);
    await db.contacts.update(id, { snoozedUntil: until });
    await refreshContact(db, id, undefined, cadence);
    return { previous: contact.snoozedUntil };
  });
}

/**
 * Two ids are one person: `from` is merged into `into`. Messages keep their ids; the merged
 * contact's history, streak and due date cover both. Undone by `unmerge(from)`.
 */
export async function merge(
  db: CricketsDb,
  from: string,
  into: string,
  now: number,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): Promise<void> {
  await db.transaction('rw', [db.contacts, db.messages, db.aliases], async () => {
    const target = await resolveContactId(db, into);
    const source = await resolveContactId(db, from);
    if (source === target) throw new Error('These are already the same contact.');
    // (an Undo of an unmerge, when `from` was merged elsewhere since: never merge that other one)
    if (source !== from) throw new Error(`${from} is already merged into another contact.`);
    const [a, b] = await db.contacts.bulkGet([source, target]);
    if (!a || !b) throw new Error('Both contacts must exist to merge them.');
    await db.aliases.put({ id: source, target, at: now });
    await db.contacts.update(source, { mergedInto: target, dueAt: null });
    // The merged contact is known by both: an email and a LinkedIn profile.
    const known: Partial<ContactRow> = {};
    if (!b.email && a.email) known.email = a.email;
    if (!b.linkedin && a.linkedin) known.linkedin = a.linkedin;
    if (Object.keys(known).length) await db.contacts.update(target, known);
    await refreshContact(db, target, undefined, cadence);
  });
}

/**
 * The contacts merged into `id`, and those merged into them (A into B into C: C's history has
 * A's messages too, so C lists A "via B"), by name.
 */
export async function mergedInto(db: CricketsDb, id: string): Promise<MergedContact[]> {
  const list: MergedContact[] = [];
  const seen = new Set([id]);
  let level = [id];
  while (level.length > 0) {
    const next: string[] = [];
    for (const at of level) {
      const parent = list.find((m) => m.id === at);
      for (const c of await db.contacts.where('mergedInto').equals(at).toArray()) {
        if (seen.has(c.id)) continue;
        seen.add(c.id);
        const m: MergedContact = { id: c.id, name: c.name };
        if (parent) m.via = { id: parent.id, name: parent.name };
        list.push(m);
        next.push(c.id);
      }
    }
    level = next;
  }
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

export async function unmerge(
  db: CricketsDb,
  id: string,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): Promise<void> {
  await db.transaction('rw', [db.contacts, db.messages, db.aliases], async () => {
    const alias = await db.aliases.get(id);
    if (!alias) throw new Error(`${id} is not merged into another contact.`);
    await db.aliases.delete(id);
    await db.contacts.update(id, { mergedInto: null });
    // Give back the identity the merge lent the other contact.
    const [own, other] = await db.contacts.bulkGet([id, alias.target]);
    if (own && other) {
      const lent: Record<string, undefined> = {};
      if (own.email && other.email === own.email && other.id !== own.email) lent.email = undefined;
      if (
        own.linkedin &&
        other.linkedin === own.linkedin &&
        other.id !== `linkedin:${own.linkedin}`
      )
        lent.linkedin = undefined;
      if (Object.keys(lent).length) await db.contacts.update(alias.target, lent);
    }
    await refreshContact(db, id, undefined, cadence);
    await refreshContact(db, alias.target, undefined, cadence);
  });
}

/** Recompute every contact (after the cadence settings change). */
export async function refreshAll(db: CricketsDb, cadence: CadenceSettings): Promise<number> {
  return db.transaction('rw', [db.contacts, db.messages, db.aliases], async () => {
    const ids = (await db.contacts.toCollection().primaryKeys()) as string[];
    for (const id of ids) {
      const c = await db.contacts.get(id);
      if (c && c.mergedInto === null) await refreshContact(db, id, undefined, cadence);
    }
    return ids.length;
  });
}

export { idsOf };

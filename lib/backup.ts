import * as z from 'zod/mini';
import { plural } from './plural';
import type { AliasRow, ContactRow, CricketsDb, LibraryRow, MessageRow, ThreadRow } from './db';
import { SavedArticleSchema } from './library/schema';
import { normaliseSettings, SettingsSchema, type Settings } from './settings';
import { DEFAULT_CADENCE, type CadenceSettings } from './silence/cadence';
import { refreshContact } from './silence/ingest';
import { KIND_LABELS } from './silence/kind';
import { ChannelSchema } from './thread';
import type { MessageKind } from './coach';

/** The backup file: every table, validated field by field before anything is written. */

const time = z.number().check(z.int(), z.nonnegative());
const nTime = z.nullable(time);
const userStatus = z.enum(['active', 'paused', 'won', 'lost']);

const ContactSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  email: z.optional(z.string()),
  linkedin: z.optional(z.string()),
  streak: z.number().check(z.int(), z.nonnegative()),
  lastInboundAt: nTime,
  lastOutboundAt: nTime,
  silentSince: nTime,
  status: z.enum(['active', 'paused', 'won', 'lost', 'opted-out']),
  userStatus,
  awayUntil: nTime,
  laterAt: nTime,
  snoozedUntil: nTime,
  dueAt: nTime,
  notifiedDueAt: nTime,
  mergedInto: z.nullable(z.string()),
});

const MessageSchema = z.object({
  id: z.string().check(z.minLength(3)),
  channel: ChannelSchema,
  threadId: z.string().check(z.minLength(1)),
  contactId: z.string().check(z.minLength(1)),
  contactIds: z.array(z.string()).check(z.minLength(1)),
  direction: z.enum(['in', 'out']),
  at: time,
  auto: z.boolean(),
  kind: z.enum(['reply', 'auto', 'opt-out', 'not-now']),
  fromName: z.string(),
  fromEmail: z.optional(z.string()),
  text: z.string(),
  awayUntil: z.optional(time),
  laterAt: z.optional(time),
});

const ThreadSchema = z.object({
  key: z.string().check(z.minLength(3)),
  channel: ChannelSchema,
  threadId: z.string().check(z.minLength(1)),
  subject: z.string(),
  url: z.string(),
  contactIds: z.array(z.string()),
  lastMessageAt: nTime,
  seenAt: time,
});

const AliasSchema = z.object({
  id: z.string().check(z.minLength(1)),
  target: z.string().check(z.minLength(1)),
  at: time,
});

const LibrarySchema = z.extend(SavedArticleSchema, {
  tags: z.array(z.string().check(z.maxLength(60))),
  updatedAt: time,
});

export const BackupSchema = z.object({
  format: z.literal('crickets-backup'),
  version: z.literal(1),
  exportedAt: time,
  contacts: z.array(ContactSchema),
  messages: z.array(MessageSchema),
  threads: z.array(ThreadSchema),
  aliases: z.array(AliasSchema),
  /** The value library (absent in backups made before it existed). */
  library: z.optional(z.array(LibrarySchema)),
  /** Settings and templates (absent in backups made before they were included). */
  // checked on their own (settingsOffer): settings from a newer version never block the import
  settings: z.optional(z.unknown()),
});
export type Backup = z.infer<typeof BackupSchema>;

/** Everything in the database, and the settings and templates when given. */
export async function exportBackup(
  db: CricketsDb,
  now: number,
  settings?: Settings,
): Promise<Backup> {
  return db.transaction(
    'r',
    [db.contacts, db.messages, db.threads, db.aliases, db.library],
    async () => ({
      format: 'crickets-backup' as const,
      version: 1 as const,
      exportedAt: now,
      contacts: await db.contacts.orderBy('id').toArray(),
      messages: await db.messages.orderBy('id').toArray(),
      threads: await db.threads.orderBy('key').toArray(),
      aliases: await db.aliases.orderBy('id').toArray(),
      library: await db.library.orderBy('url').toArray(),
      ...(settings ? { settings } : {}),
    }),
  );
}

/**
 * The settings a backup file offers in place of the current ones: null when it has none, they do
 * not validate, or they are the same. Importing never replaces settings by itself; the user is asked.
 */
export function settingsOffer(backup: Backup, current: Settings): Settings | null {
  const theirs = SettingsSchema.safeParse(backup.settings);
  if (backup.settings === undefined || !theirs.success) return null;
  return sameSettings(theirs.data, current) ? null : theirs.data;
}

/** What the file's settings would change, in a few words ("opt-out line “…”; reminders off"). */
export function settingsSummary(theirs: Settings, mine: Settings): string {
  const parts: string[] = [];
  const c = theirs.cadence;
  if (JSON.stringify(c) !== JSON.stringify(mine.cadence))
    parts.push(
      `follow-ups after ${c.gapsDays.join(', ')} days, rest ${plural(c.restDays, 'day')}, weekends ${c.countWeekends ? '' : 'not '}counted`,
    );
  if (theirs.optOutLine !== mine.optOutLine) parts.push(`opt-out line “${theirs.optOutLine}”`);
  if (theirs.notifications !== mine.notifications)
    parts.push(`reminders ${theirs.notifications ? 'on' : 'off'}`);
  // each template that differs, by kind, with the start of the file's text
  // (a blank template acts as the built-in one, so it is named as such)
  const own = (s: Settings): Partial<Record<MessageKind, string>> =>
    Object.fromEntries(
      Object.entries(normaliseSettings(s).templates).filter(([, v]) => v && v.trim() !== ''),
    );
  const t = own(theirs);
  const m = own(mine);
  for (const kind of Object.keys(KIND_LABELS) as MessageKind[]) {
    if (t[kind] === m[kind]) continue;
    const label = KIND_LABELS[kind].label.toLowerCase();
    const text = t[kind];
    parts.push(
      text === undefined ? `the built-in ${label} template` : `${label} template “${clip(text)}”`,
    );
  }
  return parts.join('; ');
}

/** A template's first 60 characters on one line. */
const clip = (text: string): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 59).trimEnd()}…` : line;
};

/** Equal settings, whatever the order of the templates. */
export function sameSettings(a: Settings, b: Settings): boolean {
  return canonical(a) === canonical(b);
}

/** Settings as one string, templates in a fixed order. */
const canonical = (s: Settings): string => {
  const n = normaliseSettings(s);
  return JSON.stringify({ ...n, templates: Object.entries(n.templates).sort() });
};

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: string };

/** Parse a backup file's text; the reason is plain enough to show the user. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not JSON: it is not a Crickets backup.' };
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== 'crickets-backup'
  )
    return { ok: false, error: 'This JSON file is not a Crickets backup.' };
  const r = BackupSchema.safeParse(raw);
  if (!r.success) {
    const issue = r.error.issues[0];
    return {
      ok: false,
      error: `This backup is damaged at ${issue?.path.join('.') || 'the top'}: ${issue?.message ?? 'invalid'}. Nothing was imported.`,
    };
  }
  const ids = new Set(r.data.contacts.map((c) => c.id));
  const orphan = r.data.messages.find((m) => !m.contactIds.every((id) => ids.has(id)));
  if (orphan)
    return {
      ok: false,
      error: `This backup is damaged: message ${orphan.id} belongs to no contact in the file. Nothing was imported.`,
    };
  return { ok: true, backup: r.data };
}

export interface ImportReport {
  added: { contacts: number; messages: number; threads: number; aliases: number; library: number };
  kept: { contacts: number; messages: number; threads: number; aliases: number; library: number };
}

/**
 * Import a parsed backup. It only adds: a row already here is kept as it is (what is here is
 * never deleted or overwritten), and the report says how many of each were added or kept.
 * Streaks and due dates are then recomputed from the messages.
 */
export async function importBackup(
  db: CricketsDb,
  backup: Backup,
  cadence: CadenceSettings = DEFAULT_CADENCE,
): Promise<ImportReport> {
  return db.transaction(
    'rw',
    [db.contacts, db.messages, db.threads, db.aliases, db.library],
    async () => {
      const report: ImportReport = {
        added: { contacts: 0, messages: 0, threads: 0, aliases: 0, library: 0 },
        kept: { contacts: 0, messages: 0, threads: 0, aliases: 0, library: 0 },
      };
      const addMissing = async <T, K extends string>(
        table: {
          bulkGet(keys: K[]): Promise<(T | undefined)[]>;
          bulkAdd(rows: T[]): Promise<unknown>;
        },
        rows: T[],
        key: (row: T) => K,
        name: keyof ImportReport['added'],
      ): Promise<T[]> => {
        const existing = await table.bulkGet(rows.map(key));
        const fresh = rows.filter((_, i) => existing[i] === undefined);
        if (fresh.length) await table.bulkAdd(fresh);
        report.added[name] += fresh.length;
        report.kept[name] += rows.length - fresh.length;
        return fresh;
      };
      await addMissing<ContactRow, string>(db.contacts, backup.contacts, (c) => c.id, 'contacts');
      await addMissing<MessageRow, string>(db.messages, backup.messages, (m) => m.id, 'messages');
      await addMissing<ThreadRow, string>(db.threads, backup.threads, (t) => t.key, 'threads');
      await addMissing<AliasRow, string>(db.aliases, backup.aliases, (a) => a.id, 'aliases');
      await addMissing<LibraryRow, string>(
        db.library,
        backup.library ?? [],
        (a) => a.url,
        'library',
      );
      const touched = new Set(backup.messages.flatMap((m) => m.contactIds));
      for (const id of touched) {
        const c = await db.contacts.get(id);
        if (c && c.mergedInto === null) await refreshContact(db, id, undefined, cadence);
      }
      return report;
    },
  );
}

/** What an import did, in words: what was added, and what was already here and kept as it was. */
export function importReportMessage(r: ImportReport): string {
  const list = (x: ImportReport['added']): string =>
    [
      plural(x.contacts, 'contact'),
      plural(x.messages, 'message'),
      plural(x.threads, 'conversation'),
      plural(x.library, 'saved article'),
    ].join(', ');
  const keptAny = r.kept.contacts + r.kept.messages + r.kept.threads + r.kept.library > 0;
  if (r.added.contacts + r.added.messages + r.added.threads + r.added.library === 0)
    return `Nothing new in this file: ${list(r.kept)} were already here and kept as they were.`;
  return `Imported ${list(r.added)}.${keptAny ? ` Already here and kept as they were: ${list(r.kept)}.` : ''} Nothing was overwritten.`;
}

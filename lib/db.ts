import Dexie, { type EntityTable } from 'dexie';
import { computeDue, DEFAULT_CADENCE } from './silence/cadence';
import type { SavedArticleData } from './library/schema';
import type { Channel } from './thread';

/** What the user decided about a contact. Opted-out is derived from their replies, not set here. */
export type UserStatus = 'active' | 'paused' | 'won' | 'lost';
export type ContactStatus = UserStatus | 'opted-out';

/** How an inbound message reads: a real reply, an automatic one, a "stop", or a "not now". */
export type InboundKind = 'reply' | 'auto' | 'opt-out' | 'not-now';

export interface ContactRow {
  /** Lower-cased email address, or linkedin:<slug>. */
  id: string;
  name: string;
  email?: string;
  linkedin?: string;
  /** My messages in a row since their last real reply, across every thread and channel. */
  streak: number;
  /** Their last real reply (not an auto-reply), epoch ms. */
  lastInboundAt: number | null;
  /** My last message to them, epoch ms. */
  lastOutboundAt: number | null;
  /** Since when they have been silent: their last real reply, else my first message. */
  silentSince: number | null;
  /** Derived: 'opted-out' when their latest real reply asked to stop, else the user's choice. */
  status: ContactStatus;
  userStatus: UserStatus;
  /** From an auto-reply's return date: no follow-up before the day after. */
  awayUntil: number | null;
  /** From a "not now, try next quarter" reply. */
  laterAt: number | null;
  snoozedUntil: number | null;
  /** v2: when the next follow-up is due with the current cadence settings; null when none is. */
  dueAt: number | null;
  /** v2: the due date a notification was last shown for (at most one per contact per due date). */
  notifiedDueAt: number | null;
  /** v2: set when the user merged this contact into another one (same person). */
  mergedInto: string | null;
}

export interface MessageRow {
  /** `<channel>:<message id>` */
  id: string;
  channel: Channel;
  /** The channel's own thread id. */
  threadId: string;
  /** The main other person: the sender of an inbound message, the first recipient of mine. */
  contactId: string;
  /** Every contact whose streak this message counts for. */
  contactIds: string[];
  direction: 'in' | 'out';
  at: number;
  /** An automatic reply (out of office...): inbound, but not a reply. */
  auto: boolean;
  /** How an inbound message reads; 'reply' for my own messages. */
  kind: InboundKind;
  fromName: string;
  fromEmail?: string;
  /** Plain text; '' while only a collapsed header was seen. */
  text: string;
  awayUntil?: number;
  laterAt?: number;
}

export interface ThreadRow {
  /** `<channel>:<thread id>` */
  key: string;
  channel: Channel;
  threadId: string;
  subject: string;
  url: string;
  /** Everyone in it but me. */
  contactIds: string[];
  lastMessageAt: number | null;
  seenAt: number;
}

/** v2: one person known by two ids (an email and a LinkedIn profile, two addresses). */
export interface AliasRow {
  /** The contact id that was merged away. */
  id: string;
  /** The contact it now belongs to. */
  target: string;
  at: number;
}

/** v3: an article in the value library, keyed by its canonical URL. */
export interface LibraryRow extends SavedArticleData {
  tags: string[];
  /** When it was last saved again (the first save is savedAt). */
  updatedAt: number;
}

export type CricketsDb = Dexie & {
  library: EntityTable<LibraryRow, 'url'>;
  contacts: EntityTable<ContactRow, 'id'>;
  messages: EntityTable<MessageRow, 'id'>;
  threads: EntityTable<ThreadRow, 'key'>;
  aliases: EntityTable<AliasRow, 'id'>;
};

export const DB_NAME = 'crickets';

/**
 * Open the database. The version history is append-only: add `db.version(n + 1)` with an upgrade
 * function and a test on data of the old shape; never edit a version that has shipped.
 */
export function openDb(name: string = DB_NAME): CricketsDb {
  const db = new Dexie(name) as CricketsDb;
  db.version(1).stores({
    contacts: 'id, status, lastInboundAt, lastOutboundAt',
    messages: 'id, contactId, *contactIds, [channel+threadId], at',
    threads: 'key, *contactIds, lastMessageAt',
  });
  // v2: due dates (indexed, so the due list reads only contacts with one) and merged contacts.
  db.version(2)
    .stores({
      contacts: 'id, status, lastInboundAt, lastOutboundAt, dueAt, mergedInto',
      aliases: 'id, target',
    })
    .upgrade(async (tx) => {
      await tx
        .table<ContactRow, string>('contacts')
        .toCollection()
        .modify((c) => {
          c.dueAt = computeDue(c, DEFAULT_CADENCE).dueAt;
          c.notifiedDueAt = null;
          c.mergedInto = null;
        });
    });
  // v3: the value library.
  db.version(3).stores({ library: 'url, savedAt, *tags' });
  return db;
}

let shared: CricketsDb | undefined;
/** The one instance each context uses. */
export function db(): CricketsDb {
  shared ??= openDb();
  return shared;
}

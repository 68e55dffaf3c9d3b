import type { CricketsDb } from './db';
import { threadHref } from './safe-url';
import { dueCount, nextDueAt } from './silence/due';

/** What the reminders need from the browser; the background passes the real one. */
export interface ReminderPorts {
  setBadge(text: string): Promise<void>;
  notify(id: string, title: string, message: string): Promise<void>;
  /** Schedule the next one-shot check (null: nothing is scheduled). */
  scheduleAt(when: number | null): Promise<void>;
}

export const NOTIFICATION_PREFIX = 'due:';
/** More than this many newly due contacts at once get one summary notification instead. */
const MAX_SINGLE_NOTIFICATIONS = 3;

/**
 * Recompute what is due: the badge count, notifications for contacts that newly fell due (at most
 * once per contact per due date; none when turned off), and the next alarm. Safe to run at any
 * time and any number of times: the service worker may have slept in between.
 */
export async function runReminders(
  db: CricketsDb,
  now: number,
  opts: { notifications: boolean },
  ports: ReminderPorts,
): Promise<{ due: number; notified: string[] }> {
  const due = await dueCount(db, now);
  await ports.setBadge(due > 0 ? String(due) : '');
  const notified: string[] = [];
  if (opts.notifications) {
    const fresh = (await db.contacts.where('dueAt').belowOrEqual(now).toArray()).filter(
      (c) => c.notifiedDueAt !== c.dueAt,
    );
    if (fresh.length > MAX_SINGLE_NOTIFICATIONS) {
      await ports.notify(
        `${NOTIFICATION_PREFIX}*`,
        `${fresh.length} follow-ups are due`,
        'Open Crickets to see who is waiting.',
      );
    } else {
      for (const c of fresh) {
        const first = c.name.split(/\s+/)[0] ?? c.name;
        await ports.notify(
          `${NOTIFICATION_PREFIX}${c.id}`,
          `Time to follow up with ${c.name}`,
          `${c.streak} unanswered ${c.streak === 1 ? 'message' : 'messages'}. Click to open your thread with ${first}.`,
        );
      }
    }
    await db.transaction('rw', db.contacts, async () => {
      for (const c of fresh) await db.contacts.update(c.id, { notifiedDueAt: c.dueAt });
    });
    notified.push(...fresh.map((c) => c.id));
  }
  await ports.scheduleAt(await nextDueAt(db, now));
  return { due, notified };
}

/** The thread to open for a contact: their most recent one. */
export async function latestThreadUrl(
  db: CricketsDb,
  contactId: string,
  ids: string[] = [contactId],
): Promise<string | null> {
  const threads = await db.threads.where('contactIds').anyOf(ids).toArray();
  threads.sort((a, b) => (b.lastMessageAt ?? 0) - (a.lastMessageAt ?? 0));
  // the newest conversation with an address that may be opened (Gmail or LinkedIn)
  for (const t of threads) {
    const href = t.url ? threadHref(t.url) : undefined;
    if (href) return href;
  }
  return null;
}

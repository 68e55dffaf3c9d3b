import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { primaryContactId } from '@/lib/conversation';
import { currentConversation, currentDraft, lastSave } from '@/lib/current';
import { db, type ContactRow, type LibraryRow, type MessageRow, type ThreadRow } from '@/lib/db';
import { searchLibrary } from '@/lib/library/store';
import type { MergedContact } from '@/lib/merge-candidates';
import type {
  ContentMessage,
  CurrentConversation,
  CurrentDraft,
  Message,
  Reply,
} from '@/lib/messages';
import { loadSettings, normaliseSettings, settingsItem, type Settings } from '@/lib/settings';
import { mergedInto } from '@/lib/silence/contacts';
import { dueList, type DueEntry, type DueFilter } from '@/lib/silence/due';

/** The panel's one door to the extension: storage, the database (read-only) and messages. */

/** The conversation of the most recently focused Gmail or LinkedIn tab; undefined while loading. */
export function useCurrentConversation(): CurrentConversation | null | undefined {
  const [value, setValue] = useState<CurrentConversation | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void currentConversation.getValue().then((v) => live && setValue(v));
    const unwatch = currentConversation.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

export interface ConversationView {
  thread: ThreadRow;
  messages: MessageRow[];
  contact: ContactRow | null;
  others: ContactRow[];
}

/** The thread, its messages and its people, live from IndexedDB. */
export function useConversation(threadKey: string | null): ConversationView | null | undefined {
  return useLiveQuery(async () => {
    if (!threadKey) return null;
    const d = db();
    const thread = await d.threads.get(threadKey);
    if (!thread) return null;
    const messages = await d.messages
      .where('[channel+threadId]')
      .equals([thread.channel, thread.threadId])
      .sortBy('at');
    const aliases = await d.aliases.bulkGet(thread.contactIds);
    const resolve = (id: string): string => aliases[thread.contactIds.indexOf(id)]?.target ?? id;
    const ids = [...new Set(thread.contactIds.map(resolve))];
    const people = (await d.contacts.bulkGet(ids)).filter((c): c is ContactRow => c !== undefined);
    const raw = primaryContactId(thread, messages);
    const primary = raw === null ? null : resolve(raw);
    return {
      thread,
      messages,
      contact: people.find((c) => c.id === primary) ?? null,
      others: people.filter((c) => c.id !== primary),
    };
  }, [threadKey]);
}

export interface ContactHistory {
  threads: ThreadRow[];
  messages: MessageRow[];
}

/** Everything between me and one contact, across threads and channels, newest first. */
export function useContactHistory(contactId: string | null): ContactHistory | undefined {
  return useLiveQuery(async () => {
    if (!contactId) return { threads: [], messages: [] };
    const d = db();
    const ids = [contactId, ...(await d.aliases.where('target').equals(contactId).primaryKeys())];
    const [threads, messages] = await Promise.all([
      d.threads.where('contactIds').anyOf(ids).distinct().toArray(),
      d.messages.where('contactIds').anyOf(ids).distinct().toArray(),
    ]);
    threads.sort((a, b) => (b.lastMessageAt ?? 0) - (a.lastMessageAt ?? 0));
    messages.sort((a, b) => b.at - a.at);
    return { threads, messages };
  }, [contactId]);
}

/** The time, ticking once a minute so day counts stay right while the panel is open. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(t);
  }, []);
  return now;
}

/** Ask the background to do something; a refusal comes back as { ok: false, error }. */
export async function send(message: Message): Promise<Reply> {
  try {
    return (
      ((await browser.runtime.sendMessage(message)) as Reply | undefined) ?? {
        ok: false,
        error: 'No answer from the background.',
      }
    );
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The due list, live. */
export function useDueList(filter: DueFilter, query: string, now: number): DueEntry[] | undefined {
  const cadence = useSettings()?.cadence;
  return useLiveQuery(
    () => (cadence ? dueList(db(), now, { cadence, filter, query, limit: 200 }) : undefined),
    [filter, query, now, cadence],
  );
}

export function useSettings(): Settings | undefined {
  const [value, setValue] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loadSettings().then((v) => live && setValue(v));
    const unwatch = settingsItem.watch((v) => setValue(normaliseSettings(v)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/**
 * A live list about one contact. The previous contact's answer stays in useLiveQuery until the
 * new one's comes: it is never shown for this one (an Unmerge must not act on the contact before).
 */
function useContactList<T>(contactId: string | null, load: (id: string) => Promise<T[]>): T[] {
  const r = useLiveQuery(
    async () => ({ contactId, list: contactId ? await load(contactId) : [] }),
    [contactId],
  );
  return r?.contactId === contactId ? r.list : [];
}

/** Other contacts one could merge with (same person), by name. */
export function useMergeCandidates(contactId: string | null): { id: string; name: string }[] {
  return useContactList(contactId, async (id) =>
    (await db().contacts.toArray())
      .filter((c) => c.id !== id && c.mergedInto === null)
      .map((c) => ({ id: c.id, name: c.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  );
}

/** The contacts merged into this one, directly or through another (`mergedInto`). */
export function useMergedInto(contactId: string | null): MergedContact[] {
  return useContactList(contactId, (id) => mergedInto(db(), id));
}

/** The draft being typed in the most recent compose box; undefined while loading. */
export function useDraft(): CurrentDraft | null | undefined {
  const [value, setValue] = useState<CurrentDraft | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void currentDraft.getValue().then((v) => live && setValue(v));
    const unwatch = currentDraft.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/** Write text into the compose box of a tab (the content script does it; it never sends). */
export async function applyDraftText(tabId: number, text: string): Promise<Reply> {
  const message: ContentMessage = { type: 'applyDraft', text };
  try {
    return (
      ((await browser.tabs.sendMessage(tabId, message)) as Reply | undefined) ?? {
        ok: false,
        error: 'The Gmail tab did not answer. Reload it and try again.',
      }
    );
  } catch {
    return { ok: false, error: 'The Gmail tab is not reachable. Reload it and try again.' };
  }
}

/** The saved articles, live, filtered by a search. */
export function useLibrary(query: string): LibraryRow[] | undefined {
  return useLiveQuery(async () => searchLibrary(await db().library.toArray(), query), [query]);
}

/** The result of the most recent save (context menu or panel). */
export function useLastSave(): { ok: boolean; message: string; at: number } | null {
  const [value, setValue] = useState<{ ok: boolean; message: string; at: number } | null>(null);
  useEffect(() => {
    void lastSave.getValue().then(setValue);
    return lastSave.watch(setValue);
  }, []);
  return value;
}

/** Ask, once and with the user's click, to read pages the user saves without the toolbar click. */
export async function allowReadingSavedPages(): Promise<boolean> {
  return browser.permissions.request({ origins: ['https://*/*', 'http://*/*'] });
}

/** Tell the background this tab is the panel (never "the page to save"). */
export function announcePanel(): void {
  void send({ type: 'panelOpened' });
}

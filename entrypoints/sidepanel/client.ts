import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { currentConversation } from '@/lib/current';
import { db, type ContactRow, type MessageRow, type ThreadRow } from '@/lib/db';
import type { CurrentConversation } from '@/lib/messages';
import { primaryContactId } from '@/lib/conversation';

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
    const people = (await d.contacts.bulkGet(thread.contactIds)).filter(
      (c): c is ContactRow => c !== undefined,
    );
    const primary = primaryContactId(thread, messages);
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
    const [threads, messages] = await Promise.all([
      d.threads.where('contactIds').equals(contactId).toArray(),
      d.messages.where('contactIds').equals(contactId).toArray(),
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

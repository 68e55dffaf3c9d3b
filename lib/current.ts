import { storage } from 'wxt/utils/storage';
import type { CurrentConversation, CurrentDraft } from './messages';
import type { Channel } from './thread';

/**
 * Which conversation the side panel shows: the one in the most recently focused Gmail or LinkedIn
 * tab. Kept in storage.session because the service worker's memory does not survive.
 */
export const currentConversation = storage.defineItem<CurrentConversation | null>(
  'session:current',
  {
    fallback: null,
  },
);

/** Per tab: the conversation it shows (null: a page that is not a conversation). */
const tabConversations = storage.defineItem<Record<string, CurrentConversation>>('session:tabs', {
  fallback: {},
});

/**
 * Writes to the per-tab map, one after another: each reads the map inside its turn, so a tab
 * closed (forgetTab) and activated (focusTab) in the same moment cannot bring the other back.
 */
let tabWrites: Promise<unknown> = Promise.resolve();
function serial<T>(write: () => Promise<T>): Promise<T> {
  const next = tabWrites.then(write, write);
  tabWrites = next.catch(() => undefined);
  return next;
}

export async function noteTab(
  tabId: number | undefined,
  channel: Channel,
  threadKey: string | null,
  now: number,
): Promise<void> {
  const value: CurrentConversation = { channel, threadKey, at: now };
  if (tabId !== undefined) {
    value.tabId = tabId;
    await serial(async () => {
      const tabs = await tabConversations.getValue();
      await tabConversations.setValue({ ...tabs, [String(tabId)]: value });
    });
  }
  await currentConversation.setValue(value);
}

/** A tab came to the front: if it shows a conversation we know, that becomes the current one. */
export async function focusTab(tabId: number, now: number): Promise<void> {
  const value = await serial(async () => {
    const tabs = await tabConversations.getValue();
    const known = tabs[String(tabId)];
    if (!known) return null;
    // the tab last looked at comes first when a follow-up reuses an open tab
    const moved = { ...known, at: now };
    await tabConversations.setValue({ ...tabs, [String(tabId)]: moved });
    return moved;
  });
  if (value) await currentConversation.setValue(value);
}

/** The tabs showing a page of `channel`, the most recently reported or focused first. */
export async function tabsShowing(channel: Channel): Promise<number[]> {
  return Object.values(await tabConversations.getValue())
    .filter((c) => c.channel === channel && c.tabId !== undefined)
    .sort((a, b) => b.at - a.at)
    .map((c) => c.tabId as number);
}

export async function forgetTab(tabId: number): Promise<void> {
  await recentTabs.setValue((await recentTabs.getValue()).filter((id) => id !== tabId));
  await panelTabs.setValue((await panelTabs.getValue()).filter((id) => id !== tabId));
  await serial(async () => {
    const tabs = { ...(await tabConversations.getValue()) };
    if (!(String(tabId) in tabs)) return;
    delete tabs[String(tabId)];
    await tabConversations.setValue(tabs);
  });
}

/** The draft in the most recently typed-in compose box (null: none open). */
export const currentDraft = storage.defineItem<CurrentDraft | null>('session:draft', {
  fallback: null,
});

export async function noteDraft(
  tabId: number | undefined,
  channel: Channel,
  text: string | null,
  now: number,
): Promise<void> {
  if (text === null) {
    const known = await currentDraft.getValue();
    // Only the tab that owned the draft can say its box is gone.
    if (known && known.tabId === tabId) await currentDraft.setValue(null);
    return;
  }
  const value: CurrentDraft = { channel, text, at: now };
  if (tabId !== undefined) value.tabId = tabId;
  await currentDraft.setValue(value);
}

/** Recently activated tabs, newest first, and the tabs showing the panel page. */
const recentTabs = storage.defineItem<number[]>('session:recentTabs', { fallback: [] });
const panelTabs = storage.defineItem<number[]>('session:panelTabs', { fallback: [] });

export async function noteActivated(tabId: number): Promise<void> {
  const recent = (await recentTabs.getValue()).filter((id) => id !== tabId);
  await recentTabs.setValue([tabId, ...recent].slice(0, 20));
}

export async function notePanelTab(tabId: number): Promise<void> {
  const tabs = await panelTabs.getValue();
  if (!tabs.includes(tabId)) await panelTabs.setValue([...tabs, tabId]);
}

/** The most recently focused tab that is a web page (not the Crickets panel). */
export async function lastWebTab(): Promise<number | null> {
  const panels = new Set(await panelTabs.getValue());
  return (await recentTabs.getValue()).find((id) => !panels.has(id)) ?? null;
}

/** The result of the last save, for the panel to show (a context-menu save has no other reply). */
export const lastSave = storage.defineItem<{ ok: boolean; message: string; at: number } | null>(
  'session:lastSave',
  { fallback: null },
);

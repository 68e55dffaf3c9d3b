/**
 * Open a conversation from the follow-up list or a reminder: in a Gmail or LinkedIn tab that is
 * already open when there is one (its content script moves it there), else in a new tab. Clicking
 * through ten follow-ups should not leave ten tabs behind.
 */
import type { ContentMessage, Reply } from './messages';
import { threadHref } from './safe-url';
import type { Channel } from './thread';

export interface OpenThreadPorts {
  /** Tabs whose content script reported from this channel, most recent first. */
  tabsShowing(channel: Channel): Promise<number[]>;
  /** Ask a tab's content script; throws when nothing answers (tab closed, another site). */
  ask(tabId: number, message: ContentMessage): Promise<Reply | undefined>;
  /** Bring the tab (and its window) to the front. */
  focus(tabId: number): Promise<void>;
  create(url: string): Promise<void>;
}

const channelOf = (url: string): Channel =>
  new URL(url).hostname === 'mail.google.com' ? 'gmail' : 'linkedin';

/** Where the conversation was shown: an existing tab's id, 'new', or null for a refused address. */
export async function openThread(
  url: string,
  ports: OpenThreadPorts,
): Promise<number | 'new' | null> {
  const href = threadHref(url);
  if (!href) return null;
  for (const tabId of await ports.tabsShowing(channelOf(href))) {
    const reply = await ports.ask(tabId, { type: 'showThread', url: href }).catch(() => undefined);
    if (reply?.ok) {
      await ports.focus(tabId);
      return tabId;
    }
  }
  await ports.create(href);
  return 'new';
}

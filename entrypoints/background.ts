import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { focusTab, forgetTab, lastSave, noteActivated, tabsShowing } from '@/lib/current';
import { db } from '@/lib/db';
import { saveFromTab } from '@/lib/library/store';
import {
  NOTIFICATION_PREFIX,
  latestThreadUrl,
  runReminders,
  type ReminderPorts,
} from '@/lib/reminders';
import type { Reply } from '@/lib/messages';
import { openThread } from '@/lib/open-thread';
import { handleMessage, type RouterContext } from '@/lib/router';
import { loadSettings, settingsItem } from '@/lib/settings';
import { idsOf } from '@/lib/silence/ingest';
import { refreshAll } from '@/lib/silence/contacts';

const PERIODIC = 'crickets-recompute';
const NEXT_DUE = 'crickets-next-due';

const ports: ReminderPorts = {
  setBadge: async (text) => {
    await browser.action.setBadgeText({ text });
    await browser.action.setBadgeBackgroundColor({ color: '#2f6f4f' });
  },
  notify: async (id, title, message) => {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: '/icon/128.png',
      title,
      message,
    });
  },
  scheduleAt: async (when) => {
    if (when === null) await browser.alarms.clear(NEXT_DUE);
    else await browser.alarms.create(NEXT_DUE, { when: Math.max(when, Date.now() + 1000) });
  },
};

const reminders = async (): Promise<void> => {
  const settings = await loadSettings();
  await runReminders(db(), Date.now(), { notifications: settings.notifications }, ports);
};

/** A conversation opens in the Gmail or LinkedIn tab already open when there is one. */
const openUrl = async (url: string): Promise<void> => {
  await openThread(url, {
    tabsShowing,
    // a tab that does not answer in 2 s (frozen, discarded) is passed over
    ask: (tabId, message) =>
      Promise.race([
        browser.tabs.sendMessage(tabId, message) as Promise<Reply>,
        new Promise<undefined>((done) => setTimeout(done, 2000)),
      ]),
    focus: async (tabId) => {
      const tab = await browser.tabs.update(tabId, { active: true });
      if (tab?.windowId !== undefined)
        await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
    },
    create: async (href) => {
      await browser.tabs.create({ url: href });
    },
  });
};

/** Run the article extraction script in one tab; its return value. */
const extract = async (tabId: number): Promise<unknown> => {
  const [first] = await browser.scripting.executeScript({
    target: { tabId },
    files: ['/extract-article.js'],
  });
  return first?.result;
};

const SAVE_MENU = 'crickets-save-article';

/** Save from the context menu or the toolbar menu: the result is shown as a notification. */
const saveFromMenu = async (tabId: number): Promise<void> => {
  const outcome = await saveFromTab(db(), tabId, Date.now(), extract);
  await lastSave.setValue({ ok: outcome.ok, message: outcome.message, at: Date.now() });
  await browser.notifications.create(`save:${Date.now()}`, {
    type: 'basic',
    iconUrl: '/icon/128.png',
    title: outcome.ok ? 'Saved to Crickets' : 'Not saved',
    message: outcome.message,
  });
};

export default defineBackground(() => {
  // The toolbar button opens the panel itself rather than through openPanelOnActionClick: only a
  // real action click grants activeTab (verified in Chromium 156), which the Save button needs.
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  browser.action.onClicked.addListener((tab) => {
    if (tab.windowId !== undefined)
      browser.sidePanel.open({ windowId: tab.windowId }).catch(() => undefined);
    if (tab.id !== undefined) void noteActivated(tab.id);
  });
  // The periodic check survives the service worker sleeping; the one-shot alarm is exact.
  void browser.alarms.create(PERIODIC, { periodInMinutes: 15 });
  void reminders();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SAVE_MENU,
      title: 'Save to Crickets',
      contexts: ['page', 'action'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SAVE_MENU && tab?.id !== undefined) void saveFromMenu(tab.id);
  });

  const ctx: RouterContext = {
    db: db(),
    extensionId: browser.runtime.id,
    now: Date.now,
    cadence: async () => (await loadSettings()).cadence,
    openUrl,
    extract,
    changed: reminders,
  };
  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    handleMessage(raw, sender, ctx).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC || alarm.name === NEXT_DUE) void reminders();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const contactId = id.slice(NOTIFICATION_PREFIX.length);
    void (async () => {
      const url =
        contactId === '*'
          ? null
          : await latestThreadUrl(db(), contactId, await idsOf(db(), contactId));
      if (url) await openUrl(url);
      else
        await browser.sidePanel
          .open({ windowId: browser.windows.WINDOW_ID_CURRENT })
          .catch(() => undefined);
      await browser.notifications.clear(id);
    })();
  });
  settingsItem.watch(() => {
    void (async () => {
      await refreshAll(db(), (await loadSettings()).cadence);
      await reminders();
    })();
  });

  browser.tabs.onActivated.addListener(({ tabId }) => {
    void focusTab(tabId, Date.now());
    void noteActivated(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});

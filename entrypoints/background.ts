import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { focusTab, forgetTab } from '@/lib/current';
import { db } from '@/lib/db';
import {
  NOTIFICATION_PREFIX,
  latestThreadUrl,
  runReminders,
  type ReminderPorts,
} from '@/lib/reminders';
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

const openUrl = async (url: string): Promise<void> => {
  await browser.tabs.create({ url });
};

export default defineBackground(() => {
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
  // The periodic check survives the service worker sleeping; the one-shot alarm is exact.
  void browser.alarms.create(PERIODIC, { periodInMinutes: 15 });
  void reminders();

  const ctx: RouterContext = {
    db: db(),
    extensionId: browser.runtime.id,
    now: Date.now,
    cadence: async () => (await loadSettings()).cadence,
    openUrl,
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

  browser.tabs.onActivated.addListener(({ tabId }) => void focusTab(tabId, Date.now()));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});

import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { focusTab, forgetTab } from '@/lib/current';
import { db } from '@/lib/db';
import { handleMessage } from '@/lib/router';

export default defineBackground(() => {
  void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const ctx = { db: db(), extensionId: browser.runtime.id, now: Date.now };
    handleMessage(raw, sender, ctx).then(sendResponse, (error: unknown) =>
      sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  });

  browser.tabs.onActivated.addListener(({ tabId }) => void focusTab(tabId, Date.now()));
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});

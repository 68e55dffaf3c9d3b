import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Message } from '@/lib/messages';
import { readGmailThread } from '@/lib/sources/gmail';
import { watchConversation } from '@/lib/sources/watch';
import type { Thread } from '@/lib/thread';

const send = (message: Message): void => {
  browser.runtime.sendMessage(message).catch(() => undefined);
};

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    let last: Thread | null = null;
    const report = (thread: Thread | null): void => {
      last = thread;
      send(thread ? { type: 'threadSeen', thread } : { type: 'noThread', channel: 'gmail' });
    };
    const stop = watchConversation(window, () => readGmailThread(document, location.href), report, {
      key: (t) => `${t.id}|${t.messages.map((m) => `${m.id}${m.collapsed ? 'c' : ''}`).join(',')}`,
    });
    // Coming back to this tab makes its conversation the current one again.
    const refocus = (): void => {
      if (document.visibilityState === 'visible') report(last);
    };
    window.addEventListener('focus', refocus);
    ctx.onInvalidated(() => {
      stop();
      window.removeEventListener('focus', refocus);
    });
  },
});

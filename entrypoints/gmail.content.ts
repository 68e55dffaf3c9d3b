import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { parseContentMessage, type Message } from '@/lib/messages';
import { readGmailThread } from '@/lib/sources/gmail';
import { applyGmailDraft, readGmailDraft, watchDraft } from '@/lib/sources/gmail-compose';
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
    const stopThread = watchConversation(
      window,
      () => readGmailThread(document, location.href),
      report,
      {
        key: (t) =>
          `${t.id}|${t.messages.map((m) => `${m.id}${m.collapsed ? 'c' : ''}`).join(',')}`,
      },
    );
    const stopDraft = watchDraft(document, (d) =>
      send({ type: 'draftChanged', channel: 'gmail', text: d?.text ?? null }),
    );
    // Coming back to this tab makes its conversation (and draft) the current one again.
    const refocus = (): void => {
      if (document.visibilityState !== 'visible') return;
      report(last);
      const draft = readGmailDraft(document);
      if (draft) send({ type: 'draftChanged', channel: 'gmail', text: draft.text });
    };
    window.addEventListener('focus', refocus);
    // The panel's one-click rewrite and its undo: write into the compose box, never send.
    const onMessage = (raw: unknown, sender: { id?: string }, reply: (r: unknown) => void) => {
      const parsed = parseContentMessage(raw, sender, browser.runtime.id);
      if (!parsed.ok) {
        reply(parsed);
        return false;
      }
      const ok = applyGmailDraft(document, parsed.message.text);
      reply(
        ok
          ? { ok: true, text: readGmailDraft(document)?.text ?? '' }
          : { ok: false, error: 'No Gmail compose box is open to write into.' },
      );
      return false;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      stopThread();
      stopDraft();
      window.removeEventListener('focus', refocus);
      browser.runtime.onMessage.removeListener(onMessage);
    });
  },
});

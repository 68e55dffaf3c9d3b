import { browser } from 'wxt/browser';
import { parseContentMessage, type Message } from './messages';
import { sameConversationSite } from './safe-url';
import { watchConversation } from './sources/watch';
import type { Channel, Thread } from './thread';

/** What a site (Gmail, LinkedIn) gives the content script. */
export interface Site {
  channel: Channel;
  readThread(doc: Document, url: string): Thread | null;
  readDraft(doc: Document): { text: string } | null;
  applyDraft(doc: Document, text: string): boolean;
  watchDraft(doc: Document, onDraft: (d: { text: string } | null) => void): () => void;
}

/** What the content script needs from the browser (the entrypoint passes the real ones). */
export interface ContentPorts {
  extensionId: string;
  send(message: Message): void;
  /** Register a handler for messages from the panel; returns unregister. */
  listen(
    handler: (raw: unknown, sender: { id?: string }, reply: (r: unknown) => void) => void,
  ): () => void;
}

/**
 * The whole content script: report the open conversation as it changes (single-page navigation
 * included), report the draft as it is typed, write the panel's rewrite into the compose box, and
 * move to another conversation of the same site when asked. Never sends anything to the site.
 * Returns stop().
 */
export function startContentSession(win: Window, site: Site, ports: ContentPorts): () => void {
  const doc = win.document;
  let last: Thread | null = null;
  const report = (thread: Thread | null): void => {
    last = thread;
    ports.send(
      thread ? { type: 'threadSeen', thread } : { type: 'noThread', channel: site.channel },
    );
  };
  const stopThread = watchConversation(win, () => site.readThread(doc, win.location.href), report, {
    key: (t) => `${t.id}|${t.messages.map((m) => `${m.id}${m.collapsed ? 'c' : ''}`).join(',')}`,
  });
  const stopDraft = site.watchDraft(doc, (d) =>
    ports.send({ type: 'draftChanged', channel: site.channel, text: d?.text ?? null }),
  );
  // Coming back to this tab makes its conversation (and draft) the current one again.
  const refocus = (): void => {
    if (doc.visibilityState !== 'visible') return;
    report(last);
    const draft = site.readDraft(doc);
    if (draft) ports.send({ type: 'draftChanged', channel: site.channel, text: draft.text });
  };
  win.addEventListener('focus', refocus);
  const unlisten = ports.listen((raw, sender, reply) => {
    const parsed = parseContentMessage(raw, sender, ports.extensionId);
    if (!parsed.ok) return reply(parsed);
    if (parsed.message.type === 'showThread') {
      const { url } = parsed.message;
      if (!sameConversationSite(url, win.location.href))
        return reply({ ok: false, error: 'This tab cannot show that conversation.' });
      // a draft being written here is never navigated away from: another tab opens instead
      if (site.readDraft(doc)?.text.trim())
        return reply({ ok: false, error: 'A draft is open in this tab.' });
      reply({ ok: true });
      setTimeout(() => win.location.assign(url), 0);
      return;
    }
    const ok = site.applyDraft(doc, parsed.message.text);
    reply(
      ok
        ? { ok: true, text: site.readDraft(doc)?.text ?? '' }
        : {
            ok: false,
            error: `No ${site.channel === 'gmail' ? 'Gmail' : 'LinkedIn'} message box is open to write into.`,
          },
    );
  });
  return () => {
    stopThread();
    stopDraft();
    unlisten();
    win.removeEventListener('focus', refocus);
  };
}

/** The browser's own ports, for the content script entrypoints. */
export function browserContentPorts(): ContentPorts {
  return {
    extensionId: browser.runtime.id,
    send: (message) => void browser.runtime.sendMessage(message).catch(() => undefined),
    listen: (handler) => {
      const listener = (raw: unknown, sender: { id?: string }, reply: (r: unknown) => void) => {
        handler(raw, sender, reply);
        return false;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => browser.runtime.onMessage.removeListener(listener);
    },
  };
}

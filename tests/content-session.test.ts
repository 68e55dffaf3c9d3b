import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startContentSession, type ContentPorts, type Site } from '@/lib/content-session';
import type { Message } from '@/lib/messages';
import { readGmailThread } from '@/lib/sources/gmail';
import {
  applyLinkedInDraft,
  readLinkedInDraft,
  watchLinkedInDraft,
} from '@/lib/sources/linkedin-compose';
import { fixtureHtml, THREAD_URL } from './sources/gmail-fixtures';
import { fixtureHtml as linkedInHtml } from './sources/linkedin-fixtures';

const EXT = 'crickets-id';

function fakeWindow(html: string, href: string) {
  const { document, MutationObserver } = parseHTML(html) as unknown as {
    document: Document;
    MutationObserver: typeof globalThis.MutationObserver;
  };
  const events = new EventTarget();
  const assigned: string[] = [];
  const win = {
    document,
    MutationObserver,
    location: { href, assign: (url: string) => void assigned.push(url) },
    addEventListener: events.addEventListener.bind(events),
    removeEventListener: events.removeEventListener.bind(events),
    dispatchEvent: events.dispatchEvent.bind(events),
  };
  return { win: win as unknown as Window, document, assigned };
}

function fakePorts() {
  const sent: Message[] = [];
  let handler: Parameters<ContentPorts['listen']>[0] | null = null;
  const ports: ContentPorts = {
    extensionId: EXT,
    send: (m) => void sent.push(m),
    listen: (h) => {
      handler = h;
      return () => (handler = null);
    },
  };
  const ask = (raw: unknown, senderId = EXT) =>
    new Promise<unknown>((resolve) => handler!(raw, { id: senderId }, resolve));
  return { sent, ports, ask, listening: () => handler !== null };
}

let draft = '';
const site = (over: Partial<Site> = {}): Site => ({
  channel: 'gmail',
  readThread: readGmailThread,
  readDraft: () => ({ text: draft }),
  applyDraft: (_doc, text) => ((draft = text), true),
  watchDraft: () => () => undefined,
  ...over,
});

beforeEach(() => {
  vi.useFakeTimers();
  draft = '';
});
afterEach(() => {
  vi.useRealTimers();
});

describe('startContentSession', () => {
  it('reports the open thread, and nothing-open for an inbox', () => {
    const { win } = fakeWindow(fixtureHtml('silent-after-three'), THREAD_URL);
    const { sent, ports } = fakePorts();
    const stop = startContentSession(win, site(), ports);
    expect(sent[0]).toMatchObject({ type: 'threadSeen', thread: { id: '1a1536edd6808eb5' } });
    stop();
    const inbox = fakeWindow(fixtureHtml('inbox'), 'https://mail.google.com/mail/u/0/#inbox');
    const other = fakePorts();
    startContentSession(inbox.win, site(), other.ports)();
    expect(other.sent).toEqual([{ type: 'noThread', channel: 'gmail' }]);
  });

  it('writes the panel’s text into the compose box, and refuses strangers and bad messages', async () => {
    const { win } = fakeWindow(fixtureHtml('silent-after-three'), THREAD_URL);
    const { ports, ask, listening } = fakePorts();
    const stop = startContentSession(win, site(), ports);
    expect(await ask({ type: 'applyDraft', text: 'Hello Dana' })).toEqual({
      ok: true,
      text: 'Hello Dana',
    });
    expect(draft).toBe('Hello Dana');
    expect(await ask({ type: 'applyDraft', text: 'x' }, 'evil')).toMatchObject({ ok: false });
    expect(await ask({ type: 'applyDraft', text: 42 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Refused/),
    });
    expect(draft).toBe('Hello Dana');
    const none = startContentSession(win, site({ applyDraft: () => false }), fakePorts().ports);
    none();
    stop();
    expect(listening()).toBe(false);
  });

  it('moves its tab to another conversation of the same site and account, and no further', async () => {
    const { win, assigned } = fakeWindow(fixtureHtml('silent-after-three'), THREAD_URL);
    const { ports, ask } = fakePorts();
    startContentSession(win, site(), ports);
    const there = 'https://mail.google.com/mail/u/0/#inbox/1a1ede73cc8a01a2';
    expect(await ask({ type: 'showThread', url: there })).toEqual({ ok: true });
    expect(assigned).toEqual([]); // the reply goes first, then the tab moves
    vi.advanceTimersByTime(1);
    expect(assigned).toEqual([there]);
    for (const url of [
      'https://mail.google.com/mail/u/1/#inbox/1a1ede73cc8a01a2', // another signed-in account
      'https://www.linkedin.com/messaging/thread/2-abc/',
      'javascript:alert(1)',
    ])
      expect(await ask({ type: 'showThread', url })).toMatchObject({ ok: false });
    expect(await ask({ type: 'showThread', url: there }, 'evil')).toMatchObject({ ok: false });
    // a draft being written here keeps the tab where it is
    draft = 'Hi Rachel, about the';
    expect(await ask({ type: 'showThread', url: there })).toMatchObject({
      ok: false,
      error: 'A draft is open in this tab.',
    });
    vi.advanceTimersByTime(1);
    expect(assigned).toEqual([there]);
  });

  it('reports the draft as it changes', () => {
    const { win } = fakeWindow(fixtureHtml('silent-after-three'), THREAD_URL);
    const { sent, ports } = fakePorts();
    let report: ((d: { text: string } | null) => void) | null = null;
    startContentSession(
      win,
      site({ watchDraft: (_d, cb) => ((report = cb), () => undefined) }),
      ports,
    );
    report!({ text: 'Hi' });
    report!(null);
    expect(sent.filter((m) => m.type === 'draftChanged')).toEqual([
      { type: 'draftChanged', channel: 'gmail', text: 'Hi' },
      { type: 'draftChanged', channel: 'gmail', text: null },
    ]);
  });
});

describe('the LinkedIn message box', () => {
  it('reads the draft of the composer and writes a new one with <p> lines', () => {
    const { document } = parseHTML(linkedInHtml('composer-draft'));
    const before = readLinkedInDraft(document);
    expect(before?.text.length).toBeGreaterThan(0);
    expect(applyLinkedInDraft(document, 'Hi Lena,\n\nWould Tuesday work?')).toBe(true);
    expect(readLinkedInDraft(document)?.text).toBe('Hi Lena,\n\nWould Tuesday work?');
    const seen: (string | null)[] = [];
    const stop = watchLinkedInDraft(document, (d) => seen.push(d?.text ?? null));
    expect(seen).toEqual(['Hi Lena,\n\nWould Tuesday work?']);
    stop();
    expect(readLinkedInDraft(parseHTML('<html><body></body></html>').document)).toBeNull();
  });
});

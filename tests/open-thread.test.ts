import { describe, expect, it } from 'vitest';
import type { ContentMessage, Reply } from '../lib/messages';
import { openThread, type OpenThreadPorts } from '../lib/open-thread';

const GMAIL = 'https://mail.google.com/mail/u/0/#inbox/1a1ede73cc8a01a2';

/** Tabs by id: what each one's content script answers (a function that throws: nobody there). */
function ports(tabs: Record<string, { channel: 'gmail' | 'linkedin'; answer: () => Reply }>) {
  const log: string[] = [];
  const p: OpenThreadPorts = {
    tabsShowing: async (channel) =>
      Object.entries(tabs)
        .filter(([, t]) => t.channel === channel)
        .map(([id]) => Number(id)),
    ask: async (tabId, message: ContentMessage) => {
      log.push(`ask ${tabId} ${message.type}`);
      return tabs[String(tabId)]!.answer();
    },
    focus: async (tabId) => void log.push(`focus ${tabId}`),
    create: async (url) => void log.push(`create ${url}`),
  };
  return { p, log };
}

describe('openThread: a conversation opens in the tab already showing its site', () => {
  it('moves an open Gmail tab there and brings it to the front', async () => {
    const { p, log } = ports({ 7: { channel: 'gmail', answer: () => ({ ok: true }) } });
    expect(await openThread(GMAIL, p)).toBe(7);
    expect(log).toEqual(['ask 7 showThread', 'focus 7']);
  });

  it('skips tabs that are gone or refuse (another account), then opens a new tab', async () => {
    const { p, log } = ports({
      3: {
        channel: 'gmail',
        answer: () => {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        },
      },
      4: { channel: 'gmail', answer: () => ({ ok: false, error: 'cannot' }) },
      5: { channel: 'linkedin', answer: () => ({ ok: true }) },
    });
    expect(await openThread(GMAIL, p)).toBe('new');
    expect(log).toEqual(['ask 3 showThread', 'ask 4 showThread', `create ${GMAIL}`]);
  });

  it('uses the first tab that answers', async () => {
    const { p, log } = ports({
      3: { channel: 'gmail', answer: () => ({ ok: false, error: 'cannot' }) },
      4: { channel: 'gmail', answer: () => ({ ok: true }) },
    });
    expect(await openThread(GMAIL, p)).toBe(4);
    expect(log).toEqual(['ask 3 showThread', 'ask 4 showThread', 'focus 4']);
  });

  it('opens nothing for an address that is not a Gmail or LinkedIn conversation', async () => {
    const { p, log } = ports({ 7: { channel: 'gmail', answer: () => ({ ok: true }) } });
    expect(await openThread('javascript:alert(1)', p)).toBeNull();
    expect(await openThread('https://evil.example/', p)).toBeNull();
    expect(log).toEqual([]);
  });
});

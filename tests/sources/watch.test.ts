import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readGmailThread } from '../../lib/sources/gmail';
import { watchConversation } from '../../lib/sources/watch';
import type { Thread } from '../../lib/thread';
import { THREAD_URL, fixtureHtml } from './gmail-fixtures';

/** A window over a linkedom document: real DOM mutations, a settable location, real events. */
function fakeWindow(html = '<html><body><main id="app"></main></body></html>', href = THREAD_URL) {
  const { document, MutationObserver } = parseHTML(html) as unknown as {
    document: Document;
    MutationObserver: typeof globalThis.MutationObserver;
  };
  const events = new EventTarget();
  const win = {
    document,
    MutationObserver,
    location: { href },
    addEventListener: vi.fn(events.addEventListener.bind(events)),
    removeEventListener: vi.fn(events.removeEventListener.bind(events)),
    dispatchEvent: events.dispatchEvent.bind(events),
  };
  return { win, window: win as unknown as Window, document };
}

/** Lets linkedom deliver mutation records (a microtask), then moves the clock. */
async function tick(ms: number): Promise<void> {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(ms);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchConversation', () => {
  it('reads on start and reports the first value, even null', () => {
    const { window } = fakeWindow();
    const read = vi.fn(() => null);
    const onChange = vi.fn();
    const stop = watchConversation(window, read, onChange);
    expect(read).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(null);
    stop();
  });

  it('debounces mutations: one read after the burst settles, never a synchronous one', async () => {
    const { window, document } = fakeWindow();
    let value = 'a';
    const read = vi.fn(() => ({ id: value }));
    const onChange = vi.fn();
    const stop = watchConversation(window, read, onChange, { key: (v) => v.id });
    expect(read).toHaveBeenCalledTimes(1);

    const app = document.getElementById('app');
    for (let i = 0; i < 5; i++) {
      app?.appendChild(document.createElement('div')); // at 0, 100, …, 400 ms
      await tick(100);
    }
    expect(read).toHaveBeenCalledTimes(1);
    await tick(199); // 699 ms: 299 ms after the last mutation
    expect(read).toHaveBeenCalledTimes(1);
    await tick(1);
    expect(read).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenCalledTimes(1); // same key

    value = 'b';
    app?.appendChild(document.createElement('div'));
    await tick(300);
    expect(onChange).toHaveBeenLastCalledWith({ id: 'b' });
    expect(onChange).toHaveBeenCalledTimes(2);
    stop();
  });

  it('does not report a value whose key did not change', async () => {
    const { window, document } = fakeWindow();
    let n = 0;
    const read = vi.fn(() => ({ id: 't1', reads: ++n }));
    const onChange = vi.fn();
    const stop = watchConversation(window, read, onChange, { key: (v) => v.id });
    for (let i = 0; i < 3; i++) {
      document.getElementById('app')?.appendChild(document.createElement('p'));
      await tick(1000);
    }
    expect(read).toHaveBeenCalledTimes(4);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('compares whole values when no key is given', async () => {
    const { window, document } = fakeWindow();
    let value: { id: string; n: number } | null = { id: 'x', n: 1 };
    const onChange = vi.fn();
    const stop = watchConversation(window, () => value, onChange);
    const poke = async (): Promise<void> => {
      document.body.appendChild(document.createElement('i'));
      await tick(400);
    };
    await poke();
    expect(onChange).toHaveBeenCalledTimes(1);
    value = { id: 'x', n: 2 };
    await poke();
    value = null;
    await poke();
    await poke();
    expect(onChange.mock.calls).toEqual([[{ id: 'x', n: 1 }], [{ id: 'x', n: 2 }], [null]]);
    stop();
  });

  it.each(['hashchange', 'popstate', 'wxt:locationchange'])('reads after %s', async (type) => {
    const { win, window } = fakeWindow();
    const read = vi.fn(() => win.location.href);
    const onChange = vi.fn();
    const stop = watchConversation(window, read, onChange, { pollMs: 0 });
    win.location.href = 'https://mail.google.com/mail/u/0/#inbox';
    win.dispatchEvent(new Event(type));
    expect(read).toHaveBeenCalledTimes(1);
    await tick(300);
    expect(onChange).toHaveBeenLastCalledWith('https://mail.google.com/mail/u/0/#inbox');
    stop();
  });

  it('notices a URL change without any event by polling', async () => {
    const { win, window } = fakeWindow();
    const read = vi.fn(() => win.location.href);
    const onChange = vi.fn();
    const stop = watchConversation(window, read, onChange);
    await tick(2000);
    expect(read).toHaveBeenCalledTimes(1);
    win.location.href = 'https://mail.google.com/mail/u/0/#sent';
    await tick(500 + 300);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith('https://mail.google.com/mail/u/0/#sent');
    stop();
  });

  it('keeps reading at least every maxWaitMs while the page never settles', async () => {
    const { window, document } = fakeWindow();
    const read = vi.fn(() => 'same');
    const stop = watchConversation(window, read, () => undefined, {
      debounceMs: 300,
      maxWaitMs: 1000,
    });
    for (let i = 0; i < 50; i++) {
      document.body.appendChild(document.createElement('b'));
      await tick(100);
    }
    // 5 s of constant mutations: a read every second, not one per mutation and not none.
    expect(read.mock.calls.length).toBeGreaterThanOrEqual(1 + 4);
    expect(read.mock.calls.length).toBeLessThanOrEqual(1 + 6);
    stop();
  });

  it('survives a read that throws', async () => {
    const { window, document } = fakeWindow();
    let fail = true;
    const onChange = vi.fn();
    const stop = watchConversation(
      window,
      () => {
        if (fail) throw new Error('half-rendered page');
        return 'ok';
      },
      onChange,
    );
    expect(onChange).not.toHaveBeenCalled();
    fail = false;
    document.body.appendChild(document.createElement('b'));
    await tick(300);
    expect(onChange).toHaveBeenCalledExactlyOnceWith('ok');
    stop();
  });

  it('stops: no more reads, listeners removed, observer disconnected', async () => {
    const { win, window, document } = fakeWindow();
    const read = vi.fn(() => win.location.href);
    const stop = watchConversation(window, read, () => undefined);
    document.body.appendChild(document.createElement('b'));
    await Promise.resolve();
    stop();
    stop();
    win.location.href = 'https://mail.google.com/mail/u/0/#sent';
    win.dispatchEvent(new Event('hashchange'));
    document.body.appendChild(document.createElement('b'));
    await tick(5000);
    expect(read).toHaveBeenCalledTimes(1);
    expect(win.removeEventListener).toHaveBeenCalledTimes(win.addEventListener.mock.calls.length);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('follows a Gmail thread as messages appear and as it is left', async () => {
    const { win, window, document } = fakeWindow(fixtureHtml('silent-after-three'));
    const key = (t: Thread): string => `${t.id}|${t.messages.map((m) => m.id).join(',')}`;
    const onChange = vi.fn<(t: Thread | null) => void>();
    const stop = watchConversation(
      window,
      () => readGmailThread(document, win.location.href),
      onChange,
      { key },
    );
    expect(onChange.mock.calls[0]?.[0]?.messages).toHaveLength(4);

    // Gmail re-renders parts of the page: same thread, no report.
    document.querySelector('.hP')?.setAttribute('tabindex', '0');
    document.querySelector('[role="main"]')?.appendChild(document.createElement('div'));
    await tick(1000);
    expect(onChange).toHaveBeenCalledTimes(1);

    // The last message goes away (as if a newer one was being swapped in): reported.
    const messages = document.querySelectorAll('[role="listitem"]');
    messages[messages.length - 1]?.remove();
    await tick(300);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]?.[0]?.messages).toHaveLength(3);

    // Back to the inbox.
    win.location.href = 'https://mail.google.com/mail/u/0/#inbox';
    win.dispatchEvent(new Event('hashchange'));
    await tick(300);
    expect(onChange).toHaveBeenLastCalledWith(null);
    stop();
  });
});

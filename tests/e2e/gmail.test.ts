import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  currentConversation,
  dbCounts,
  dbRows,
  fixture,
  launch,
  openGmail,
  putGenerated,
  type Session,
  text,
} from './harness';

const DAY = 86_400_000;
const daysSince = (d: Date): number => Math.floor((Date.now() - d.getTime()) / DAY);

/** Gmail's own way of opening another thread: swap the view in place and change the hash. */
async function gmailNavigate(page: Page, fixturePath: string, hash: string): Promise<void> {
  await page.evaluate(
    ([html, h]) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.title = doc.title;
      document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
      location.hash = h;
    },
    [fixture(fixturePath), hash] as const,
  );
}

describe('Gmail in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the open thread: subject, contact, streak and silent days', async () => {
    const gmail = await openGmail(s, 'gmail/silent-after-three.html', '#inbox/1a1536edd6808eb5');
    await expect.poll(async () => (await dbCounts(s)).messages, { timeout: 10_000 }).toBe(4);
    const panel = await s.openPanel();
    expect(await text(panel, 'thread-subject')).toBe('Proposal for Acme freight audit');
    expect(await text(panel, 'contact-name')).toBe('Dana Whitfield');
    expect(await text(panel, 'contact-email')).toBe('dana@acme-freight.com');
    expect(await text(panel, 'silence-streak')).toBe('3');
    // Dana last wrote on Mon 19 Oct 2026, 9:12 (local time).
    expect(await text(panel, 'silent-days')).toBe(String(daysSince(new Date(2026, 9, 19, 9, 12))));
    await expect
      .poll(() => panel.getByTestId('history-message').count(), { timeout: 10_000 })
      .toBe(4);

    // Opening another thread in the same Gmail tab updates the open panel.
    await gmailNavigate(gmail, 'gmail/replied.html', '#inbox/1a19bc193089e221');
    await expect.poll(() => text(panel, 'contact-name'), { timeout: 10_000 }).toBe('Priya Raman');
    expect(await text(panel, 'thread-subject')).toBe('Onboarding analytics for Northwind');
    expect(await text(panel, 'silence-streak')).toBe('0');

    // Back to the inbox: the panel says no conversation is open, and nothing new is recorded.
    const before = await dbCounts(s);
    await gmailNavigate(gmail, 'gmail/inbox.html', '#inbox');
    await expect.poll(() => panel.getByTestId('empty-state').count(), { timeout: 10_000 }).toBe(1);
    expect(await dbCounts(s)).toEqual(before);
    await gmail.close();
    await panel.close();
  });

  it('counts one streak across two threads with the same person', async () => {
    const gmail = await openGmail(s, 'gmail/silent-second-thread.html', '#inbox/1a1f3247c2897971');
    await expect
      .poll(
        async () =>
          (await dbRows<{ id: string; streak: number }>(s, 'contacts')).find(
            (c) => c.id === 'dana@acme-freight.com',
          )?.streak,
        { timeout: 10_000 },
      )
      .toBe(4);
    const panel = await s.openPanel();
    expect(await text(panel, 'contact-name')).toBe('Dana Whitfield');
    expect(await text(panel, 'silence-streak')).toBe('4');
    await expect
      .poll(() => panel.getByTestId('history-thread').count(), { timeout: 10_000 })
      .toBe(2);
    await gmail.close();
    await panel.close();
  });

  it('reloading the same thread five times leaves the message count unchanged', async () => {
    const gmail = await openGmail(s, 'gmail/silent-after-three.html', '#inbox/1a1536edd6808eb5');
    await expect
      .poll(async () => (await dbCounts(s)).threads, { timeout: 10_000 })
      .toBeGreaterThan(0);
    const before = await dbCounts(s);
    const rowsBefore = await dbRows(s, 'messages');
    for (let i = 0; i < 5; i++) {
      await gmail.reload();
      await gmail.waitForTimeout(400);
    }
    expect(await dbCounts(s)).toEqual(before);
    expect(await dbRows(s, 'messages')).toEqual(rowsBefore);
    await gmail.close();
  });
});

describe('a hostile email in a fresh profile', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows mail content as text, never as HTML', async () => {
    const hostile =
      '&lt;img src=x onerror="window.pwned=1"&gt; &lt;script&gt;window.pwned=2&lt;/script&gt; &lt;b&gt;bold&lt;/b&gt;';
    putGenerated(
      'gen/hostile.html',
      fixture('gmail/silent-second-thread.html').replace(
        'Separate from the proposal: here is the checklist we use to spot duplicate carrier invoices. Free to use, no strings attached.',
        hostile,
      ),
    );
    await openGmail(s, 'gen/hostile.html', '#inbox/1a1f3247c2897971');
    const panel = await s.openPanel();
    const message = panel.getByTestId('history-message').first();
    await expect
      .poll(() => message.innerText(), { timeout: 10_000 })
      .toContain('<img src=x onerror=');
    expect(await message.innerText()).toContain('<script>window.pwned=2</script> <b>bold</b>');
    expect(await panel.locator('main img, main script, main b').count()).toBe(0);
    expect(await panel.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  });
});

describe('Gmail inbox in a fresh profile', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('records nothing for the inbox list and the panel says no conversation is open', async () => {
    await openGmail(s, 'gmail/inbox.html', '#inbox');
    // The content script ran and reported "no conversation here".
    await expect
      .poll(() => currentConversation(s), { timeout: 10_000 })
      .toEqual(expect.objectContaining({ channel: 'gmail', threadKey: null }));
    expect(await dbCounts(s)).toEqual({ contacts: 0, messages: 0, threads: 0 });
    const panel = await s.openPanel();
    await expect.poll(() => panel.getByTestId('empty-state').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByTestId('empty-state').innerText()).toContain('No conversation open');
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  dbCounts,
  dbRows,
  fixture,
  launch,
  liveWorker,
  openGmail,
  putGenerated,
  stopWorker,
  type Session,
  text,
} from './harness';

interface Contact {
  id: string;
  status: string;
  streak: number;
  awayUntil: number | null;
  dueAt: number | null;
}
const contact = async (s: Session, id: string): Promise<Contact | undefined> =>
  (await dbRows<Contact>(s, 'contacts')).find((c) => c.id === id);

describe('silence in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows a contact with an out-of-office reply as away until the right date', async () => {
    await openGmail(s, 'gmail/out-of-office.html', '#inbox/1a1ede73cc8a01a2');
    await expect
      .poll(() => contact(s, 'rachel.kim@contoso-retail.com'), { timeout: 10_000 })
      .toBeDefined();
    const rachel = await contact(s, 'rachel.kim@contoso-retail.com');
    // "out of the office until Monday 7 December 2026": the auto-reply does not end the streak.
    expect(rachel).toMatchObject({ streak: 1, awayUntil: new Date(2026, 11, 7).getTime() });
    // Not due before the day after she is back.
    expect(rachel?.dueAt).toBeGreaterThanOrEqual(new Date(2026, 11, 8).getTime());
    const panel = await s.openPanel();
    expect(await text(panel, 'contact-name')).toBe('Rachel Kim');
    expect(await text(panel, 'away-until')).toBe('Mon, Dec 7, 2026');
    expect(await text(panel, 'silence-streak')).toBe('1');
    await panel.close();
  });

  it('shows an opted-out contact as opted out and never due', async () => {
    const gmail = await openGmail(s, 'gmail/opt-out.html', '#inbox/1a163bbd6a89cec3');
    await expect
      .poll(async () => (await contact(s, 'luis.ortega@fabrikam.com'))?.status, { timeout: 10_000 })
      .toBe('opted-out');
    expect((await contact(s, 'luis.ortega@fabrikam.com'))?.dueAt).toBeNull();
    const panel = await s.openPanel();
    expect(await text(panel, 'contact-name')).toBe('Luis Ortega');
    expect(await text(panel, 'contact-status')).toBe('Opted out');
    expect(await text(panel, 'opted-out-warning')).toContain('asked not to be contacted');
    expect(await panel.getByTestId('due-list').innerText()).not.toContain('Luis Ortega');
    // The due list does show the away contact from before, with her state: away until
    // 7 December, due from the 8th (fixture dates are fixed, so allow for a later run).
    const phase = Date.now() < new Date(2026, 11, 8).getTime() ? 'away' : 'due';
    await expect
      .poll(() =>
        panel.getByTestId('due-item').filter({ hasText: 'Rachel Kim' }).getAttribute('data-phase'),
      )
      .toBe(phase);
    // One click on a due contact shows their thread in the Gmail tab already open (its content
    // script moves it there), with no new tab.
    const RACHEL = 'https://mail.google.com/mail/u/0/#inbox/1a1ede73cc8a01a2';
    const gmailTabs = () => s.context.pages().filter((p) => p.url().startsWith('https://mail.'));
    for (const p of gmailTabs()) if (p !== gmail) await p.close(); // the first test's tab
    const before = s.context.pages().length;
    const rachelButton = panel
      .getByTestId('due-item')
      .filter({ hasText: 'Rachel Kim' })
      .getByRole('button');
    await rachelButton.click();
    await expect.poll(() => gmail.url()).toBe(RACHEL);
    expect(s.context.pages().length).toBe(before);
    // With no Gmail tab open, it opens a new one.
    for (const p of gmailTabs()) await p.close();
    const opened = s.context.waitForEvent('page');
    await rachelButton.click();
    const tab = await opened;
    await tab.waitForLoadState();
    // A tab the extension opens can start loading before the test's fixture routing attaches to
    // it; then Chromium shows its offline page, and a reload loads the same address again.
    if (tab.url().startsWith('chrome-error:')) await tab.reload();
    expect(tab.url()).toBe('https://mail.google.com/mail/u/0/#inbox/1a1ede73cc8a01a2');
    await panel.close();
  });
});

/** A one-message thread from me to a new contact, sent `ago` ms ago (exact time in the hex id). */
function threadSentAgo(ago: number): { html: string; threadId: string } {
  const sent = BigInt(Date.now() - ago);
  const msgId = ((sent << 20n) | 0x1234n).toString(16);
  const threadId = ((sent << 20n) | 0x5678n).toString(16);
  const html = fixture('gmail/silent-second-thread.html')
    .replaceAll('1a1f3247c2897971', threadId)
    .replace(/data-legacy-message-id="[0-9a-f]+"/, `data-legacy-message-id="${msgId}"`)
    .replace(
      /data-message-id="[^"]*"/,
      `data-message-id="#msg-f:${BigInt('0x' + msgId).toString(10)}"`,
    )
    .replace(/(class="g3") title="[^"]*" alt="[^"]*"/, '$1')
    .replaceAll('dana@acme-freight.com', 'zoe@badge-test.com')
    .replaceAll('Dana Whitfield', 'Zoe Park')
    .replaceAll('Dana', 'Zoe');
  return { html, threadId };
}

describe('reminders in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the due count on the badge once the clock passes the due time', async () => {
    // Sent 3 days minus 8 seconds ago: with the default 3-day gap it falls due in 8 seconds.
    const { html, threadId } = threadSentAgo(3 * 86_400_000 - 8_000);
    putGenerated('gen/zoe.html', html);
    await openGmail(s, 'gen/zoe.html', `#inbox/${threadId}`);
    await expect
      .poll(async () => (await contact(s, 'zoe@badge-test.com'))?.streak, { timeout: 10_000 })
      .toBe(1);
    const due = (await contact(s, 'zoe@badge-test.com'))!.dueAt!;
    expect(due).toBeGreaterThan(Date.now());
    expect(await badgeText(s)).toBe('');
    await expect.poll(() => badgeText(s), { timeout: 45_000, interval: 500 }).toBe('1');
    expect(Date.now()).toBeGreaterThanOrEqual(due);
  });

  it('keeps everything across a service-worker restart', async () => {
    await openGmail(s, 'gmail/silent-after-three.html', '#inbox/1a1536edd6808eb5');
    await expect
      .poll(async () => (await contact(s, 'dana@acme-freight.com'))?.streak, { timeout: 10_000 })
      .toBe(3);
    const before = await dbCounts(s);
    const mark = async (): Promise<unknown> =>
      (await liveWorker(s)).evaluate(() => (globalThis as { crickets?: number }).crickets);
    await (
      await liveWorker(s)
    ).evaluate(() => ((globalThis as { crickets?: number }).crickets = 1));
    expect(await mark()).toBe(1);
    await stopWorker(s);
    // A new worker: its memory is empty, the data is all there.
    expect(await dbCounts(s)).toEqual(before);
    expect(await mark()).toBeUndefined();
    // The restarted worker still ingests (and still knows the current conversation).
    await openGmail(s, 'gmail/silent-second-thread.html', '#inbox/1a1f3247c2897971');
    await expect
      .poll(async () => (await contact(s, 'dana@acme-freight.com'))?.streak, { timeout: 10_000 })
      .toBe(4);
    const panel = await s.openPanel();
    expect(await text(panel, 'silence-streak')).toBe('4');
    // The badge still counts what is due (fixture dates are fixed, so count from the data).
    const dueNow = (await dbRows<Contact>(s, 'contacts')).filter(
      (c) => c.dueAt !== null && c.dueAt <= Date.now(),
    );
    expect(dueNow.map((c) => c.id)).toContain('zoe@badge-test.com');
    expect(await badgeText(s)).toBe(String(dueNow.length));
  });
});

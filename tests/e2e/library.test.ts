import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dbRows, launch, openGmail, type Session } from './harness';

const ARTICLE_URL =
  'https://news.freightledger.example/2026/11/carrier-invoice-audits?utm_source=newsletter';
const LOGIN_URL = 'https://news.freightledger.example/login';
const BOX = 'div.Am.Al.editable[contenteditable="true"]';

async function openArticle(s: Session, url: string, fixturePath: string): Promise<Page> {
  await s.serve(url.split('?')[0] + '**', fixturePath);
  const page = await s.context.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

describe('the value library in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch({ actions: true });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('saves an article from its page, refuses a page that is not one, suggests it and inserts it', async () => {
    const gmail = await openGmail(s, 'gmail/reply-box.html', '#inbox/1a1536edd6808eb5');

    // The user clicks the Crickets button on the article (Chrome grants activeTab), then Save.
    const article = await openArticle(s, ARTICLE_URL, 'articles/freight-audit.html');
    await s.clickAction(article);
    const panel = await s.openPanel();
    await panel.getByTestId('save-article').click();
    await expect.poll(() => panel.getByTestId('library-item').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByTestId('library-item').innerText()).toContain('carrier invoice audits');
    expect(await panel.getByTestId('save-status').innerText()).toMatch(/^Saved/);
    const [row] = await dbRows<{ url: string; title: string; readingMinutes: number }>(
      s,
      'library',
    );
    expect(row?.url).not.toContain('utm_source');
    expect(row?.readingMinutes).toBeGreaterThanOrEqual(1);

    // Saving the same page again updates it rather than adding a second one.
    await article.bringToFront();
    await panel.getByTestId('save-article').click();
    await expect
      .poll(() => panel.getByTestId('save-status').innerText(), { timeout: 10_000 })
      .toMatch(/^Saved/);
    expect(await panel.getByTestId('library-item').count()).toBe(1);

    // A login page is not an article: a clear message, nothing saved.
    const login = await openArticle(s, LOGIN_URL, 'articles/login.html');
    await s.clickAction(login);
    await panel.getByTestId('save-article').click();
    await expect
      .poll(() => panel.getByTestId('save-status').innerText(), { timeout: 10_000 })
      .toMatch(/article/i);
    expect(await panel.getByTestId('save-status').innerText()).not.toMatch(/^Saved/);
    expect(await panel.getByTestId('library-item').count()).toBe(1);

    // Back in the Acme freight thread: the article is the first suggestion, with why.
    await gmail.bringToFront();
    await expect
      .poll(() => panel.getByTestId('thread-subject').innerText(), { timeout: 10_000 })
      .toBe('Proposal for Acme freight audit');
    const first = panel.getByTestId('suggestion').first();
    await expect
      .poll(() => first.innerText(), { timeout: 10_000 })
      .toContain('carrier invoice audits');
    expect(await first.innerText()).toMatch(/matches: .*(freight|invoice|audit)/);

    // Insert: the opener goes to the top of the draft, before the signature; the draft reads value-first.
    await gmail.locator(BOX).click({ position: { x: 4, y: 4 } });
    await gmail.keyboard.type('Hi Dana,\n\nWould a 20-minute call next week help?');
    await expect
      .poll(() => panel.getByTestId('draft-text').innerText(), { timeout: 10_000 })
      .toContain('20-minute');
    await panel.getByTestId('insert-article').first().click();
    await expect
      .poll(() => gmail.locator(BOX).innerText(), { timeout: 10_000 })
      .toContain('news.freightledger.example');
    const box = await gmail.locator(BOX).innerText();
    expect(box.indexOf('Hi Dana,')).toBeLessThan(box.indexOf('news.freightledger.example'));
    expect(box.indexOf('news.freightledger.example')).toBeLessThan(box.indexOf('Alex Seller'));
    await expect
      .poll(() => panel.getByTestId('flag-valueFirst').getAttribute('data-on'), { timeout: 10_000 })
      .toBe('true');

    // Delete, then Undo brings it back.
    await panel.getByTestId('delete-article').first().click();
    await expect.poll(() => panel.getByTestId('library-item').count(), { timeout: 10_000 }).toBe(0);
    await panel.getByTestId('undo').click();
    await expect.poll(() => panel.getByTestId('library-item').count(), { timeout: 10_000 }).toBe(1);

    // Two deletes in a row share one Undo, which brings both back.
    const [saved] = await dbRows<{ url: string; title: string }>(s, 'library');
    const copy = { ...saved!, url: 'https://news.freightledger.example/copy', title: 'A copy' };
    const reply = await panel.evaluate((article) => {
      type Runtime = { sendMessage(m: unknown): Promise<unknown> };
      const { chrome } = globalThis as unknown as { chrome: { runtime: Runtime } };
      return chrome.runtime.sendMessage({ type: 'restoreArticle', article });
    }, copy);
    expect(reply).toMatchObject({ ok: true });
    await expect.poll(() => panel.getByTestId('library-item').count(), { timeout: 10_000 }).toBe(2);
    await panel.getByTestId('delete-article').first().click();
    await expect.poll(() => panel.getByTestId('library-item').count(), { timeout: 10_000 }).toBe(1);
    await panel.getByTestId('delete-article').first().click();
    await expect.poll(() => panel.getByTestId('library-item').count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => panel.locator('.toast-region').innerText())
      .toMatch(/^2 articles deleted\./);
    await panel.getByTestId('undo').click();
    await expect.poll(() => panel.getByTestId('library-item').count(), { timeout: 10_000 }).toBe(2);
  });
});

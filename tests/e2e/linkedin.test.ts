import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { dbRows, launch, openGmail, text, type Session } from './harness';

const DAY = 86_400_000;
const JORDAN_THREAD = '2-M2Y2YzJhOTEtN2Q0ZS00YjhhLTljMTUtMmU4YjdmMGE2ZDM0XzAxMA==';
const LENA_THREAD = '2-NWQyMGI3YzMtYThlMS00ZjkyLTg2YjQtMGM3ZTNmOTFhMmQ2XzAxMA==';
const COMPOSER = '.msg-form__contenteditable[contenteditable="true"]';
const SEND = 'button.msg-form__send-button';

interface Contact {
  id: string;
  streak: number;
  lastInboundAt: number | null;
  silentSince: number | null;
}
const contact = async (s: Session, id: string) =>
  (await dbRows<Contact>(s, 'contacts')).find((c) => c.id === id);

async function openLinkedIn(s: Session, fixturePath: string, path: string): Promise<Page> {
  s.serveLinkedIn(fixturePath);
  const page = await s.context.newPage();
  // A stand-in for LinkedIn's own editor script (the fixtures have none): like LinkedIn, it enables
  // Send when the message box holds text, and only notices changes that fire input events.
  await page.addInitScript(() => {
    document.addEventListener(
      'input',
      (e) => {
        const box = (e.target as Element).closest?.('.msg-form__contenteditable');
        const send = box
          ?.closest('form')
          ?.querySelector('button.msg-form__send-button') as HTMLButtonElement | null;
        if (box && send) send.disabled = (box.textContent ?? '').trim() === '';
      },
      true,
    );
  });
  await page.goto(`https://www.linkedin.com${path}`);
  return page;
}

describe('LinkedIn in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows the person, streak and silent days of the open conversation', async () => {
    await openLinkedIn(s, 'linkedin/messaging.html', `/messaging/thread/${JORDAN_THREAD}/`);
    await expect
      .poll(async () => (await contact(s, 'linkedin:jordan-blake-4a1b2c'))?.streak, {
        timeout: 10_000,
      })
      .toBe(3);
    const jordan = (await contact(s, 'linkedin:jordan-blake-4a1b2c'))!;
    // His last reply: 2 Nov 2026, 16:48 as the page shows it (the message id holds the exact time).
    expect(Math.abs(jordan.lastInboundAt! - new Date(2026, 10, 2, 16, 48).getTime())).toBeLessThan(
      DAY,
    );
    const panel = await s.openPanel();
    expect(await text(panel, 'contact-name')).toBe('Jordan Blake');
    expect(await text(panel, 'contact-linkedin')).toBe('linkedin.com/in/jordan-blake-4a1b2c');
    expect(await text(panel, 'silence-streak')).toBe('3');
    expect(await text(panel, 'silent-days')).toBe(
      String(Math.floor((Date.now() - jordan.silentSince!) / DAY)),
    );
    await panel.close();
  });

  it('merges one person known by email and LinkedIn into one streak across both', async () => {
    await openGmail(s, 'gmail/silent-after-three.html', '#inbox/1a1536edd6808eb5');
    await expect
      .poll(async () => (await contact(s, 'dana@acme-freight.com'))?.streak, { timeout: 10_000 })
      .toBe(3);
    const li = await openLinkedIn(s, 'linkedin/dana-linkedin.html', '/in/dana-whitfield/');
    await expect
      .poll(async () => (await contact(s, 'linkedin:dana-whitfield'))?.streak, { timeout: 10_000 })
      .toBe(2);
    // In the panel, on Dana's LinkedIn conversation: "Same person as" her email address.
    await li.bringToFront();
    const panel = await s.openPanel();
    await expect
      .poll(() => text(panel, 'thread-subject'), { timeout: 10_000 })
      .toBe('LinkedIn: Dana Whitfield');
    expect(await text(panel, 'contact-linkedin')).toBe('linkedin.com/in/dana-whitfield');
    await panel.getByTestId('merge-select').selectOption('dana@acme-freight.com');
    await panel.getByRole('button', { name: 'Merge' }).click();
    // Her last real reply is the Gmail one of 19 Oct; my messages since, on both channels: 4.
    await expect.poll(() => text(panel, 'silence-streak'), { timeout: 10_000 }).toBe('4');
    expect(await text(panel, 'contact-email')).toBe('dana@acme-freight.com');
    await expect
      .poll(() => panel.getByTestId('history-thread').count(), { timeout: 10_000 })
      .toBe(2);
    expect((await contact(s, 'linkedin:dana-whitfield'))?.streak).toBe(4);
    // the toast names her and which record of her went in (two records, one name)
    const said = await panel.getByTestId('toast').innerText();
    expect(said).toContain('Merged Dana Whitfield (dana@acme-freight.com) into this contact.');
    // Undo splits them again.
    await panel.getByTestId('undo').click();
    await expect.poll(() => text(panel, 'silence-streak'), { timeout: 10_000 }).toBe('2');
    // session 21: merged again, the contact lists her address with an Unmerge that lasts
    await panel.getByTestId('merge-select').selectOption('dana@acme-freight.com');
    await panel.getByRole('button', { name: 'Merge' }).click();
    await expect.poll(() => text(panel, 'silence-streak'), { timeout: 10_000 }).toBe('4');
    await expect
      .poll(() => panel.getByTestId('merged').innerText())
      .toMatch(/Also Dana Whitfield \(dana@acme-freight\.com\)/);
    await panel.getByRole('button', { name: /^Unmerge Dana Whitfield/ }).click();
    await expect.poll(() => text(panel, 'silence-streak'), { timeout: 10_000 }).toBe('2');
    expect(await panel.getByTestId('merged').count()).toBe(0);
    expect(await panel.getByTestId('toast').innerText()).toContain(
      'Unmerged Dana Whitfield (dana@acme-freight.com): a contact of their own again.',
    );
    // her email record has its own streak again
    expect((await contact(s, 'dana@acme-freight.com'))?.streak).toBe(3);
    await panel.close();
  });

  it('coaches the draft in the LinkedIn message box; Apply enables Send, Undo restores', async () => {
    const li = await openLinkedIn(
      s,
      'linkedin/composer-draft.html',
      `/messaging/thread/${LENA_THREAD}/`,
    );
    const panel = await s.openPanel();
    await expect.poll(() => text(panel, 'contact-name'), { timeout: 10_000 }).toBe('Lena Fischer');
    // Lena asked to hear back in the new year: until then the panel offers something useful, not
    // a firm next step
    await expect
      .poll(() => panel.getByTestId('use-template').innerText(), { timeout: 10_000 })
      .toContain('Share something useful');
    await li.bringToFront();
    const box = li.locator(COMPOSER);
    await box.click();
    await li.keyboard.press('Control+A');
    await li.keyboard.press('Delete');
    expect(await li.locator(SEND).isDisabled()).toBe(true);
    const pushy =
      'Lena, I need an answer ASAP. Did you see my last message? This offer expires Friday!!!';
    await li.keyboard.type(pushy);
    await expect
      .poll(() => panel.getByTestId('draft-text').innerText(), { timeout: 10_000 })
      .toBe(pushy);
    expect(await panel.getByTestId('finding').count()).toBeGreaterThanOrEqual(2);
    expect(await panel.getByTestId('flag-pushy').getAttribute('data-on')).toBe('true');
    const before = Number(await text(panel, 'draft-score'));

    await panel.getByTestId('apply-rewrite').click();
    await expect.poll(() => box.innerText(), { timeout: 10_000 }).not.toBe(pushy);
    expect(await box.innerText()).toContain('Lena');
    expect(await li.locator(SEND).isEnabled()).toBe(true);
    await expect
      .poll(async () => Number(await text(panel, 'draft-score')), { timeout: 10_000 })
      .toBeGreaterThan(before);

    await panel.getByTestId('undo-rewrite').click();
    await expect.poll(() => box.innerText(), { timeout: 10_000 }).toBe(pushy);
    // Nothing was sent: the draft is still in the box.
    expect(await li.locator(SEND).isEnabled()).toBe(true);
  });
});

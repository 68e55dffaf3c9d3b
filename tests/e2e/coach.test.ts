import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GMAIL_BOX, launch, openGmail, panelScore, typedInGmail, type Session } from './harness';

const BOX = GMAIL_BOX;
const PUSHY =
  'Hi Dana,\n\nJust checking in again. I need you to sign the contract by Friday or the 20% discount goes away. Did you get my last email?';

const typed = typedInGmail;
const score = panelScore;
/** The demo reply thread with Dana, the panel beside it, and the cursor in the reply box. */
async function openReplyBox(s: Session): Promise<{ gmail: Page; panel: Page }> {
  const gmail = await openGmail(s, 'gmail/reply-box.html', '#inbox/1a1536edd6808eb5');
  const panel = await s.openPanel();
  await gmail.bringToFront();
  await gmail.locator(BOX).click({ position: { x: 4, y: 4 } });
  return { gmail, panel };
}
/** Wait until the panel shows this draft. */
const panelShows = (panel: Page, text: string) =>
  expect.poll(() => panel.getByTestId('draft-text').innerText(), { timeout: 10_000 }).toBe(text);

describe('the draft coach in Gmail, in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('scores a pushy draft as it is typed, applies the rewrite into the compose box, and undoes it', async () => {
    const gmail = await openGmail(s, 'gmail/reply-box.html', '#inbox/1a1536edd6808eb5');
    const panel = await s.openPanel();
    await expect.poll(() => panel.getByTestId('contact-name').count(), { timeout: 10_000 }).toBe(1);

    await gmail.bringToFront();
    await gmail.locator(BOX).click({ position: { x: 4, y: 4 } });
    await gmail.keyboard.type(PUSHY);
    expect(await typed(gmail)).toBe(PUSHY);

    // The panel follows the typing: the draft, its findings, and the pushy flag.
    await panelShows(panel, PUSHY);
    const rules = await panel
      .getByTestId('finding')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(rules.length).toBeGreaterThanOrEqual(3);
    // Every finding about some words lights them up when focused, overlapping ones included
    // (whole-draft findings, "too soon" or "no way out", have no words to mark).
    const findings = panel.getByTestId('finding');
    let lit = 0;
    for (let i = 0; i < (await findings.count()); i++) {
      await findings.nth(i).focus();
      if ((await panel.locator('[data-testid="draft-text"] mark.active').count()) > 0) lit++;
    }
    expect(lit).toBeGreaterThanOrEqual(4);
    expect(lit).toBe(await panel.locator('[data-testid="finding"][data-words="true"]').count());
    await findings.first().blur();
    expect(await panel.getByTestId('flag-pushy').getAttribute('data-on')).toBe('true');
    expect(await panel.getByTestId('flag-optOut').getAttribute('data-on')).toBe('false');
    const before = await score(panel);

    // Apply: the rewrite goes into Gmail's compose box; the signature stays; the score rises.
    await panel.getByTestId('apply-rewrite').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).not.toBe(PUSHY);
    const rewritten = await typed(gmail);
    expect(rewritten).toContain('Dana');
    expect(rewritten).toContain('20%');
    expect(rewritten).not.toMatch(/just checking in/i);
    expect(await gmail.locator(`${BOX} .gmail_signature`).innerText()).toContain('Alex Seller');
    await panelShows(panel, rewritten);
    expect(await score(panel)).toBeGreaterThan(before);
    expect(await panel.getByTestId('flag-pushy').getAttribute('data-on')).toBe('false');
    // Nothing was sent: the reply box is still open with the draft in it.
    expect(await gmail.locator(BOX).count()).toBe(1);

    // Undo brings the original back.
    await panel.getByTestId('undo-rewrite').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).toBe(PUSHY);
    await expect.poll(() => score(panel), { timeout: 10_000 }).toBe(before);
  });

  it('keeps keyboard focus on Apply, and turns Undo off once the user edits after Apply', async () => {
    const { gmail, panel } = await openReplyBox(s);
    await gmail.keyboard.type(PUSHY);
    await panelShows(panel, PUSHY);
    // Apply from the keyboard: focus stays on the button, Undo is the next stop
    await panel.getByTestId('apply-rewrite').focus();
    await panel.keyboard.press('Enter');
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).not.toBe(PUSHY);
    const rewritten = await typed(gmail);
    await expect
      .poll(() => panel.getByTestId('undo-rewrite').isEnabled(), { timeout: 10_000 })
      .toBe(true);
    // once the panel has scored the rewritten draft there is nothing left to apply: the button
    // says so but keeps the focus (a disabled button would drop it to the page)
    await panelShows(panel, rewritten);
    await expect
      .poll(() => panel.getByTestId('apply-rewrite').getAttribute('aria-disabled'), {
        timeout: 10_000,
      })
      .toBe('true');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'apply-rewrite',
    );
    // the user types after Apply: Undo would erase that, so it is off and the panel says why
    await gmail.bringToFront();
    await gmail.locator(BOX).click({ position: { x: 4, y: 4 } });
    await gmail.keyboard.type('My own added line. ');
    await expect.poll(() => panel.getByTestId('undo-off').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByTestId('undo-rewrite').isEnabled()).toBe(false);
    expect(await typed(gmail)).toContain('My own added line.');
    expect(await typed(gmail)).toContain(rewritten.slice(-20));
  });

  it('offers to remove a tracking remark that holds a number, unticked, and applies it when ticked', async () => {
    const TRACKED =
      'Hi Dana,\n\nI noticed you opened the proposal 4 times on Monday. Would a short call on Thursday help?';
    const { gmail, panel } = await openReplyBox(s);
    await gmail.keyboard.type(TRACKED);
    await panelShows(panel, TRACKED);
    expect(await panel.getByTestId('flag-pushy').getAttribute('data-on')).toBe('true');

    // The removal is offered, unticked, and says what goes with the sentence.
    const optional = panel.getByTestId('optional-change');
    await expect.poll(() => optional.count(), { timeout: 10_000 }).toBe(1);
    expect(await optional.innerText()).toContain('“4”, “Monday”');
    const box = optional.getByRole('checkbox');
    expect(await box.isChecked()).toBe(false);

    // Ticked (from the keyboard) and applied: the sentence goes, the draft is no longer pushy.
    await box.focus();
    await panel.keyboard.press('Space');
    expect(await box.isChecked()).toBe(true);
    await panel.getByTestId('apply-rewrite').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).not.toBe(TRACKED);
    const after = await typed(gmail);
    expect(after).not.toContain('I noticed you opened');
    expect(after).toContain('Would a short call on Thursday help?');
    await expect
      .poll(() => panel.getByTestId('flag-pushy').getAttribute('data-on'), { timeout: 10_000 })
      .toBe('false');
    await panel.getByTestId('undo-rewrite').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).toBe(TRACKED);
  });

  it('reads a confirmation as a presumed yes when the contact has not answered', async () => {
    // Dana has 3 unanswered messages in the fixture's store: the same words after a reply are fine.
    const CONFIRMS =
      'Hi Dana,\n\nYour trucks are on the schedule for delivery next Wednesday. Our driver will call an hour ahead.';
    const { gmail, panel } = await openReplyBox(s);
    await gmail.keyboard.type(CONFIRMS);
    const finding = panel.locator('[data-testid="finding"][data-rule="presumed-yes"]');
    await expect.poll(() => finding.count(), { timeout: 10_000 }).toBe(1);
    expect(await finding.innerText()).toContain('last 3 messages are unanswered');
    expect(await panel.getByTestId('flag-pushy').getAttribute('data-on')).toBe('true');
  });

  it('writes the user’s own template for the suggested kind of message into the compose box', async () => {
    // In Settings, the user writes their own feedback template (Dana has 3 unanswered messages).
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    await options
      .getByTestId('template-feedback')
      .fill('Hi {name}, was it the timing or the fit? {referrer}');
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.getByTestId('settings-status').innerText()).toMatch(/Saved/);

    const { gmail, panel } = await openReplyBox(s);
    await gmail.keyboard.type('Hi');
    await expect
      .poll(() => panel.getByTestId('use-template').isEnabled(), { timeout: 10_000 })
      .toBe(true);
    expect(await panel.getByTestId('use-template').innerText()).toContain('Ask for feedback');
    await panel.getByTestId('use-template').click();
    await expect
      .poll(() => typed(gmail), { timeout: 10_000 })
      .toBe('Hi Dana, was it the timing or the fit? {referrer}');
    // The unfilled field is called out, not guessed.
    expect(await panel.getByTestId('toast').innerText()).toContain('{referrer}');
    await panel.getByTestId('undo-rewrite').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).toBe('Hi');
  });
  it('refuses a template that is too long without losing the saved ones, and undoes "Back to the built-in template"', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const mine = 'Hi {name}, one finding from our Q3 benchmark you can use.';
    await options.getByTestId('template-value').fill(mine);
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.getByTestId('settings-status').innerText()).toMatch(/Saved/);
    // too long: a clear error on that field, focus on it, nothing saved
    await options.getByTestId('template-close').fill('x'.repeat(5001));
    await options.getByTestId('save-settings').click();
    const error = options.getByTestId('settings-error');
    await expect.poll(() => error.innerText()).toMatch(/Graceful close template: at most 5000/);
    expect(await options.getByTestId('template-close').getAttribute('aria-invalid')).toBe('true');
    // the error sits right below the field it is about, not below Save
    expect(await error.evaluate((e) => e.previousElementSibling?.getAttribute('data-testid'))).toBe(
      'template-close',
    );
    expect(await options.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'template-close',
    );
    await options.reload();
    await expect.poll(() => options.getByTestId('template-value').inputValue()).toBe(mine);
    expect(await options.getByTestId('template-close').inputValue()).not.toMatch(/^x+$/);
    // "Back to the built-in template" can be undone before saving
    await options.getByRole('button', { name: 'Back to the built-in template' }).first().click();
    expect(await options.getByTestId('template-value').inputValue()).not.toBe(mine);
    // keyboard focus moves to the Undo that replaced the button, and back
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('undo-builtin-value');
    await options.keyboard.press('Enter');
    expect(await options.getByTestId('template-value').inputValue()).toBe(mine);
    await expect
      .poll(() => options.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('builtin-value');
    // leave the built-in templates for the tests that follow
    await options.getByRole('button', { name: 'Back to the built-in template' }).first().click();
    await options.getByTestId('save-settings').click();
    await expect.poll(() => options.getByTestId('settings-status').innerText()).toMatch(/Saved/);
    await options.close();
  });
  it('offers the value-share template when the rewrite cannot make a draft about the reader', async () => {
    const ABOUT_US =
      'Hi Dana,\n\nWe are a leading provider of freight software and our platform is used by 500 companies. I have been in this industry for 20 years and our team has won three awards. I would love to show you our new dashboard, which we launched in May. Would Thursday work?';
    const { gmail, panel } = await openReplyBox(s);
    await gmail.keyboard.type(ABOUT_US);
    await panelShows(panel, ABOUT_US);
    expect(await panel.getByTestId('flag-selfCentred').getAttribute('data-on')).toBe('true');
    // The rewrite trims the boast but the draft stays about the sender: the panel says so.
    const hint = panel.getByTestId('self-centred-hint');
    await expect.poll(() => hint.count(), { timeout: 10_000 }).toBe(1);
    expect(await hint.innerText()).toContain('Lead with something useful to them');
    await panel.getByTestId('use-value-template').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).toMatch(/^Hi Dana,/);
    const filled = await typed(gmail);
    expect(filled).toContain('Thought of you when I read this');
    // No saved article in this profile: the field is named, not guessed.
    expect(filled).toContain('{article}');
    expect(await panel.getByTestId('toast').innerText()).toContain('{article}');
    await expect
      .poll(() => panel.getByTestId('flag-selfCentred').getAttribute('data-on'), {
        timeout: 10_000,
      })
      .toBe('false');
    expect(await hint.count()).toBe(0);
    await panel.getByTestId('undo-rewrite').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).toBe(ABOUT_US);
  });
  it('a long draft: waits for typing, lists each problem once, keeps Apply in reach, speaks plainly, and the toast fades', async () => {
    const PARA =
      'Just checking in again. We are the leading platform and our award-winning team is the best in the market. I need you to sign by Friday!! ';
    const LONG = `Hi Dana,\n\n${PARA.repeat(10).trim()}`;
    const { gmail, panel } = await openReplyBox(s);
    // an empty box: no score yet, an invitation to type
    await expect.poll(() => panel.getByTestId('draft-blank').count(), { timeout: 10_000 }).toBe(1);
    expect(await panel.getByTestId('draft-score').count()).toBe(0);
    // session 19: an emoji alone is something typed, but no word to grade
    await gmail.keyboard.insertText('🙏');
    await panelShows(panel, '🙏');
    expect(await panel.getByTestId('draft-counts').innerText()).toBe('0 words, 0 questions');
    expect(await panel.getByTestId('reading-level').count()).toBe(0);
    await gmail.keyboard.press('Backspace');
    await gmail.keyboard.press('Backspace');
    await expect.poll(() => panel.getByTestId('draft-blank').count(), { timeout: 10_000 }).toBe(1);

    await gmail.keyboard.insertText(LONG);
    await panelShows(panel, LONG);
    // one line per rule, repeats counted, at most 8 lines until "Show all"
    const lines = panel.getByTestId('finding');
    const rules = await lines.evaluateAll((els) => els.map((e) => e.getAttribute('data-rule')));
    expect(new Set(rules).size).toBe(rules.length);
    const counts = await lines.evaluateAll((els) => els.map((e) => Number(e.dataset.count)));
    expect(Math.max(...counts)).toBeGreaterThanOrEqual(10);
    // this draft has more than 8 kinds of finding: the rest are one click away
    expect(rules.length).toBe(8);
    await panel.getByTestId('more-findings').click();
    expect(await lines.count()).toBeGreaterThan(rules.length);
    // focusing a repeated problem marks every place it occurs
    const repeated = lines.nth(counts.indexOf(Math.max(...counts)));
    await repeated.focus();
    const marked = await panel
      .locator('[data-testid="draft-text"] mark.active')
      .evaluateAll((els) => els.map((e) => e.textContent));
    expect(marked.length).toBeGreaterThanOrEqual(10);
    // Apply stays on screen while the findings are read
    const inView = await panel.getByTestId('apply-rewrite').evaluate((b) => {
      const r = b.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
    await repeated.blur();
    // the score's colour follows its band; no jargon such as "P8" or "grade 14.8"
    const sc = await score(panel);
    expect(await panel.getByTestId('draft-score').getAttribute('data-band')).toBe(
      sc >= 80 ? 'good' : sc >= 50 ? 'fair' : 'poor',
    );
    const words = await panel.locator('section.coach').innerText();
    expect(words).not.toMatch(/\bP\d+\b|grade \d+\.\d/);
    expect(await panel.getByTestId('reading-level').innerText()).toMatch(/to read/);

    // Apply: its toast reports it, then fades by itself
    await panel.getByTestId('apply-rewrite').click();
    await expect.poll(() => panel.getByTestId('toast').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => panel.getByTestId('toast').count(), { timeout: 15_000 }).toBe(0);
  });
  it('a toast holds while hovered and goes when another conversation opens', async () => {
    const { gmail, panel } = await openReplyBox(s);
    await gmail.keyboard.type(PUSHY);
    await panelShows(panel, PUSHY);
    const subject = await panel.getByTestId('thread-subject').innerText();
    await panel.getByTestId('apply-rewrite').click();
    const toast = panel.getByTestId('toast');
    await expect.poll(() => toast.count(), { timeout: 10_000 }).toBe(1);
    // hovered, it outlasts its 6 s (held: no timer runs)
    await toast.hover();
    await panel.waitForTimeout(7_000);
    expect(await toast.count()).toBe(1);
    // another conversation: the result of Apply in this one no longer applies
    await openGmail(s, 'gmail/silent-second-thread.html', '#inbox/1a1f3247c2897971');
    await expect
      .poll(() => panel.getByTestId('thread-subject').innerText(), { timeout: 10_000 })
      .not.toBe(subject);
    expect(await toast.count()).toBe(0);
    // an Undo names its contact, so it follows the user back to the first conversation
    const second = await panel.getByTestId('thread-subject').innerText();
    await panel.getByTestId('snooze').click();
    await expect.poll(() => panel.getByTestId('undo').count(), { timeout: 10_000 }).toBe(1);
    await openGmail(s, 'gmail/reply-box.html', '#inbox/1a1536edd6808eb5');
    await expect
      .poll(() => panel.getByTestId('thread-subject').innerText(), { timeout: 10_000 })
      .not.toBe(second);
    expect(await panel.getByTestId('undo').count()).toBe(1);
    await panel.getByTestId('undo').click();
    await expect.poll(() => toast.innerText(), { timeout: 10_000 }).toContain('Undone');

    // session 19: Ctrl+Z is the toast's Undo from anywhere in the panel but a text field
    const status = panel.getByTestId('contact-status');
    expect(await status.innerText()).toBe('Active');
    await panel.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('Paused');
    expect(await panel.getByTestId('undo').getAttribute('aria-keyshortcuts')).toContain(
      'Control+Z',
    );
    // in the search field the keys undo the typing there, not the pause
    const search = panel.getByRole('searchbox', { name: 'Search saved articles' });
    await search.focus();
    await panel.keyboard.press('Control+z');
    await panel.waitForTimeout(500);
    expect(await status.innerText()).toBe('Paused');
    expect(await toast.innerText()).not.toContain('Undone');
    // anywhere else (the Pause button is gone, so focus is on the page)
    await search.blur();
    await panel.keyboard.press('Control+z');
    await expect.poll(() => toast.innerText(), { timeout: 10_000 }).toContain('Undone');
    await expect.poll(() => status.innerText(), { timeout: 10_000 }).toBe('Active');
  });
});

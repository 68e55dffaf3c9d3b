/**
 * The smoother rewrite from Chrome's on-device model, in real Chromium. Debian's Chromium has no
 * on-device model, so a stand-in `LanguageModel` is put into the side panel page before it loads
 * (Playwright's init script); everything else is real: the built extension, the panel, the coach's
 * check of the model's wording, and Gmail's compose box.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { GMAIL_BOX, launch, openGmail, panelScore, typedInGmail, type Session } from './harness';

const BOX = GMAIL_BOX;
const PUSHY =
  'Hi Dana,\n\nJust checking in again. I need you to sign the contract by Friday or the 20% discount goes away. Did you get my last email?';
const SMOOTH =
  "Whenever you're ready, the contract with the 20% discount is here for you to sign by Friday. If now isn't the right time, just say so and I'll stop writing.";

/** The stand-in model: answers with `window.__answer`, or waits to be aborted when it is 'hang'. */
function standInModel() {
  const w = window as unknown as Record<string, unknown>;
  w.__prompts = [];
  w.__aborted = 0;
  w.__answer = '';
  w.LanguageModel = {
    availability: async () => 'available',
    create: async () => ({
      prompt: (input: string, opts?: { signal?: AbortSignal }) => {
        (w.__prompts as string[]).push(input);
        if (w.__answer !== 'hang') return Promise.resolve(w.__answer);
        return new Promise((_resolve, reject) =>
          opts?.signal?.addEventListener('abort', () => {
            w.__aborted = (w.__aborted as number) + 1;
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          }),
        );
      },
      destroy: () => undefined,
    }),
  };
}

const typed = typedInGmail;
const score = panelScore;

async function typePushy(s: Session): Promise<{ gmail: Page; panel: Page }> {
  const gmail = await openGmail(s, 'gmail/reply-box.html', '#inbox/1a1536edd6808eb5');
  const panel = await s.openPanel();
  await gmail.bringToFront();
  await gmail.locator(BOX).click({ position: { x: 4, y: 4 } });
  await gmail.keyboard.type(PUSHY);
  await expect
    .poll(() => panel.getByTestId('draft-text').innerText(), { timeout: 10_000 })
    .toBe(PUSHY);
  return { gmail, panel };
}
const answer = (panel: Page, text: string) =>
  panel.evaluate((t) => void ((window as unknown as Record<string, unknown>).__answer = t), text);

describe('smoother wording from an on-device model, in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('offers nothing where Chrome has no model (this Chromium: its real API says unavailable), and the one-click rewrite stays', async () => {
    const { panel } = await typePushy(s);
    // Chromium 156 has the Prompt API, but no model on this machine: the real API says so
    expect(
      await panel.evaluate(async () => {
        const lm = (
          globalThis as unknown as { LanguageModel: { availability(o: unknown): Promise<string> } }
        ).LanguageModel;
        return lm.availability({
          expectedInputs: [{ type: 'text', languages: ['en'] }],
          expectedOutputs: [{ type: 'text', languages: ['en'] }],
        });
      }),
    ).toBe('unavailable');
    await expect.poll(() => panel.getByTestId('apply-rewrite').count()).toBe(1);
    expect(await panel.locator('.smoother').count()).toBe(0);
  });

  it('asks the model for the body only, shows its checked wording, applies it into Gmail, and Undo brings the draft back', async () => {
    await s.context.addInitScript(standInModel);
    const { gmail, panel } = await typePushy(s);
    const before = await score(panel);
    await answer(panel, `Here's a smoother version:\n\nHi Dana,\n\n${SMOOTH}`);
    await panel.getByTestId('smoother-start').click();
    const shown = panel.getByTestId('smoother-text');
    await expect.poll(() => shown.count(), { timeout: 10_000 }).toBe(1);
    expect(await shown.innerText()).toBe(`Hi Dana,\n\n${SMOOTH}`);
    const prompts = await panel.evaluate(
      () => (window as unknown as Record<string, unknown>).__prompts as string[],
    );
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toContain('20%');
    expect(prompts[0]).not.toContain('Hi Dana');
    expect(prompts[0]).not.toMatch(/just checking in/i);

    // from the keyboard: Apply has the focus once the offer is shown
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'smoother-apply',
    );
    await panel.keyboard.press('Enter');
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).toBe(`Hi Dana,\n\n${SMOOTH}`);
    expect(await gmail.locator(`${BOX} .gmail_signature`).innerText()).toContain('Alex Seller');
    await expect.poll(() => score(panel), { timeout: 10_000 }).toBeGreaterThan(before);
    expect(await panel.getByTestId('flag-pushy').getAttribute('data-on')).toBe('false');
    // the draft changed, so the offer is gone; the panel's Undo puts the original back
    expect(await shown.count()).toBe(0);
    await panel.getByTestId('undo-rewrite').click();
    await expect.poll(() => typed(gmail), { timeout: 10_000 }).toBe(PUSHY);
  });

  // session 24: the model used to be given the whole one-click rewrite, unticked changes and all
  it('smooths only the changes left ticked: an unticked way-out line is neither sent nor required', async () => {
    const { panel } = await typePushy(s);
    const line = panel.getByTestId('change').filter({ hasText: 'close the loop' });
    await expect.poll(() => line.count(), { timeout: 10_000 }).toBe(1);
    await line.getByRole('checkbox').uncheck();
    const plain =
      "Whenever you're ready, the contract with the 20% discount is here for you to sign by Friday.";
    await answer(panel, plain);
    await panel.getByTestId('smoother-start').click();
    const shown = panel.getByTestId('smoother-text');
    await expect.poll(() => shown.count(), { timeout: 10_000 }).toBe(1);
    expect(await shown.innerText()).toBe(`Hi Dana,\n\n${plain}`);
    const prompts = await panel.evaluate(
      () => (window as unknown as Record<string, unknown>).__prompts as string[],
    );
    expect(prompts.at(-1)).toContain('20%');
    expect(prompts.at(-1)).not.toContain('close the loop');
    // ticking the line again drops the offer made without it
    await line.getByRole('checkbox').check();
    await expect.poll(() => shown.count(), { timeout: 10_000 }).toBe(0);
  });

  it('does not show wording the coach finds pushy, and says why', async () => {
    const { panel } = await typePushy(s);
    await answer(
      panel,
      'Sign the contract by Friday or the 20% discount is gone for good. I need your answer ASAP. If the timing is wrong, just tell me.',
    );
    await panel.getByTestId('smoother-start').click();
    const section = panel.locator('.smoother');
    await expect
      .poll(() => section.getAttribute('data-phase'), { timeout: 10_000 })
      .toBe('refused');
    expect(await panel.getByTestId('smoother-status').innerText()).toMatch(
      /^Not shown\. The model's wording was still pushy: /,
    );
    expect(await panel.getByTestId('smoother-text').count()).toBe(0);
  });

  it('can be cancelled while the model writes', async () => {
    const { panel } = await typePushy(s);
    await answer(panel, 'hang');
    await panel.getByTestId('smoother-start').click();
    const section = panel.locator('.smoother');
    await expect.poll(() => section.getAttribute('data-phase')).toBe('working');
    // after the progress bar
    expect((await panel.getByTestId('smoother-status').innerText()).trim()).toBe(
      'Writing on this device…',
    );
    await panel.getByTestId('smoother-cancel').click();
    await expect.poll(() => section.getAttribute('data-phase')).toBe('cancelled');
    expect(await panel.getByTestId('smoother-status').innerText()).toBe('Cancelled.');
    expect(
      await panel.evaluate(() => (window as unknown as Record<string, unknown>).__aborted),
    ).toBe(1);
  });
});

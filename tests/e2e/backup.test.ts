import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type Session } from './harness';

/** A backup file made elsewhere: no contacts, its own settings. */
const FILE = JSON.stringify({
  format: 'crickets-backup',
  version: 1,
  exportedAt: 0,
  contacts: [],
  messages: [],
  threads: [],
  aliases: [],
  settings: {
    cadence: { gapsDays: [5, 10], restDays: 60, countWeekends: false },
    notifications: false,
    optOutLine: 'Say the word and I will stop writing.',
    templates: { close: 'Hi {name}, I will close the loop here.' },
  },
});

describe('backup in real Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await launch();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('imports a file with settings: offered, used only on request, undone, and kept after a reload', async () => {
    const options = await s.context.newPage();
    await options.goto(`chrome-extension://${s.extensionId}/options.html`);
    const gaps = options.getByTestId('gaps');
    await expect.poll(() => gaps.inputValue()).toBe('3, 7, 14, 30');
    const importIt = () =>
      options.getByTestId('import').setInputFiles({
        name: 'backup.json',
        mimeType: 'application/json',
        buffer: Buffer.from(FILE),
      });

    // session 21: unsaved edits in the form are never dropped to use the file's settings
    await gaps.fill('4, 9, 20');
    await importIt();
    await options.getByTestId('use-file-settings').click();
    await expect
      .poll(() => options.getByTestId('backup-status').innerText())
      .toMatch(/unsaved changes\. Save them first/);
    expect(await gaps.inputValue()).toBe('4, 9, 20');
    await gaps.fill('3, 7, 14, 30');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByTestId('settings-status').innerText()).toMatch(/Saved/);
    await importIt();

    await expect
      .poll(() => options.getByRole('group', { name: /settings differ/ }).innerText())
      .toMatch(
        /follow-ups after 5, 10 days, rest 60 days, weekends not counted; opt-out line “Say the word and I will stop writing\.”; reminders off; graceful close template “Hi \{name\}, I will close the loop here\.”/,
      );
    expect(await options.getByTestId('backup-status').innerText()).toMatch(/choose below/);
    // nothing replaced yet
    expect(await gaps.inputValue()).toBe('3, 7, 14, 30');
    await options.getByTestId('use-file-settings').click();
    await expect.poll(() => gaps.inputValue()).toBe('5, 10');
    expect(await options.getByTestId('template-close').inputValue()).toBe(
      'Hi {name}, I will close the loop here.',
    );
    // Undo has the focus; Enter brings mine back
    await options.keyboard.press('Enter');
    await expect.poll(() => gaps.inputValue()).toBe('3, 7, 14, 30');
    expect(await options.getByTestId('backup-status').innerText()).toMatch(/back/);

    // used again, they are stored: a reload shows them
    await importIt();
    await options.getByTestId('use-file-settings').click();
    await expect.poll(() => gaps.inputValue()).toBe('5, 10');
    await options.reload();
    await expect.poll(() => options.getByTestId('gaps').inputValue()).toBe('5, 10');
    expect(await options.getByTestId('rest').inputValue()).toBe('60');
  });
});

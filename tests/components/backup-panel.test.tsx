// @vitest-environment happy-dom
/** Importing a backup with settings: they are offered, used only on request, and can be undone. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackupPanel, TryAgainError, type ImportOutcome } from '../../components/BackupPanel';

afterEach(cleanup);

const importFile = async () => {
  const input = screen.getByTestId('import');
  await act(async () => {
    fireEvent.change(input, { target: { files: [new File(['{}'], 'backup.json')] } });
    await new Promise((r) => setTimeout(r, 0));
  });
};

function setup(outcome: Partial<ImportOutcome> = {}) {
  const back = vi.fn(async () => undefined);
  const apply = vi.fn(async () => back);
  const onImport = vi.fn(async (): Promise<ImportOutcome> => ({
    ok: true,
    message: 'Imported 2 contacts.',
    offer: { summary: 'follow-ups after 4, 8 days', apply },
    ...outcome,
  }));
  render(<BackupPanel onExport={vi.fn(async () => '{}')} onImport={onImport} />);
  return { apply, back, onImport };
}

describe('BackupPanel: settings in the file', () => {
  it('offers them, uses them only on request, and Undo (focused) brings mine back', async () => {
    const { apply, back } = setup();
    await importFile();
    expect(screen.getByTestId('backup-status').textContent).toBe(
      'Imported 2 contacts. The file also has other settings: choose below.',
    );
    expect(screen.getByRole('group').textContent).toMatch(/follow-ups after 4, 8 days.*kept/);
    expect(apply).not.toHaveBeenCalled();
    await act(async () => {
      fireEvent.click(screen.getByTestId('use-file-settings'));
    });
    expect(apply).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('group')).toBeNull();
    expect(screen.getByTestId('backup-status').textContent).toMatch(/replaced/);
    expect(document.activeElement).toBe(screen.getByTestId('undo-file-settings'));
    await act(async () => {
      fireEvent.click(screen.getByTestId('undo-file-settings'));
    });
    expect(back).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('backup-status').textContent).toMatch(/back/);
    expect(screen.queryByTestId('undo-file-settings')).toBeNull();
  });

  it('"Keep mine" closes the offer and changes nothing', async () => {
    const { apply } = setup();
    await importFile();
    fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('group')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('a file without settings, or a failed import, offers nothing', async () => {
    setup({ offer: undefined });
    await importFile();
    expect(screen.queryByRole('group')).toBeNull();
    cleanup();
    setup({ ok: false, message: 'This JSON file is not a Crickets backup.', offer: undefined });
    await importFile();
    expect(screen.getByRole('alert').textContent).toMatch(/not a Crickets backup/);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('says so when the file’s settings cannot be stored', async () => {
    const apply = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    setup({ offer: { summary: 'x', apply } });
    await importFile();
    await act(async () => {
      fireEvent.click(screen.getByTestId('use-file-settings'));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/quota exceeded/);
    // session 21: the offer stays, so the user can try again
    await act(async () => {
      fireEvent.click(screen.getByTestId('use-file-settings'));
    });
    expect(apply).toHaveBeenCalledTimes(2);
  });

  it('a second click while the settings are being stored does nothing more', async () => {
    let done: (v: () => Promise<void>) => void = () => undefined;
    const apply = vi.fn(() => new Promise<() => Promise<void>>((r) => (done = r)));
    setup({ offer: { summary: 'x', apply } });
    await importFile();
    fireEvent.click(screen.getByTestId('use-file-settings'));
    fireEvent.click(screen.getByTestId('use-file-settings'));
    await act(async () => {
      done(async () => undefined);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(apply).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('undo-file-settings')).toBeTruthy();
  });

  it('Undo stays when it can be retried (unsaved edits), and goes when it cannot', async () => {
    const back = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new TryAgainError('the settings above have unsaved changes'))
      .mockRejectedValueOnce(new Error('they were changed and saved since'));
    setup({ offer: { summary: 'x', apply: async () => back } });
    await importFile();
    await act(async () => {
      fireEvent.click(screen.getByTestId('use-file-settings'));
    });
    await act(async () => {
      fireEvent.click(screen.getByTestId('undo-file-settings'));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/unsaved changes/);
    expect(screen.getByTestId('undo-file-settings')).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByTestId('undo-file-settings'));
    });
    expect(screen.getByRole('alert').textContent).toMatch(/saved since/);
    expect(screen.queryByTestId('undo-file-settings')).toBeNull();
    expect(back).toHaveBeenCalledTimes(2);
  });
});

// @vitest-environment happy-dom
/** The options form: the cadence as it runs, refused values explained at their field, the status line. */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '../../components/SettingsForm';
import { StatusLine } from '../../components/StatusLine';
import { templates } from '../../lib/coach';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';

afterEach(cleanup);

const form = (
  settings: Settings,
  onSave = vi.fn(async () => undefined),
  status: string | null = null,
) => <SettingsForm settings={settings} builtIn={templates} onSave={onSave} status={status} />;
const field = (id: string) => screen.getByTestId(id) as HTMLInputElement;
const save = async () => {
  await act(async () => {
    fireEvent.click(screen.getByTestId('save-settings'));
  });
};

describe('SettingsForm', () => {
  it('shows saved gaps that shrank as they run, and saves them without complaint', async () => {
    const onSave = vi.fn(async () => undefined);
    const old = { ...DEFAULT_SETTINGS, cadence: { ...DEFAULT_SETTINGS.cadence, gapsDays: [7, 3] } };
    render(form(old, onSave));
    expect(field('gaps').value).toBe('7, 7');
    await save();
    expect(screen.queryByTestId('settings-error')).toBeNull();
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ cadence: expect.objectContaining({ gapsDays: [7, 7] }) }),
    );
  });

  it('refuses gaps that shrink, says why at the field, focuses it, and saves nothing', async () => {
    const onSave = vi.fn(async () => undefined);
    render(form(DEFAULT_SETTINGS, onSave));
    fireEvent.change(field('gaps'), { target: { value: '7, 3' } });
    await save();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('settings-error').textContent).toMatch(
      /at least as long as the one before/,
    );
    expect(field('gaps').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('gaps'));
  });

  it('keeps the edits and shows the reason when storing fails', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('quota exceeded');
    });
    render(form(DEFAULT_SETTINGS, onSave));
    fireEvent.change(field('opt-out-line'), { target: { value: 'Tell me if not.' } });
    await save();
    expect(screen.getByTestId('settings-error').textContent).toMatch(/quota exceeded.*still here/);
    expect(field('opt-out-line').value).toBe('Tell me if not.');
  });

  it('an edit made while a save is stored stays unsaved, and the page is told so', async () => {
    let stored: () => void = () => undefined;
    const onSave = vi.fn(() => new Promise<void>((r) => (stored = r)));
    const onDirtyChange = vi.fn();
    render(
      <SettingsForm
        settings={DEFAULT_SETTINGS}
        builtIn={templates}
        onSave={onSave}
        status="Saved."
        onDirtyChange={onDirtyChange}
      />,
    );
    fireEvent.change(field('gaps'), { target: { value: '4, 8' } });
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await save();
    fireEvent.change(field('gaps'), { target: { value: '4, 9' } });
    await act(async () => {
      stored();
      await Promise.resolve();
    });
    expect(screen.getByText('Unsaved changes.')).toBeTruthy();
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    // saved again with nothing typed meanwhile: clean
    await save();
    await act(async () => {
      stored();
      await Promise.resolve();
    });
    expect(screen.queryByText('Unsaved changes.')).toBeNull();
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
  });

  it('"Saved" shows until the next edit, which says "Unsaved changes"', () => {
    render(form(DEFAULT_SETTINGS, undefined, 'Saved.'));
    expect(screen.getByTestId('settings-status').textContent).toBe('Saved.');
    fireEvent.change(field('rest'), { target: { value: '60' } });
    expect(screen.queryByTestId('settings-status')).toBeNull();
    expect(screen.getByText('Unsaved changes.')).toBeTruthy();
  });
});

describe('StatusLine: live regions that stay mounted', () => {
  it('puts a success in the status region and an error in the alert region, both always there', () => {
    const { rerender } = render(<StatusLine status={null} testId="s" />);
    const polite = screen.getByRole('status');
    const urgent = screen.getByRole('alert');
    expect(polite.textContent).toBe('');
    rerender(<StatusLine status={{ ok: true, message: 'Saved.' }} testId="s" />);
    expect(screen.getByRole('status')).toBe(polite);
    expect(polite.textContent).toBe('Saved.');
    rerender(
      <StatusLine status={{ ok: false, message: 'Import failed.' }} testId="s">
        <button type="button">Retry</button>
      </StatusLine>,
    );
    expect(screen.getByRole('alert')).toBe(urgent);
    expect(urgent.textContent).toBe('Import failed.Retry');
    expect(polite.textContent).toBe('');
    expect(screen.getByTestId('s').className).toBe('error-text');
  });
});

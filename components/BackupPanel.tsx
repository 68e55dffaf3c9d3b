import { useRef, useState } from 'react';
import { StatusLine } from './StatusLine';
import { useFocusAfterSwap } from './use-focus-after-swap';

const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Settings and templates a backup file has: used only when the user says so, with an Undo. */
export interface SettingsOffer {
  summary: string;
  /** Replace the settings; resolves to what puts the old ones back. */
  apply: () => Promise<() => Promise<void>>;
}

/** A failure the user can fix and then retry (unsaved edits elsewhere): the button stays. */
export class TryAgainError extends Error {}

export interface ImportOutcome {
  ok: boolean;
  message: string;
  offer?: SettingsOffer;
}

/** Export everything to a JSON file; import one back (it only adds, never overwrites). */
export function BackupPanel(props: {
  onExport: () => Promise<string>;
  onImport: (text: string) => Promise<ImportOutcome>;
}) {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [offer, setOffer] = useState<SettingsOffer | null>(null);
  const [undo, setUndo] = useState<(() => Promise<void>) | null>(null);
  const focus = useFocusAfterSwap();

  const settle = (outcome: ImportOutcome) => {
    const more = outcome.offer ? ' The file also has other settings: choose below.' : '';
    setStatus({ ok: outcome.ok, message: outcome.message + more });
    setOffer(outcome.offer ?? null);
  };
  /** A click while the file's settings are being stored does nothing more. */
  const applying = useRef(false);
  const takeTheirs = async (o: SettingsOffer) => {
    if (applying.current) return;
    applying.current = true;
    try {
      const back = await o.apply();
      setOffer(null);
      focus.expect('undo-settings');
      setUndo(() => back);
      setStatus({ ok: true, message: 'Settings and templates replaced with the file’s.' });
    } catch (err) {
      // the offer stays, so the user can choose again once the cause is dealt with
      setStatus({ ok: false, message: `Could not use the file’s settings: ${reason(err)}.` });
    } finally {
      applying.current = false;
    }
  };
  const undoTheirs = async (back: () => Promise<void>) => {
    if (applying.current) return;
    applying.current = true;
    try {
      await back();
      setUndo(null);
      setStatus({ ok: true, message: 'Your own settings and templates are back.' });
    } catch (err) {
      if (!(err instanceof TryAgainError)) setUndo(null);
      setStatus({ ok: false, message: `Could not put your settings back: ${reason(err)}.` });
    } finally {
      applying.current = false;
    }
  };

  const exportFile = async () => {
    setBusy(true);
    try {
      const text = await props.onExport();
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `crickets-backup-${new Date().toISOString().slice(0, 10)}.json`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus({ ok: true, message: `Exported ${Math.round(text.length / 1024)} KB.` });
    } catch (err) {
      setStatus({ ok: false, message: `Export failed: ${reason(err)}. No file was made.` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="backup-title" style={{ marginTop: 16 }}>
      <h2 id="backup-title">Backup</h2>
      <p className="muted">
        Your contacts, messages, saved articles, settings and templates live in this browser. Keep a
        copy, or move them to another computer. Importing adds what is new and never overwrites;
        settings from the file are used only if you choose.
      </p>
      <button type="button" onClick={() => void exportFile()} disabled={busy} data-testid="export">
        Export to a file
      </button>{' '}
      <label>
        Import a backup{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import"
          disabled={busy}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setBusy(true);
            setOffer(null);
            setUndo(null);
            setStatus({ ok: true, message: `Importing ${file.name}…` });
            void file
              .text()
              .then(props.onImport)
              .then(settle)
              .catch((err: unknown) =>
                setStatus({
                  ok: false,
                  message: `Import of ${file.name} failed: ${reason(err)}. Nothing was imported.`,
                }),
              )
              .finally(() => {
                setBusy(false);
                e.target.value = '';
              });
          }}
        />
      </label>
      <StatusLine status={status} testId="backup-status" />
      {offer && (
        <div role="group" aria-labelledby="settings-offer" className="offer">
          <p id="settings-offer">
            The file’s settings differ from yours: {offer.summary}. Yours are kept unless you choose
            otherwise.
          </p>
          <button
            type="button"
            data-testid="use-file-settings"
            onClick={() => void takeTheirs(offer)}
          >
            Use the file’s settings
          </button>{' '}
          <button type="button" onClick={() => setOffer(null)}>
            Keep mine
          </button>
        </div>
      )}
      {undo && (
        <button
          type="button"
          ref={focus.take('undo-settings')}
          data-testid="undo-file-settings"
          onClick={() => void undoTheirs(undo)}
        >
          Undo: bring my settings back
        </button>
      )}
    </section>
  );
}

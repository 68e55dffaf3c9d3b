import { useState } from 'react';
import { StatusLine } from './StatusLine';

const reason = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** Export everything to a JSON file; import one back (it only adds, never overwrites). */
export function BackupPanel(props: {
  onExport: () => Promise<string>;
  onImport: (text: string) => Promise<{ ok: boolean; message: string }>;
}) {
  const [status, setStatus] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

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
        Your contacts, messages and saved articles live in this browser. Keep a copy, or move them
        to another computer. Settings and templates are not in the file: note them down to move
        them.
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
            setStatus({ ok: true, message: `Importing ${file.name}…` });
            void file
              .text()
              .then(props.onImport)
              .then(setStatus)
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
    </section>
  );
}

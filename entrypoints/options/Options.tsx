import { useState } from 'react';
import { BackupPanel } from '@/components/BackupPanel';
import { SettingsForm } from '@/components/SettingsForm';
import { exportBackup, importReportMessage, type ImportReport } from '@/lib/backup';
import { templates } from '@/lib/coach';
import { db } from '@/lib/db';
import { settingsItem, type Settings } from '@/lib/settings';
import { send, useSettings } from '../sidepanel/client';

export function Options() {
  const settings = useSettings();
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <main>
      <header className="top">
        <h1>Crickets settings</h1>
      </header>
      {settings ? (
        <SettingsForm
          settings={settings}
          builtIn={templates}
          onSave={(next: Settings) =>
            settingsItem
              .setValue(next)
              .then(() => setSaved('Saved. Due dates are being recomputed.'))
          }
          status={saved}
        />
      ) : (
        <p className="muted">Loading…</p>
      )}
      <BackupPanel
        onExport={async () => JSON.stringify(await exportBackup(db(), Date.now()), null, 1)}
        onImport={async (text) => {
          const reply = await send({ type: 'importBackup', text });
          if (!reply.ok) return { ok: false, message: reply.error };
          return { ok: true, message: importReportMessage(reply.report as ImportReport) };
        }}
      />
    </main>
  );
}

import { useRef, useState } from 'react';
import { BackupPanel, TryAgainError } from '@/components/BackupPanel';
import { SettingsForm } from '@/components/SettingsForm';
import {
  exportBackup,
  importReportMessage,
  parseBackup,
  settingsOffer,
  sameSettings,
  settingsSummary,
  type ImportReport,
} from '@/lib/backup';
import { templates } from '@/lib/coach';
import { db } from '@/lib/db';
import { loadSettings, settingsItem, type Settings } from '@/lib/settings';
import { send, useSettings } from '../sidepanel/client';

export function Options() {
  const settings = useSettings();
  const [saved, setSaved] = useState<string | null>(null);
  // settings replaced from a backup: the form starts again from them
  const [formKey, setFormKey] = useState(0);
  const [replaced, setReplaced] = useState<Settings | null>(null);
  // unsaved edits in the form: replacing the settings would drop them, so it waits for a save
  const formDirty = useRef(false);
  const replaceSettings = async (next: Settings) => {
    if (formDirty.current)
      throw new TryAgainError(
        'the settings above have unsaved changes. Save them first, then choose again',
      );
    await settingsItem.setValue(next);
    formDirty.current = false;
    setReplaced(next);
    setSaved(null);
    setFormKey((k) => k + 1);
  };
  return (
    <main>
      <header className="top">
        <h1>Crickets settings</h1>
      </header>
      {settings ? (
        <SettingsForm
          key={formKey}
          settings={replaced ?? settings}
          builtIn={templates}
          onSave={(next: Settings) =>
            settingsItem
              .setValue(next)
              .then(() => setSaved('Saved. Due dates are being recomputed.'))
          }
          status={saved}
          onDirtyChange={(d) => {
            formDirty.current = d;
          }}
        />
      ) : (
        <p className="muted">Loading…</p>
      )}
      <BackupPanel
        onExport={async () =>
          JSON.stringify(await exportBackup(db(), Date.now(), await loadSettings()), null, 1)
        }
        onImport={async (text) => {
          const reply = await send({ type: 'importBackup', text });
          if (!reply.ok) return { ok: false, message: reply.error };
          const message = importReportMessage(reply.report as ImportReport);
          const parsed = parseBackup(text);
          const mine = await loadSettings();
          const theirs = parsed.ok ? settingsOffer(parsed.backup, mine) : null;
          if (!theirs) return { ok: true, message };
          return {
            ok: true,
            message,
            offer: {
              summary: settingsSummary(theirs, mine),
              apply: async () => {
                const before = await loadSettings();
                await replaceSettings(theirs);
                return async () => {
                  // a save made since is the user's newer choice: Undo leaves it alone
                  if (!sameSettings(await loadSettings(), theirs))
                    throw new Error(
                      'they were changed and saved since, so they were left as they are',
                    );
                  await replaceSettings(before);
                };
              },
            },
          };
        }}
      />
    </main>
  );
}

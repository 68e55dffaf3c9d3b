import { useEffect, useMemo, useState } from 'react';
import { DraftCoach } from '@/components/DraftCoach';
import { DueList } from '@/components/DueList';
import { EmptyState } from '@/components/EmptyState';
import { History } from '@/components/History';
import { Participants } from '@/components/Participants';
import { SmootherOffer } from '@/components/SmootherOffer';
import { TemplateOffer } from '@/components/TemplateOffer';
import { Toast, ToastRegion } from '@/components/Toast';
import { check, rewrite, rulesById, type MessageKind } from '@/lib/coach';
import { coachContextFor } from '@/lib/coach-context';
import { draftFromTemplate, templateAddedMessage } from '@/lib/template-draft';
import { dueEntry, type DueFilter } from '@/lib/silence/due';
import {
  announcePanel,
  applyDraftText,
  send,
  useContactHistory,
  useDraft,
  useConversation,
  useCurrentConversation,
  useDueList,
  useNow,
  useSettings,
} from './client';
import { ContactArea, type Act } from './ContactArea';
import { LibraryArea } from './LibraryArea';
import { useArticleSuggestions } from './suggestions';
import { useToast } from './toast';
import { toastLifetime } from '@/lib/toast';
import type { Message } from '@/lib/messages';
import { readBack, undoState, type UndoSnapshot } from '@/lib/undo-draft';
import { isBlankDraft } from '@/lib/draft-view';
import { useSmoother } from './smoother';

export function App() {
  const current = useCurrentConversation();
  useEffect(announcePanel, []);
  const view = useConversation(current?.threadKey ?? null);
  const history = useContactHistory(view?.contact?.id ?? null);
  const now = useNow();
  const [filter, setFilter] = useState<DueFilter>('all');
  const [query, setQuery] = useState('');
  const dueItems = useDueList(filter, query, now);
  const settings = useSettings();
  const { toast, show: setToast, close: closeToast } = useToast(current?.threadKey ?? null);
  const draft = useDraft();
  const [undo, setUndo] = useState<UndoSnapshot | null>(null);
  const [busy, setBusy] = useState(false);
  const suggestions = useArticleSuggestions(view);
  const contactForDraft = view?.contact ?? null;
  const due = useMemo(
    () => (contactForDraft && settings ? dueEntry(contactForDraft, now, settings.cadence) : null),
    [contactForDraft, now, settings],
  );
  const coachContext = useMemo(
    () =>
      coachContextFor({
        channel: draft?.channel ?? 'gmail',
        contact: contactForDraft,
        due,
        now,
        optOutLine: settings?.optOutLine ?? '',
      }),
    [draft?.channel, contactForDraft, due, now, settings?.optOutLine],
  );
  const coached = useMemo(
    () =>
      draft
        ? { result: check(draft.text, coachContext), rewrite: rewrite(draft.text, coachContext) }
        : null,
    [draft, coachContext],
  );
  const smoother = useSmoother(draft?.text ?? null, coached?.rewrite ?? null, coachContext);

  /** Write text into the compose box; remember what was there for Undo. */
  const writeDraft = async (text: string, remember: boolean, done?: string) => {
    if (!draft?.tabId) return;
    setBusy(true);
    const before = draft.text;
    const reply = await applyDraftText(draft.tabId, text);
    setBusy(false);
    if (!reply.ok) return setToast({ message: reply.error, error: true });
    setUndo(remember ? { tabId: draft.tabId, text: before, applied: readBack(reply, text) } : null);
    setToast({
      message:
        done ??
        (remember
          ? 'Rewrite applied to the compose box. Nothing was sent.'
          : 'Your original draft is back.'),
    });
  };

  /** Send an action; show what happened, with Undo when `undo` reverses it. */
  const act: Act = async (message, done, undo) => {
    const reply = await send(message);
    if (!reply.ok) setToast({ message: reply.error, error: true });
    else setToast({ message: done, undo: undo?.(reply) });
  };

  /** Undo what a toast reports: newest first; the first refusal stops and is shown. */
  const undoAll = async (messages: Message[]) => {
    for (const m of [...messages].reverse()) {
      const reply = await send(m);
      if (!reply.ok) return setToast({ message: reply.error, error: true });
    }
    setToast({ message: 'Undone.' });
  };

  /** Replace the draft with a filled template; the toast names any field left to fill. */
  const writeTemplate = (kind: MessageKind) => {
    if (!settings || !view) return;
    const filled = draftFromTemplate(kind, settings, {
      contact: view.contact ?? null,
      subject: view.thread.subject,
      now,
      article: suggestions[0]?.article ?? null,
    });
    void writeDraft(filled.text, true, templateAddedMessage(filled));
  };

  const contact = view?.contact;
  return (
    <main>
      <header className="top">
        <h1>Crickets</h1>
        <a href="/options.html" target="_blank" rel="noreferrer">
          Settings
        </a>
      </header>
      <ToastRegion>
        {toast && (
          <Toast
            key={toast.id}
            message={toast.message}
            error={toast.error}
            lifetime={toastLifetime(toast)}
            onClose={closeToast}
            onUndo={
              toast.undo
                ? () => {
                    const undo = toast.undo!;
                    closeToast();
                    void undoAll(undo);
                  }
                : undefined
            }
          />
        )}
      </ToastRegion>
      {current === undefined || (current?.threadKey && view === undefined) ? (
        <EmptyState loading />
      ) : !view ? (
        <EmptyState />
      ) : (
        <>
          <p className="subject-line">
            {view.thread.channel === 'gmail' && <span className="muted">Gmail: </span>}
            <strong data-testid="thread-subject">{view.thread.subject || '(no subject)'}</strong>
          </p>
          {contact ? (
            <ContactArea contact={contact} now={now} due={due} act={act} />
          ) : (
            <p className="muted">Only you are in this conversation.</p>
          )}
          <Participants people={view.others} />
          {contact && history && (
            <History
              threads={history.threads}
              messages={history.messages}
              currentThreadKey={view.thread.key}
              contactName={contact.name}
            />
          )}
        </>
      )}
      {contact && due && settings && view && (
        <TemplateOffer
          kind={due.kind}
          canWrite={draft?.tabId !== undefined && draft !== null}
          onUse={() => writeTemplate(due.kind)}
        />
      )}
      {draft && coached && (
        <DraftCoach
          text={draft.text}
          result={coached.result}
          rewrite={coached.rewrite}
          rules={rulesById}
          undo={undoState(undo, draft)}
          busy={busy}
          onApply={(text) => void writeDraft(text, true)}
          onValueTemplate={settings && view ? () => writeTemplate('value') : undefined}
          onUndo={() => undo && void writeDraft(undo.text, false)}
          onChoice={smoother.choose}
        />
      )}
      {draft &&
        coached &&
        smoother.model &&
        smoother.model !== 'none' &&
        !isBlankDraft(draft.text) && (
          <SmootherOffer
            model={smoother.model}
            job={smoother.job}
            baseScore={(smoother.base ?? coached.rewrite).after.score}
            busy={busy}
            onStart={smoother.start}
            onCancel={smoother.cancel}
            onDiscard={smoother.discard}
            onApply={(text) =>
              void writeDraft(
                text,
                true,
                'Smoother wording applied to the compose box. Nothing was sent.',
              )
            }
          />
        )}
      <LibraryArea
        view={view}
        draftText={draft && draft.tabId !== undefined ? draft.text : null}
        onToast={setToast}
        onWriteDraft={(text) =>
          void writeDraft(text, true, 'Opener added to the top of your draft. Undo takes it out.')
        }
      />
      <DueList
        entries={dueItems}
        now={now}
        filter={filter}
        query={query}
        onFilter={setFilter}
        onQuery={setQuery}
        onOpen={(contactId) =>
          void send({ type: 'openContact', contactId }).then(
            (r) => !r.ok && setToast({ message: r.error, error: true }),
          )
        }
      />
    </main>
  );
}

import { useState } from 'react';
import { ContactActions } from '@/components/ContactActions';
import { ContactCard } from '@/components/ContactCard';
import { DueList } from '@/components/DueList';
import { EmptyState } from '@/components/EmptyState';
import { History } from '@/components/History';
import { Participants } from '@/components/Participants';
import { Toast } from '@/components/Toast';
import type { UserStatus } from '@/lib/db';
import type { Message } from '@/lib/messages';
import { dueEntry, type DueFilter } from '@/lib/silence/due';
import {
  send,
  useContactHistory,
  useConversation,
  useCurrentConversation,
  useDueList,
  useMergeCandidates,
  useNow,
  useSettings,
} from './client';

interface ToastState {
  message: string;
  error?: boolean;
  undo?: Message;
}

const STATUS_DONE: Record<UserStatus, string> = {
  active: 'is active again',
  paused: 'is paused: no reminders',
  won: 'is marked won',
  lost: 'is marked lost',
};

export function App() {
  const current = useCurrentConversation();
  const view = useConversation(current?.threadKey ?? null);
  const history = useContactHistory(view?.contact?.id ?? null);
  const now = useNow();
  const [filter, setFilter] = useState<DueFilter>('all');
  const [query, setQuery] = useState('');
  const due = useDueList(filter, query, now);
  const candidates = useMergeCandidates(view?.contact?.id ?? null);
  const settings = useSettings();
  const [toast, setToast] = useState<ToastState | null>(null);

  /** Send an action; show what happened, with Undo when `undo` reverses it. */
  const act = async (
    message: Message,
    done: string,
    undo?: (reply: Record<string, unknown>) => Message,
  ) => {
    const reply = await send(message);
    if (!reply.ok) setToast({ message: reply.error, error: true });
    else setToast({ message: done, undo: undo?.(reply) });
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
      {toast && (
        <Toast
          message={toast.message}
          error={toast.error}
          onClose={() => setToast(null)}
          onUndo={
            toast.undo
              ? () => {
                  const undo = toast.undo!;
                  setToast(null);
                  void act(undo, 'Undone.');
                }
              : undefined
          }
        />
      )}
      {current === undefined || (current?.threadKey && view === undefined) ? (
        <EmptyState loading />
      ) : !view ? (
        <EmptyState />
      ) : (
        <>
          <p className="subject-line">
            <span className="muted">{view.thread.channel === 'gmail' ? 'Gmail' : 'LinkedIn'}:</span>{' '}
            <strong data-testid="thread-subject">{view.thread.subject || '(no subject)'}</strong>
          </p>
          {contact ? (
            <>
              <ContactCard
                contact={contact}
                now={now}
                due={settings ? dueEntry(contact, now, settings.cadence) : null}
              />
              <ContactActions
                contact={contact}
                now={now}
                mergeCandidates={candidates}
                onStatus={(status) =>
                  void act(
                    { type: 'setStatus', contactId: contact.id, status },
                    `${contact.name} ${STATUS_DONE[status]}.`,
                    (r) => ({
                      type: 'setStatus',
                      contactId: contact.id,
                      status: r.previous as UserStatus,
                    }),
                  )
                }
                onSnooze={(until) =>
                  void act(
                    { type: 'snooze', contactId: contact.id, until },
                    until === null
                      ? `${contact.name} is no longer snoozed.`
                      : `${contact.name} is snoozed for a week.`,
                    (r) => ({
                      type: 'snooze',
                      contactId: contact.id,
                      until: r.previous as number | null,
                    }),
                  )
                }
                onMerge={(other) =>
                  void act(
                    { type: 'merge', from: other, into: contact.id },
                    `Merged ${other} into ${contact.name}.`,
                    () => ({ type: 'unmerge', contactId: other }),
                  )
                }
              />
            </>
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
      <DueList
        entries={due}
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

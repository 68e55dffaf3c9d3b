import { ContactCard } from '@/components/ContactCard';
import { EmptyState } from '@/components/EmptyState';
import { History } from '@/components/History';
import { Participants } from '@/components/Participants';
import { useContactHistory, useConversation, useCurrentConversation, useNow } from './client';

export function App() {
  const current = useCurrentConversation();
  const view = useConversation(current?.threadKey ?? null);
  const history = useContactHistory(view?.contact?.id ?? null);
  const now = useNow();

  return (
    <main>
      <header className="top">
        <h1>Crickets</h1>
      </header>
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
          {view.contact ? (
            <ContactCard contact={view.contact} now={now} />
          ) : (
            <p className="muted">Only you are in this conversation.</p>
          )}
          <Participants people={view.others} />
          {view.contact && history && (
            <History
              threads={history.threads}
              messages={history.messages}
              currentThreadKey={view.thread.key}
              contactName={view.contact.name}
            />
          )}
        </>
      )}
    </main>
  );
}

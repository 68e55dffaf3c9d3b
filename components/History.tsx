import type { MessageRow, ThreadRow } from '@/lib/db';
import { preview } from '@/lib/conversation';

const when = (at: number): string =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every thread with this person and the messages in it, newest first. Text only, never HTML. */
export function History(props: {
  threads: ThreadRow[];
  messages: MessageRow[];
  currentThreadKey: string;
  contactName: string;
}) {
  const { threads, messages } = props;
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title">
        History with {props.contactName} ({threads.length}{' '}
        {threads.length === 1 ? 'thread' : 'threads'}, {messages.length}{' '}
        {messages.length === 1 ? 'message' : 'messages'})
      </h3>
      {threads.map((t) => {
        const inThread = messages.filter(
          (m) => m.channel === t.channel && m.threadId === t.threadId,
        );
        return (
          <details
            key={t.key}
            open={t.key === props.currentThreadKey}
            className="thread"
            data-testid="history-thread"
          >
            <summary>
              <span className="subject">{t.subject || '(no subject)'}</span>{' '}
              <span className="muted">
                {t.channel === 'gmail' ? 'Gmail' : 'LinkedIn'} · {inThread.length}
              </span>
            </summary>
            <ol className="messages">
              {inThread.map((m) => (
                <li key={m.id} className={`msg msg-${m.direction}`} data-testid="history-message">
                  <span className="who">{m.direction === 'out' ? 'You' : m.fromName}</span>
                  {m.auto && <span className="tag">auto-reply</span>}
                  {m.kind === 'opt-out' && <span className="tag warn">opt-out</span>}
                  <time dateTime={new Date(m.at).toISOString()}>{when(m.at)}</time>
                  {m.text && <p>{preview(m.text)}</p>}
                </li>
              ))}
            </ol>
          </details>
        );
      })}
    </section>
  );
}

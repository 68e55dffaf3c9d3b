import type { ContactRow } from '@/lib/db';
import { summarise } from '@/lib/conversation';

const STATUS_LABEL: Record<ContactRow['status'], string> = {
  active: 'Active',
  paused: 'Paused',
  won: 'Won',
  lost: 'Lost',
  'opted-out': 'Opted out',
};

export function ContactCard(props: { contact: ContactRow; now: number }) {
  const { contact, now } = props;
  const s = summarise(contact, now);
  return (
    <section className="card" aria-label="Contact">
      <h2 data-testid="contact-name">{contact.name}</h2>
      {contact.email && (
        <p className="muted" data-testid="contact-email">
          {contact.email}
        </p>
      )}
      <span className={`status status-${contact.status}`} data-testid="contact-status">
        {STATUS_LABEL[contact.status]}
      </span>
      <dl className="stats">
        <div>
          <dt>Silence streak</dt>
          <dd>
            <span className="big" data-testid="silence-streak">
              {s.streak}
            </span>{' '}
            unanswered
          </dd>
        </div>
        <div>
          <dt>Silent for</dt>
          <dd>
            <span className="big" data-testid="silent-days">
              {s.silentDays ?? '–'}
            </span>{' '}
            days
          </dd>
        </div>
        <div>
          <dt>Last touch</dt>
          <dd>
            <span className="big">{s.daysSinceLastTouch ?? '–'}</span> days ago
          </dd>
        </div>
      </dl>
      <p data-testid="silence-sentence">{s.sentence}</p>
    </section>
  );
}

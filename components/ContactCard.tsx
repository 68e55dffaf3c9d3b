import type { ContactRow } from '@/lib/db';
import { lastTouchText, silenceBox, summarise } from '@/lib/conversation';
import type { DueEntry } from '@/lib/silence/due';
import { KIND_LABELS } from '@/lib/silence/kind';

const day = (t: number): string =>
  new Date(t).toLocaleDateString(undefined, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });

/** When to write next, in one line. */
function nextLine(contact: ContactRow, due: DueEntry | null, now: number): string {
  if (contact.status === 'opted-out')
    return 'Opted out: no follow-up will ever be due. Respect it.';
  if (contact.status === 'paused') return 'Paused: no reminders until you make them active again.';
  if (contact.status === 'won' || contact.status === 'lost')
    return `Marked ${contact.status}: no more reminders.`;
  if (!due)
    return contact.streak === 0 && contact.lastInboundAt !== null
      ? 'They replied: propose a firm next step.'
      : 'Nothing scheduled.';
  if (due.phase === 'due')
    return due.overdueDays > 0
      ? `Follow-up overdue by ${due.overdueDays} ${due.overdueDays === 1 ? 'day' : 'days'}.`
      : 'A follow-up is due today.';
  if (due.phase === 'resting')
    return `Resting: after your last message they get a break until ${day(due.dueAt)}.`;
  if (due.phase === 'not-now')
    return `They asked to hear back later: next follow-up ${day(due.dueAt)}.`;
  const days = Math.ceil((due.dueAt - now) / 86_400_000);
  return `Next follow-up due ${day(due.dueAt)} (in ${days} ${days === 1 ? 'day' : 'days'}).`;
}

const STATUS_LABEL: Record<ContactRow['status'], string> = {
  active: 'Active',
  paused: 'Paused',
  won: 'Won',
  lost: 'Lost',
  'opted-out': 'Opted out',
};

export function ContactCard(props: { contact: ContactRow; now: number; due: DueEntry | null }) {
  const { contact, now, due } = props;
  const s = summarise(contact, now);
  const lastTouch = lastTouchText(s.daysSinceLastTouch);
  const box = silenceBox(contact, s.silentDays);
  return (
    <section className="card" aria-label="Contact">
      <h2 data-testid="contact-name">{contact.name}</h2>
      {contact.email && (
        <p className="muted" data-testid="contact-email">
          {contact.email}
        </p>
      )}
      {contact.linkedin && (
        <p className="muted" data-testid="contact-linkedin">
          linkedin.com/in/{contact.linkedin}
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
          <dt>{box.label}</dt>
          <dd>
            <span className="big" data-testid="silent-days">
              {box.value}
            </span>
            {box.unit && ` ${box.unit}`}
          </dd>
        </div>
        <div>
          <dt>Last touch</dt>
          <dd>
            <span className="big" data-testid="last-touch">
              {lastTouch.value}
            </span>
            {lastTouch.unit && ` ${lastTouch.unit}`}
          </dd>
        </div>
      </dl>
      <p data-testid="silence-sentence">{s.sentence}</p>
      {contact.awayUntil !== null && contact.awayUntil >= now - 86_400_000 && (
        <p className="away">
          Away until <strong data-testid="away-until">{day(contact.awayUntil)}</strong> (from their
          automatic reply). Mention it when you write: it shows you read it.
        </p>
      )}
      {contact.status === 'opted-out' && (
        <p className="warn-box" role="alert" data-testid="opted-out-warning">
          {contact.name} asked not to be contacted. Crickets will not remind you, and any draft to
          them is flagged.
        </p>
      )}
      <p data-testid="next-follow-up">{nextLine(contact, due, now)}</p>
      {due && contact.status === 'active' && (
        <p className="muted" data-testid="message-kind">
          Next message: <strong>{KIND_LABELS[due.kind].label}</strong>. {KIND_LABELS[due.kind].hint}
        </p>
      )}
    </section>
  );
}

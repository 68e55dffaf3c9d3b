import type { DueEntry, DueFilter } from '@/lib/silence/due';
import { KIND_LABELS } from '@/lib/silence/kind';
import { dueSilence, dueWhen, emptyDueMessage } from '@/lib/due-view';

const PHASE_LABEL: Record<DueEntry['phase'], string> = {
  due: 'Due',
  waiting: 'Waiting',
  away: 'Away',
  resting: 'Resting',
  'not-now': 'Later',
  done: 'Done',
  replied: 'Replied',
  paused: 'Paused',
  'opted-out': 'Opted out',
};

const FILTERS: { value: DueFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'due', label: 'Due' },
  { value: 'waiting', label: 'Waiting' },
  { value: 'away', label: 'Away' },
  { value: 'resting', label: 'Resting' },
];

/** Who to follow up with, most urgent first. One click opens the thread. */
export function DueList(props: {
  entries: DueEntry[] | undefined;
  filter: DueFilter;
  query: string;
  onFilter: (f: DueFilter) => void;
  onQuery: (q: string) => void;
  onOpen: (contactId: string) => void;
  now: number;
}) {
  const { entries } = props;
  return (
    <section aria-labelledby="due-title" className="due">
      <h3 id="due-title">Follow-ups</h3>
      <div className="due-controls">
        <div role="group" aria-label="Show">
          {FILTERS.map((f) => (
            <button
              key={f.value}
              type="button"
              aria-pressed={props.filter === f.value}
              onClick={() => props.onFilter(f.value)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <input
          type="search"
          placeholder="Find a contact"
          aria-label="Find a contact"
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
        />
      </div>
      <ul className="due-list" data-testid="due-list">
        {entries === undefined && <li className="muted">Loading…</li>}
        {entries?.length === 0 && (
          <li className="muted" data-testid="due-empty">
            {emptyDueMessage(props.filter, props.query)}
          </li>
        )}
        {entries?.map((e) => (
          <li key={e.contact.id} data-testid="due-item" data-phase={e.phase}>
            <button
              type="button"
              className="due-open"
              onClick={() => props.onOpen(e.contact.id)}
              title="Open the thread"
            >
              <span className={`tag phase-${e.phase}`}>{PHASE_LABEL[e.phase]}</span>{' '}
              <strong>{e.contact.name}</strong>{' '}
              <span className="muted">{dueWhen(e, props.now)}</span>
              <br />
              <span className="muted">
                {dueSilence(e)} · next: {KIND_LABELS[e.kind].label}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useMemo, useState } from 'react';
import type { ContactRow, UserStatus } from '@/lib/db';
import { rankCandidates, type Candidate, type MergedContact } from '@/lib/merge-candidates';
import { useFocusAfterSwap } from './use-focus-after-swap';

const WEEK = 7 * 86_400_000;
/** With more contacts than this, the merge picker gets a search box. */
const SEARCH_FROM = 8;

/** Snooze, pause, won/lost and merge for one contact. Each action can be undone. */
export function ContactActions(props: {
  contact: ContactRow;
  now: number;
  mergeCandidates: Candidate[];
  /** Contacts merged into this one: each can be unmerged, long after the toast has gone. */
  merged?: MergedContact[];
  onStatus: (status: UserStatus) => void;
  onSnooze: (until: number | null) => void;
  onMerge: (other: Candidate) => void;
  onUnmerge?: (other: MergedContact) => void;
}) {
  const { contact } = props;
  // the choice and the search belong to this contact: another contact starts with none
  const [picked, setPicked] = useState({ for: contact.id, id: '', query: '' });
  // the search box shows only with many contacts; without it, nothing typed narrows the list
  const searching = props.mergeCandidates.length > SEARCH_FROM;
  const query = searching && picked.for === contact.id ? picked.query : '';
  // (the panel re-renders on every keystroke in a draft: rank only when these change)
  const ranked = useMemo(
    () => rankCandidates(contact, props.mergeCandidates, query),
    [contact, props.mergeCandidates, query],
  );
  const chosen =
    picked.for === contact.id ? ranked.shown.find((c) => c.id === picked.id) : undefined;
  const other = chosen?.id ?? '';
  const setOther = (id: string) => setPicked({ for: contact.id, id, query });
  // a pick the search hides for a moment comes back with it
  const setQuery = (q: string) =>
    setPicked({ for: contact.id, id: picked.for === contact.id ? picked.id : '', query: q });
  const snoozed = contact.snoozedUntil !== null && contact.snoozedUntil > props.now;
  // the button that replaces the one clicked takes the focus
  const focus = useFocusAfterSwap();
  const status = (s: UserStatus) => {
    focus.expect(s === 'active' ? 'pause' : 'active');
    props.onStatus(s);
  };
  return (
    <div className="actions" role="group" aria-label={`Actions for ${contact.name}`}>
      {snoozed ? (
        <button
          type="button"
          ref={focus.take('unsnooze')}
          onClick={() => {
            focus.expect('snooze');
            props.onSnooze(null);
          }}
        >
          Unsnooze
        </button>
      ) : (
        <button
          type="button"
          ref={focus.take('snooze')}
          onClick={() => {
            focus.expect('unsnooze');
            props.onSnooze(props.now + WEEK);
          }}
          data-testid="snooze"
        >
          Snooze a week
        </button>
      )}
      {contact.userStatus === 'active' ? (
        <>
          <button type="button" ref={focus.take('pause')} onClick={() => status('paused')}>
            Pause
          </button>
          <button type="button" onClick={() => status('won')}>
            Won
          </button>
          <button type="button" onClick={() => status('lost')}>
            Lost
          </button>
        </>
      ) : (
        <button type="button" ref={focus.take('active')} onClick={() => status('active')}>
          Make active again
        </button>
      )}
      {props.mergeCandidates.length > 0 && (
        <form
          className="merge"
          onSubmit={(e) => {
            e.preventDefault();
            if (!chosen) return;
            setPicked({ for: contact.id, id: '', query: '' });
            props.onMerge(chosen);
          }}
        >
          {searching && (
            <>
              <label>
                Find{' '}
                <input
                  type="search"
                  value={query}
                  placeholder="name or address"
                  data-testid="merge-search"
                  onChange={(e) => setQuery(e.target.value)}
                  onKeyDown={(e) => {
                    // Enter picks the first match; merging stays a click on Merge
                    if (e.key !== 'Enter') return;
                    e.preventDefault();
                    if (ranked.shown[0]) setOther(ranked.shown[0].id);
                  }}
                />
              </label>
              <span className="muted" role="status" data-testid="merge-count">
                {ranked.total === 0
                  ? ` Nobody matches “${query.trim()}”.`
                  : chosen && query.trim()
                    ? ` Picked ${chosen.name} (${chosen.id}).`
                    : ranked.total > ranked.shown.length
                      ? ` Showing ${ranked.shown.length} of ${ranked.total}: type to narrow.`
                      : ''}
              </span>
              <br />
            </>
          )}
          <label>
            Same person as{' '}
            <select
              value={other}
              ref={focus.take('merge-select')}
              onChange={(e) => setOther(e.target.value)}
              data-testid="merge-select"
            >
              <option value="">{ranked.total === 0 ? 'nobody matches' : 'choose…'}</option>
              {ranked.shown.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.id}){ranked.likely.has(c.id) ? ' · similar name' : ''}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" disabled={!other}>
            Merge
          </button>
        </form>
      )}
      {props.merged && props.merged.length > 0 && (
        <ul className="merged" aria-label="Merged into this contact" data-testid="merged">
          {props.merged.map((m) => (
            <li key={m.id}>
              Also {m.name} ({m.id}){m.via ? `, via ${m.via.name} (${m.via.id})` : ''}{' '}
              <button
                type="button"
                aria-label={`Unmerge ${m.name} (${m.id})`}
                onClick={() => {
                  focus.expect('merge-select');
                  props.onUnmerge?.(m);
                }}
              >
                Unmerge
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useState } from 'react';
import type { ContactRow, UserStatus } from '@/lib/db';
import { useFocusAfterSwap } from './use-focus-after-swap';

const WEEK = 7 * 86_400_000;

/** Snooze, pause, won/lost and merge for one contact. Each action can be undone. */
export function ContactActions(props: {
  contact: ContactRow;
  now: number;
  mergeCandidates: { id: string; name: string }[];
  onStatus: (status: UserStatus) => void;
  onSnooze: (until: number | null) => void;
  onMerge: (other: { id: string; name: string }) => void;
}) {
  const { contact } = props;
  // the choice belongs to this contact: another contact starts with none
  const [picked, setPicked] = useState({ for: contact.id, id: '' });
  const chosen =
    picked.for === contact.id ? props.mergeCandidates.find((c) => c.id === picked.id) : undefined;
  const other = chosen?.id ?? '';
  const setOther = (id: string) => setPicked({ for: contact.id, id });
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
            setOther('');
            props.onMerge(chosen);
          }}
        >
          <label>
            Same person as{' '}
            <select
              value={other}
              onChange={(e) => setOther(e.target.value)}
              data-testid="merge-select"
            >
              <option value="">choose…</option>
              {props.mergeCandidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.id})
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="submit" disabled={!other}>
            Merge
          </button>
        </form>
      )}
    </div>
  );
}

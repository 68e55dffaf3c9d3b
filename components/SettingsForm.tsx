import { useState } from 'react';
import type { MessageKind } from '@/lib/coach';
import type { Settings } from '@/lib/settings';
import { KIND_LABELS } from '@/lib/silence/kind';

const KINDS = Object.keys(KIND_LABELS) as MessageKind[];

const parseGaps = (text: string): number[] | null => {
  const parts = text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(Number);
  return parts.length > 0 &&
    parts.length <= 12 &&
    parts.every((n) => Number.isInteger(n) && n >= 1 && n <= 365)
    ? parts
    : null;
};

/** Cadence, reminders and the opt-out line. Invalid input is explained and never saved. */
export function SettingsForm(props: {
  settings: Settings;
  /** The built-in template of each kind, shown when the user has none of their own. */
  builtIn: Readonly<Record<MessageKind, string>>;
  onSave: (s: Settings) => void;
  status: string | null;
}) {
  const { settings } = props;
  const [gaps, setGaps] = useState(settings.cadence.gapsDays.join(', '));
  const [rest, setRest] = useState(String(settings.cadence.restDays));
  const [weekends, setWeekends] = useState(settings.cadence.countWeekends);
  const [notifications, setNotifications] = useState(settings.notifications);
  const [optOutLine, setOptOutLine] = useState(settings.optOutLine);
  const [own, setOwn] = useState<Partial<Record<MessageKind, string>>>(settings.templates);
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    const g = parseGaps(gaps);
    const r = Number(rest);
    if (!g)
      return setError(
        'Gaps: 1 to 12 whole numbers of days, each between 1 and 365, e.g. "3, 7, 14, 30".',
      );
    if (!Number.isInteger(r) || r < 1 || r > 730)
      return setError('Rest: a whole number of days between 1 and 730.');
    setError(null);
    const templates: Partial<Record<MessageKind, string>> = {};
    for (const k of KINDS) {
      const t = own[k];
      if (t !== undefined && t.trim() && t !== props.builtIn[k]) templates[k] = t;
    }
    props.onSave({
      cadence: { gapsDays: g, restDays: r, countWeekends: weekends },
      notifications,
      optOutLine,
      templates,
    });
  };

  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2>Follow-up cadence</h2>
      <p className="muted">
        Be patient, don&apos;t chase: each gap is longer than the one before, and after the last one
        the contact rests. One follow-up lifts replies; returns fall after the third or fourth.
      </p>
      <label>
        Days to wait after each unanswered message{' '}
        <input value={gaps} onChange={(e) => setGaps(e.target.value)} data-testid="gaps" />
      </label>
      <br />
      <label>
        Then rest for{' '}
        <input value={rest} onChange={(e) => setRest(e.target.value)} size={4} data-testid="rest" />{' '}
        days
      </label>
      <br />
      <label>
        <input type="checkbox" checked={weekends} onChange={(e) => setWeekends(e.target.checked)} />{' '}
        Count weekends
      </label>
      <h2>Reminders</h2>
      <label>
        <input
          type="checkbox"
          checked={notifications}
          onChange={(e) => setNotifications(e.target.checked)}
          data-testid="notifications"
        />{' '}
        Notify me when a follow-up falls due
      </label>
      <h2>Your opt-out line</h2>
      <label>
        Added by the rewrite when a draft has none
        <br />
        <input value={optOutLine} onChange={(e) => setOptOutLine(e.target.value)} size={60} />
      </label>
      <h2>Templates</h2>
      <p className="muted">
        One per kind of message. Fields: {'{name}'}, {'{subject}'}, {'{silentDays}'}, {'{article}'}{' '}
        (your best saved article), {'{referrer}'}. A field Crickets can&apos;t fill stays in braces
        and the panel tells you.
      </p>
      {KINDS.map((k) => (
        <div key={k} className="template">
          <label htmlFor={`tpl-${k}`}>
            <strong>{KIND_LABELS[k].label}</strong>{' '}
            <span className="muted">({KIND_LABELS[k].principles.join(', ')})</span>
          </label>
          <textarea
            id={`tpl-${k}`}
            data-testid={`template-${k}`}
            rows={5}
            value={own[k] ?? props.builtIn[k]}
            onChange={(e) => setOwn({ ...own, [k]: e.target.value })}
          />
          {own[k] !== undefined && own[k] !== props.builtIn[k] && (
            <button type="button" onClick={() => setOwn({ ...own, [k]: undefined })}>
              Back to the built-in template
            </button>
          )}
        </div>
      ))}
      <p>
        <button type="submit" data-testid="save-settings">
          Save
        </button>
      </p>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {props.status && !error && <p role="status">{props.status}</p>}
    </form>
  );
}

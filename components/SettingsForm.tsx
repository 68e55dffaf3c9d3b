import { useEffect, useRef, useState } from 'react';
import { StatusLine } from './StatusLine';
import { useFocusAfterSwap } from './use-focus-after-swap';
import { effectiveCadence } from '@/lib/silence/cadence';
import type { MessageKind } from '@/lib/coach';
import type { Settings } from '@/lib/settings';
import { settingsFromFields } from '@/lib/settings-form';
import { PRINCIPLES } from '@/lib/principles';
import { KIND_LABELS } from '@/lib/silence/kind';

const KINDS = Object.keys(KIND_LABELS) as MessageKind[];

/** Cadence, reminders and the opt-out line. Invalid input is explained and never saved. */
export function SettingsForm(props: {
  settings: Settings;
  /** The built-in template of each kind, shown when the user has none of their own. */
  builtIn: Readonly<Record<MessageKind, string>>;
  /** Resolves once stored; a rejection keeps the form's edits and shows the error. */
  onSave: (s: Settings) => Promise<void>;
  status: string | null;
  /** Told when the form gains or loses unsaved edits (the page must not drop them unasked). */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { settings } = props;
  // the cadence as it runs: older saved values whose gaps shrank were always used evened out, and
  // showing those lets the form save without tripping over them
  const [gaps, setGaps] = useState(() => effectiveCadence(settings.cadence).gaps.join(', '));
  const [rest, setRest] = useState(() => String(effectiveCadence(settings.cadence).rest));
  const [weekends, setWeekends] = useState(settings.cadence.countWeekends);
  const [notifications, setNotifications] = useState(settings.notifications);
  const [optOutLine, setOptOutLine] = useState(settings.optOutLine);
  const [own, setOwnState] = useState<Partial<Record<MessageKind, string>>>(settings.templates);
  const [error, setError] = useState<{ field: string; text: string } | null>(null);
  /** Edited since the last save: the "Saved" status no longer describes the form. */
  const [dirty, setDirtyState] = useState(false);
  const setDirty = (d: boolean) => {
    setDirtyState(d);
    props.onDirtyChange?.(d);
  };
  /** Custom text replaced by "Back to the built-in template", kept for its Undo. */
  const [replaced, setReplaced] = useState<Partial<Record<MessageKind, string>>>({});
  const form = useRef<HTMLFormElement>(null);
  /** Counts edits, so a save that ends after another edit leaves the form unsaved. */
  const edits = useRef(0);
  const edit =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      edits.current++;
      setDirty(true);
    };
  const setOwn = edit(setOwnState);
  // leaving the page with unsaved edits asks first
  useEffect(() => {
    if (!dirty) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', ask);
    return () => removeEventListener('beforeunload', ask);
  }, [dirty]);

  const save = () => {
    const r = settingsFromFields(
      { gaps, rest, countWeekends: weekends, notifications, optOutLine, own },
      props.builtIn,
    );
    if (!r.ok) {
      setError({ field: r.field, text: r.error });
      form.current?.querySelector<HTMLElement>(`[data-field="${r.field}"]`)?.focus();
      return;
    }
    setError(null);
    const at = edits.current;
    props.onSave(r.settings).then(
      () => {
        // an edit made while saving is not saved: the form stays unsaved
        if (edits.current !== at) return;
        setDirty(false);
        // empty or built-in boxes show the built-in text again, as they will be used
        setOwnState(r.settings.templates);
      },
      (e: unknown) =>
        setError({
          field: 'save',
          text: `Could not save (${e instanceof Error ? e.message : String(e)}). Your edits are still here; try again.`,
        }),
    );
  };
  /** A field's name for the error focus, and its invalid state linked to the error text. */
  const fieldProps = (field: string) => ({
    'data-field': field,
    'aria-invalid': error?.field === field ? true : undefined,
    'aria-describedby': error?.field === field ? 'settings-error' : undefined,
  });
  /** The error, shown next to the field it is about (a failed save: below Save). */
  const errorAt = (field: string) =>
    error?.field === field && (
      <p role="alert" className="error-text" data-testid="settings-error" id="settings-error">
        {error.text}
      </p>
    );
  /** The button that replaces the one clicked ("Back to built-in" <-> its Undo) takes the focus. */
  const focus = useFocusAfterSwap();

  return (
    <form
      ref={form}
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h2>Follow-up cadence</h2>
      <p className="muted">
        Be patient, don&apos;t chase: each wait is at least as long as the one before, and after the
        last one Crickets leaves the contact alone for a while. One follow-up lifts replies; after
        the third or fourth, replies fall off.
      </p>
      <label>
        Days to wait after each unanswered message{' '}
        <input
          value={gaps}
          placeholder="e.g. 3, 7, 14, 30"
          onChange={(e) => edit(setGaps)(e.target.value)}
          data-testid="gaps"
          {...fieldProps('gaps')}
        />
      </label>
      {errorAt('gaps')}
      <br />
      <label>
        After the last one, leave them alone for{' '}
        <input
          value={rest}
          onChange={(e) => edit(setRest)(e.target.value)}
          size={4}
          data-testid="rest"
          {...fieldProps('rest')}
        />{' '}
        days
      </label>
      {errorAt('rest')}
      <br />
      <label>
        <input
          type="checkbox"
          checked={weekends}
          onChange={(e) => edit(setWeekends)(e.target.checked)}
        />{' '}
        Count weekends
      </label>
      <h2>Reminders</h2>
      <label>
        <input
          type="checkbox"
          checked={notifications}
          onChange={(e) => edit(setNotifications)(e.target.checked)}
          data-testid="notifications"
        />{' '}
        Notify me when a follow-up falls due
      </label>
      <h2>Your opt-out line</h2>
      <label>
        Added by the rewrite when a draft has none
        <br />
        <input
          value={optOutLine}
          onChange={(e) => edit(setOptOutLine)(e.target.value)}
          size={60}
          data-testid="opt-out-line"
          {...fieldProps('opt-out')}
        />
      </label>
      {errorAt('opt-out')}
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
            <span className="muted">
              ({KIND_LABELS[k].principles.map((p) => PRINCIPLES[p]).join('; ')})
            </span>
          </label>
          <textarea
            id={`tpl-${k}`}
            data-testid={`template-${k}`}
            {...fieldProps(`template-${k}`)}
            rows={5}
            value={own[k] ?? props.builtIn[k]}
            onChange={(e) => setOwn({ ...own, [k]: e.target.value })}
          />
          {errorAt(`template-${k}`)}
          {own[k] !== undefined && own[k] !== props.builtIn[k] && (
            <button
              type="button"
              data-testid={`builtin-${k}`}
              ref={focus.take(`builtin-${k}`)}
              onClick={() => {
                setReplaced({ ...replaced, [k]: own[k] });
                setOwn({ ...own, [k]: undefined });
                focus.expect(`undo-builtin-${k}`);
              }}
            >
              Back to the built-in template
            </button>
          )}
          {own[k] === undefined && replaced[k] !== undefined && (
            <button
              type="button"
              data-testid={`undo-builtin-${k}`}
              ref={focus.take(`undo-builtin-${k}`)}
              onClick={() => {
                setOwn({ ...own, [k]: replaced[k] });
                setReplaced({ ...replaced, [k]: undefined });
                focus.expect(`builtin-${k}`);
              }}
            >
              Undo: bring my template back
            </button>
          )}
        </div>
      ))}
      <p>
        <button type="submit" data-testid="save-settings">
          Save
        </button>
      </p>
      {errorAt('save')}
      <StatusLine
        status={props.status && !error && !dirty ? { ok: true, message: props.status } : null}
        testId="settings-status"
      />
      {dirty && !error && <p className="muted">Unsaved changes.</p>}
    </form>
  );
}

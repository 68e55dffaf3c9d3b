import { useEffect, useRef } from 'react';
import type { SmootherJob } from '@/lib/on-device/smooth';

/**
 * Smoother wording from Chrome's on-device model, offered beside the one-click rewrite. The
 * model's text is shown as plain text and only after the coach passed it.
 */
export function SmootherOffer(props: {
  /** 'not-downloaded': say so, and that Crickets will not download it. */
  model: 'ready' | 'not-downloaded';
  job: SmootherJob;
  /** The one-click rewrite's score, to compare with. */
  baseScore: number;
  busy: boolean;
  onStart: () => void;
  onCancel: () => void;
  onApply: (text: string) => void;
  onDiscard: () => void;
}) {
  const { job } = props;
  const section = useRef<HTMLElement>(null);
  // whether keyboard focus was in this section (a pressed button that goes away leaves it nowhere)
  const hadFocus = useRef(false);
  const phase = job.state === 'done' ? job.outcome.kind : job.state;
  useEffect(() => {
    const el = section.current;
    if (el && hadFocus.current && document.activeElement === document.body)
      el.querySelector<HTMLButtonElement>('button')?.focus();
  }, [phase]);

  const again = (
    <button type="button" data-testid="smoother-start" onClick={props.onStart}>
      Try again
    </button>
  );
  return (
    <section
      className="smoother"
      ref={section}
      aria-labelledby="smoother-title"
      onFocus={() => void (hadFocus.current = true)}
      onBlur={(e) => {
        // null: focus went nowhere (its button was removed, or the window lost focus)
        if (e.relatedTarget && !section.current?.contains(e.relatedTarget as Node))
          hadFocus.current = false;
      }}
    >
      <h3 id="smoother-title">Smoother wording</h3>
      {props.model === 'not-downloaded' && (
        <p className="muted" data-testid="smoother-not-downloaded">
          Chrome&apos;s built-in model could reword the one-click rewrite on this device, but Chrome
          has not downloaded it. Crickets never starts that download for you.
        </p>
      )}
      {props.model === 'ready' && job.state === 'idle' && (
        <>
          <p className="muted">
            Chrome&apos;s built-in model can reword the one-click rewrite on this device. Its
            wording is checked by the same rules and shown only if it passes.
          </p>
          <button type="button" data-testid="smoother-start" onClick={props.onStart}>
            Suggest smoother wording
          </button>
        </>
      )}
      {job.state === 'working' && (
        <>
          <p role="status" data-testid="smoother-working">
            <progress aria-label="Writing on this device" /> Writing on this device…
          </p>
          <button type="button" data-testid="smoother-cancel" onClick={props.onCancel}>
            Cancel
          </button>
        </>
      )}
      {job.state === 'done' && job.outcome.kind === 'offer' && (
        <>
          <p className="muted" data-testid="smoother-score">
            Score {job.outcome.result.score} (one-click rewrite: {props.baseScore}). It passed every
            check and keeps every name, number, date and link.
          </p>
          <p className="smoothed" data-testid="smoother-text">
            {job.outcome.text}
          </p>
          <div className="actions">
            <button
              type="button"
              data-testid="smoother-apply"
              aria-busy={props.busy}
              onClick={() =>
                props.busy || (job.outcome.kind === 'offer' && props.onApply(job.outcome.text))
              }
            >
              Apply this wording
            </button>
            <button type="button" data-testid="smoother-discard" onClick={props.onDiscard}>
              Discard
            </button>
          </div>
        </>
      )}
      {job.state === 'done' && job.outcome.kind === 'refused' && (
        <>
          <p data-testid="smoother-refused">
            Not shown. {job.outcome.reason} The one-click rewrite above still stands.
          </p>
          {again}
        </>
      )}
      {job.state === 'done' && job.outcome.kind === 'cancelled' && (
        <>
          <p className="muted" data-testid="smoother-cancelled">
            Cancelled.
          </p>
          {again}
        </>
      )}
      {job.state === 'done' && job.outcome.kind === 'error' && (
        <>
          <p role="alert" data-testid="smoother-error">
            {job.outcome.message}
          </p>
          {again}
        </>
      )}
    </section>
  );
}

import { useEffect, useRef } from 'react';
import type { SmootherJob } from '@/lib/on-device/smooth';

/** What the section says, in one live region so screen readers hear each change. */
function statusOf(job: SmootherJob, baseScore: number): string {
  if (job.state === 'idle') return '';
  if (job.state === 'working') return 'Writing on this device…';
  const o = job.outcome;
  switch (o.kind) {
    case 'offer':
      return `Score ${o.result.score} (one-click rewrite: ${baseScore}). It passed every check, and keeps the names, numbers, dates and links the coach can see; read it before you apply it.`;
    case 'refused':
      return `Not shown. ${o.reason} The one-click rewrite above still stands.`;
    case 'cancelled':
      return 'Cancelled.';
    case 'error':
      return o.message;
  }
}

/**
 * Smoother wording from Chrome's on-device model, offered beside the one-click rewrite. The
 * model's text is shown as plain text and only after the coach passed it.
 */
export function SmootherOffer(props: {
  /** Not 'ready': say why there is nothing to press, and that Crickets will not download it. */
  model: 'ready' | 'not-downloaded' | 'downloading';
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
    // only while the panel has focus: the user may be typing in Gmail
    if (el && hadFocus.current && document.hasFocus() && document.activeElement === document.body)
      el.querySelector<HTMLButtonElement>('button')?.focus();
  }, [phase]);
  const status = statusOf(job, props.baseScore);
  const offer = job.state === 'done' && job.outcome.kind === 'offer' ? job.outcome : null;

  return (
    <section
      className="smoother"
      ref={section}
      aria-labelledby="smoother-title"
      data-phase={phase}
      onFocus={() => void (hadFocus.current = true)}
      onBlur={(e) => {
        // null: focus went nowhere (its button was removed, or the window lost focus)
        if (e.relatedTarget && !section.current?.contains(e.relatedTarget as Node))
          hadFocus.current = false;
      }}
    >
      <h3 id="smoother-title">Smoother wording</h3>
      {props.model !== 'ready' ? (
        <p className="muted" data-testid="smoother-not-downloaded">
          Chrome&apos;s built-in model could reword the one-click rewrite on this device, but Chrome{' '}
          {props.model === 'downloading'
            ? 'is still downloading it; this offer appears when it is done.'
            : 'has not downloaded it.'}{' '}
          Crickets never starts that download for you.
        </p>
      ) : (
        job.state === 'idle' && (
          <p className="muted">
            Chrome&apos;s built-in model can reword the one-click rewrite on this device. Its
            wording is checked by the same rules and shown only if it passes.
          </p>
        )
      )}
      <p
        aria-live="polite"
        data-testid="smoother-status"
        className={status ? '' : 'visually-empty'}
      >
        {job.state === 'working' && (
          <>
            <progress aria-hidden="true" />{' '}
          </>
        )}
        {status}
      </p>
      {offer && (
        <p className="smoothed" data-testid="smoother-text">
          {offer.text}
        </p>
      )}
      {props.model === 'ready' && (
        <div className="actions">
          {job.state === 'working' ? (
            <button type="button" data-testid="smoother-cancel" onClick={props.onCancel}>
              Cancel
            </button>
          ) : offer ? (
            <>
              <button
                type="button"
                data-testid="smoother-apply"
                aria-busy={props.busy}
                onClick={() => props.busy || props.onApply(offer.text)}
              >
                Apply this wording
              </button>
              <button type="button" data-testid="smoother-discard" onClick={props.onDiscard}>
                Discard
              </button>
            </>
          ) : (
            <button type="button" data-testid="smoother-start" onClick={props.onStart}>
              {job.state === 'idle' ? 'Suggest smoother wording' : 'Try again'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { applyChanges, type CheckResult, type RewriteResult, type Rule } from '@/lib/coach';
import { readingLevel } from '@/lib/coach/reading-level';
import { countsLine, heldBackBy, isBlankDraft, scoreBand } from '@/lib/draft-view';
import { KIND_LABELS } from '@/lib/silence/kind';
import type { UndoState } from '@/lib/undo-draft';
import { CoachFindings } from './CoachFindings';

const FLAG_LABEL: [keyof CheckResult['flags'], string, boolean][] = [
  ['pushy', 'Pushy', false],
  ['selfCentred', 'Self-centred', false],
  ['valueFirst', 'Leads with value', true],
  ['optOut', 'Offers a way out', true],
  ['clearAsk', 'One clear ask', true],
];

/** Scores the draft as it is typed, explains each finding, and rewrites it in one click. */
export function DraftCoach(props: {
  text: string;
  result: CheckResult;
  rewrite: RewriteResult;
  rules: ReadonlyMap<string, Rule>;
  /** 'edited': the user typed after Apply, so Undo would erase their edits and is off. */
  undo: UndoState;
  busy: boolean;
  onApply: (text: string) => void;
  onUndo: () => void;
  /** Told the text Apply would write whenever the ticked changes change it. */
  onChoice?: (text: string) => void;
  /** Replace the draft with the value-share template (offered when the rewrite cannot help). */
  onValueTemplate?: () => void;
}) {
  const { result, rewrite } = props;
  // Every change, the optional ones last: indexes below rewrite.changes.length are the rewrite's
  // own changes (ticked at first), the rest optional removals (unticked at first).
  const all = useMemo(() => [...rewrite.changes, ...rewrite.optional], [rewrite]);
  const own = rewrite.changes.length;
  const initial = (): ReadonlySet<number> => new Set(all.map((_c, i) => i).filter((i) => i < own));
  const [ticked, setTicked] = useState<ReadonlySet<number>>(initial);
  const changesKey = all.map((c) => `${c.rule}:${c.start}:${c.end}`).join('|');
  const [seenKey, setSeenKey] = useState(changesKey);
  if (seenKey !== changesKey) {
    // A new draft: its rewrite's own changes start ticked, the optional removals unticked.
    setSeenKey(changesKey);
    setTicked(initial());
  }
  const accepted = useMemo(() => all.map((_c, i) => i).filter((i) => ticked.has(i)), [all, ticked]);
  const asRewritten = accepted.length === own && accepted.every((i) => i < own);
  const chosen = useMemo(
    () => (asRewritten ? rewrite.text : applyChanges(props.text, all, accepted)),
    [asRewritten, rewrite, props.text, all, accepted],
  );
  const { onChoice } = props;
  useEffect(() => {
    onChoice?.(chosen);
  }, [onChoice, chosen]);
  const reasons = heldBackBy(result.findings);

  if (isBlankDraft(props.text))
    return (
      <section className="coach" aria-labelledby="coach-title">
        <h3 id="coach-title">Your draft</h3>
        <p className="muted" data-testid="draft-blank">
          Start typing in the reply box: the coach scores your draft as you write.
        </p>
        {props.undo === 'ready' && (
          // Apply left the box empty (every change but a removal unticked): the way back stays
          <div className="actions">
            <UndoButton disabled={props.busy} onUndo={props.onUndo} />
          </div>
        )}
      </section>
    );

  return (
    <section className="coach" aria-labelledby="coach-title">
      <h3 id="coach-title">Your draft</h3>
      <div className="score-row">
        <span
          className={`score ${scoreBand(result.score)}`}
          data-testid="draft-score"
          data-band={scoreBand(result.score)}
          aria-label={`Score ${result.score} of 100`}
        >
          {result.score}
        </span>
        <span className="muted">
          / 100 · {reasons.length ? `held back by: ${reasons.join(', ')}` : 'nothing holds it back'}
          {' · '}
          <span data-testid="draft-counts">{countsLine(result.stats)}</span>
          {result.stats.words > 0 && (
            // no words (emoji only, a bare link): nothing to grade
            <>
              ,{' '}
              <span
                data-testid="reading-level"
                title={`Flesch-Kincaid school grade ${result.stats.readingGrade}; replies are likelier at grade 5 or lower`}
              >
                {readingLevel(result.stats.readingGrade)}
              </span>
            </>
          )}
        </span>
      </div>
      <ul className="flags" aria-label="Summary">
        {FLAG_LABEL.map(([key, label, good]) => {
          const on = result.flags[key];
          const ok = on === good;
          return (
            <li
              key={key}
              className={ok ? 'ok' : 'bad'}
              data-testid={`flag-${key}`}
              data-on={String(on)}
            >
              {ok ? '✓' : '✗'} {good ? label : on ? label : `Not ${label.toLowerCase()}`}
            </li>
          );
        })}
      </ul>
      <CoachFindings text={props.text} findings={result.findings} rules={props.rules} />
      <h3>One-click rewrite</h3>
      {all.length === 0 ? (
        <p className="muted">The rewrite has nothing to change.</p>
      ) : (
        <>
          <p className="muted">
            Score {rewrite.before.score} → {rewrite.after.score}. Untick any change you don&apos;t
            want.
          </p>
          <ul className="changes">
            {all.map((c, i) => (
              <li
                key={`${c.rule}-${c.start}-${i}`}
                data-testid={i < own ? 'change' : 'optional-change'}
              >
                {i === own && (
                  <p className="muted">
                    Still pushy. Not ticked, because each one also removes a name, number or date:
                  </p>
                )}
                <label>
                  <input
                    type="checkbox"
                    checked={ticked.has(i)}
                    onChange={(e) => {
                      const next = new Set(ticked);
                      if (e.target.checked) next.add(i);
                      else next.delete(i);
                      setTicked(next);
                    }}
                  />{' '}
                  {c.before ? <del>{c.before.trim()}</del> : null}{' '}
                  {c.after.trim() ? <ins>{c.after.trim()}</ins> : null}
                  {c.note && <em className="muted"> ({c.note})</em>}
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
      {result.flags.selfCentred && rewrite.after.flags.selfCentred && (
        <p className="coach-hint" data-testid="self-centred-hint">
          Still about you, not them: the rewrite only takes wording out, it cannot add what matters
          to the reader. Lead with something useful to them, such as a finding, an article or an
          idea for their business.{' '}
          {props.onValueTemplate && (
            <button
              type="button"
              data-testid="use-value-template"
              disabled={props.busy}
              title="Replace your draft with the value-share template (Undo brings it back)"
              onClick={props.onValueTemplate}
            >
              Start from the “{KIND_LABELS.value.label}” template
            </button>
          )}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          data-testid="apply-rewrite"
          // busy, or nothing (left) to apply: announced and ignored, not disabled, so keyboard focus
          // stays on the button after Apply, when the rewritten draft has nothing more to change
          aria-busy={props.busy}
          aria-disabled={accepted.length === 0}
          onClick={() => props.busy || accepted.length === 0 || props.onApply(chosen)}
        >
          Apply to the compose box
        </button>
        <UndoButton disabled={props.busy || props.undo !== 'ready'} onUndo={props.onUndo} />
      </div>
      {props.undo === 'edited' && (
        <p className="muted" data-testid="undo-off">
          You edited the draft after Apply, so Undo is off: it would erase your edits.
        </p>
      )}
    </section>
  );
}

/** Puts back the draft as it was before Apply. */
function UndoButton(props: { disabled: boolean; onUndo: () => void }) {
  return (
    <button
      type="button"
      data-testid="undo-rewrite"
      disabled={props.disabled}
      onClick={props.onUndo}
    >
      Undo
    </button>
  );
}

import { useState } from 'react';
import type { Finding, Rule } from '@/lib/coach';
import { CATEGORY_LABEL, groupFindings } from '@/lib/draft-view';
import { pieces } from '@/lib/highlight';
import { PRINCIPLES } from '@/lib/principles';

/** Lines shown before "Show all": enough for a normal draft, short enough to reach Apply. */
const FIRST_LINES = 8;

/**
 * The draft as text, with every finding's range marked, overlaps included (React elements only,
 * never HTML); the active findings' words stand out.
 */
function Highlighted(props: { text: string; findings: Finding[]; active: readonly number[] }) {
  const parts = pieces(props.text.length, props.findings).map((p) => {
    const words = props.text.slice(p.start, p.end);
    if (p.covers.length === 0) return words;
    const active = p.covers.some((i) => props.active.includes(i));
    return (
      <mark
        key={p.start}
        className={active ? 'active' : undefined}
        data-finding={p.covers.join(' ')}
      >
        {words}
      </mark>
    );
  });
  return (
    <p className="draft-text" data-testid="draft-text">
      {parts}
    </p>
  );
}

/**
 * The draft with its findings marked, and the findings listed: one line per rule, its repeats
 * counted; focusing or hovering a line marks all its words.
 */
export function CoachFindings(props: {
  text: string;
  findings: Finding[];
  rules: ReadonlyMap<string, Rule>;
}) {
  // the rule whose line is focused or hovered: its places are worked out afresh on each draft
  const [activeRule, setActiveRule] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const groups = groupFindings(props.findings);
  const shown = showAll ? groups : groups.slice(0, FIRST_LINES);
  const active = groups.find((g) => g.rule === activeRule)?.indexes ?? [];
  return (
    <>
      <Highlighted text={props.text} findings={props.findings} active={active} />
      <ol className="findings">
        {shown.map((g) => {
          const rule = props.rules.get(g.rule);
          const more = g.indexes.length - 1;
          return (
            <li
              key={g.rule}
              data-testid="finding"
              data-rule={g.rule}
              data-words={g.words}
              data-count={g.indexes.length}
              tabIndex={0}
              onMouseEnter={() => setActiveRule(g.rule)}
              onFocus={() => setActiveRule(g.rule)}
              onMouseLeave={() => setActiveRule(null)}
              onBlur={() => setActiveRule(null)}
            >
              <span className={`tag cat-${g.category}`}>{CATEGORY_LABEL[g.category]}</span>{' '}
              {g.message}
              {more > 0 && (
                <span className="muted">
                  {' '}
                  (and {more} more {more === 1 ? 'place' : 'places'})
                </span>
              )}
              {rule && (
                <details>
                  <summary>Why: {PRINCIPLES[rule.principle].toLowerCase()}</summary>
                  <p>{rule.explanation}</p>
                </details>
              )}
            </li>
          );
        })}
        {groups.length === 0 && <li className="muted">Nothing to fix. Nice and easy to answer.</li>}
      </ol>
      {groups.length > FIRST_LINES && (
        <button
          type="button"
          className="link"
          data-testid="more-findings"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? 'Show fewer' : `Show all ${groups.length} kinds of finding`}
        </button>
      )}
    </>
  );
}

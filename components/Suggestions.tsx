import type { LibraryRow } from '@/lib/db';
import { webHref } from '@/lib/safe-url';

export interface Suggestion {
  article: LibraryRow;
  score: number;
  reasons: string[];
  /** What the article is about, for the opener ("your freight audit"). */
  topic?: string;
}

/** Saved articles that fit this conversation, best first, each with why; one click inserts it. */
export function Suggestions(props: {
  items: Suggestion[];
  canInsert: boolean;
  onInsert: (s: Suggestion) => void;
}) {
  if (props.items.length === 0) return null;
  return (
    <section aria-labelledby="suggest-title">
      <h3 id="suggest-title">Something useful to share</h3>
      {!props.canInsert && (
        // said in words, not only in a tooltip: keyboard and touch users see no tooltip
        <p className="muted" id="insert-needs-box" data-testid="insert-needs-box">
          Open a reply box in Gmail or LinkedIn to insert one of these in your draft.
        </p>
      )}
      <ol className="suggestions">
        {props.items.map((s) => (
          <li key={s.article.url} data-testid="suggestion">
            <a href={webHref(s.article.url)} target="_blank" rel="noreferrer noopener">
              <strong>{s.article.title}</strong>
            </a>{' '}
            <span className="muted">{s.article.site}</span>
            <br />
            <span className="muted">matches: {s.reasons.join(', ')}</span>{' '}
            <button
              type="button"
              data-testid="insert-article"
              disabled={!props.canInsert}
              aria-describedby={props.canInsert ? undefined : 'insert-needs-box'}
              title={
                props.canInsert
                  ? 'Add a one-line opener with the link to your draft'
                  : 'Open a reply box first'
              }
              onClick={() => props.onInsert(s)}
            >
              Insert in my draft
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}

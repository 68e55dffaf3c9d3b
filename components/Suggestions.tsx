import type { LibraryRow } from '@/lib/db';

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
      <ol className="suggestions">
        {props.items.map((s) => (
          <li key={s.article.url} data-testid="suggestion">
            <strong>{s.article.title}</strong> <span className="muted">{s.article.site}</span>
            <br />
            <span className="muted">matches: {s.reasons.join(', ')}</span>{' '}
            <button
              type="button"
              data-testid="insert-article"
              disabled={!props.canInsert}
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

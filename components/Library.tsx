import { useState } from 'react';
import { StatusLine } from './StatusLine';
import { useFocusAfterSwap } from './use-focus-after-swap';
import { webHref } from '@/lib/safe-url';
import type { LibraryRow } from '@/lib/db';

/** The value library: save the open page, search, tag, open, delete (with undo). */
export function Library(props: {
  items: LibraryRow[] | undefined;
  query: string;
  status: { ok: boolean; message: string } | null;
  saving: boolean;
  onQuery: (q: string) => void;
  onSave: () => void;
  onAllowAllPages: () => void;
  onDelete: (url: string) => void;
  onTags: (url: string, tags: string[]) => void;
}) {
  const [editing, setEditing] = useState<string | null>(null);
  const [tagText, setTagText] = useState('');
  const focus = useFocusAfterSwap();
  /** Close the tag box (saved or not); its Tag button comes back with the focus. */
  const stopEditing = (url: string) => {
    focus.expect(url);
    setEditing(null);
  };
  return (
    <section aria-labelledby="library-title" className="library">
      <h3 id="library-title">Value library</h3>
      <p className="muted">
        Save articles worth sharing. When you write a follow-up, Crickets suggests the one that
        fits.
      </p>
      <div className="actions">
        <button
          type="button"
          data-testid="save-article"
          onClick={props.onSave}
          disabled={props.saving}
        >
          {props.saving ? 'Saving…' : 'Save the page I was reading'}
        </button>
        <input
          type="search"
          placeholder="Search saved articles"
          aria-label="Search saved articles"
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
        />
      </div>
      <StatusLine status={props.status} testId="save-status">
        {props.status && !props.status.ok && props.status.message.includes('allow it') && (
          <>
            {' '}
            <button type="button" onClick={props.onAllowAllPages}>
              Allow reading pages I save
            </button>
          </>
        )}
      </StatusLine>
      <ul className="library-list">
        {props.items?.length === 0 && (
          <li className="muted">Nothing saved{props.query ? ' matches' : ' yet'}.</li>
        )}
        {props.items?.map((a) => (
          <li key={a.url} data-testid="library-item">
            <a href={webHref(a.url)} target="_blank" rel="noreferrer noopener">
              {a.title}
            </a>{' '}
            <span className="muted">
              {a.site}
              {a.byline ? ` · ${a.byline}` : ''} · {a.readingMinutes} min
            </span>
            <br />
            {a.tags.map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
            {editing === a.url ? (
              <form
                className="inline"
                onSubmit={(e) => {
                  e.preventDefault();
                  props.onTags(a.url, tagText.split(','));
                  stopEditing(a.url);
                }}
                onKeyDown={(e) => {
                  if (e.key !== 'Escape') return;
                  e.preventDefault();
                  stopEditing(a.url);
                }}
              >
                <input
                  aria-label={`Tags for ${a.title}, separated by commas`}
                  value={tagText}
                  onChange={(e) => setTagText(e.target.value)}
                  autoFocus
                />
                <button type="submit">Save tags</button>{' '}
                <button type="button" className="link" onClick={() => stopEditing(a.url)}>
                  Cancel
                </button>
              </form>
            ) : (
              <button
                type="button"
                className="link"
                ref={focus.take(a.url)}
                aria-label={`Tag ${a.title}`}
                onClick={() => {
                  setEditing(a.url);
                  setTagText(a.tags.join(', '));
                }}
              >
                Tag
              </button>
            )}{' '}
            <button
              type="button"
              className="link"
              data-testid="delete-article"
              aria-label={`Delete ${a.title}`}
              onClick={(e) => {
                // the second click of a double-click would land on the next article
                if (e.detail > 1) return;
                props.onDelete(a.url);
              }}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

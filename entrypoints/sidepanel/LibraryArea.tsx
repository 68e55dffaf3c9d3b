import { useState } from 'react';
import { Library } from '@/components/Library';
import { Suggestions } from '@/components/Suggestions';
import type { LibraryRow } from '@/lib/db';
import { insertOpener, valueOpener } from '@/lib/library/opener';
import type { Message, Reply } from '@/lib/messages';
import { plural } from '@/lib/plural';
import {
  allowReadingSavedPages,
  send,
  useLastSave,
  useLibrary,
  type ConversationView,
} from './client';
import { useArticleSuggestions } from './suggestions';
import type { ToastInput } from './toast';

/** The value library and, when a conversation is open, the articles that fit it. */
export function LibraryArea(props: {
  view: ConversationView | null | undefined;
  draftText: string | null;
  onToast: (t: ToastInput) => void;
  onWriteDraft: (text: string) => void;
}) {
  const [query, setQuery] = useState('');
  const [saving, setSaving] = useState(false);
  const items = useLibrary(query);
  const lastSave = useLastSave();
  const { view } = props;

  const suggestions = useArticleSuggestions(view);

  const act = async (message: Message): Promise<Reply> => {
    const reply = await send(message);
    if (!reply.ok) props.onToast({ message: reply.error, error: true });
    return reply;
  };

  return (
    <>
      <Suggestions
        items={suggestions}
        canInsert={props.draftText !== null}
        onInsert={(s) => {
          if (props.draftText === null) return;
          const opener = valueOpener(s.article, s.topic);
          props.onWriteDraft(insertOpener(props.draftText, opener));
        }}
      />
      <Library
        items={items}
        query={query}
        status={lastSave}
        saving={saving}
        onQuery={setQuery}
        onSave={() => {
          setSaving(true);
          void send({ type: 'saveArticle' }).finally(() => setSaving(false));
        }}
        onAllowAllPages={() =>
          void allowReadingSavedPages().then((granted) =>
            props.onToast(
              granted
                ? { message: 'Crickets can now read pages you save. Press Save again.' }
                : {
                    message: 'Not allowed: click the toolbar button on the article, then Save.',
                    error: true,
                  },
            ),
          )
        }
        onDelete={(url) =>
          void act({ type: 'deleteArticle', url }).then((r) => {
            if (r.ok)
              props.onToast({
                message: 'Article deleted.',
                undo: { type: 'restoreArticle', article: r.article as LibraryRow },
                batch: { key: 'deleteArticle', say: (n) => `${plural(n, 'article')} deleted.` },
              });
          })
        }
        onTags={(url, tags) => void act({ type: 'tagArticle', url, tags })}
      />
    </>
  );
}

import { useMemo } from 'react';
import type { Suggestion } from '@/components/Suggestions';
import type { LibraryRow } from '@/lib/db';
import { rankArticles } from '@/lib/library/rank';
import { useLibrary, type ConversationView } from './client';

/** The saved articles that fit the open conversation, best first (at most three). */
export function useArticleSuggestions(view: ConversationView | null | undefined): Suggestion[] {
  const all = useLibrary('');
  return useMemo(() => {
    if (!view || !all?.length) return [];
    const domain = view.contact?.email?.split('@')[1] ?? null;
    const ranked = rankArticles(
      all,
      {
        subject: view.thread.subject,
        messages: view.messages.map((m) => m.text),
        companyDomain: domain,
      },
      { limit: 3 },
    );
    return ranked.map((r) => ({
      article: r.article as LibraryRow,
      score: r.score,
      reasons: r.reasons,
    }));
  }, [view, all]);
}

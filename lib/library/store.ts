import type { CricketsDb, LibraryRow } from '../db';
import type { Extraction, SavedArticleData } from './schema';
import { ExtractionSchema } from './schema';

/** Save an article; saving the same URL again updates it (keeping its tags and first save date). */
export async function saveArticle(
  db: CricketsDb,
  article: SavedArticleData,
  now: number,
): Promise<LibraryRow> {
  return db.transaction('rw', db.library, async () => {
    const old = await db.library.get(article.url);
    const row: LibraryRow = {
      ...article,
      savedAt: old?.savedAt ?? article.savedAt,
      tags: old?.tags ?? [],
      updatedAt: now,
    };
    await db.library.put(row);
    return row;
  });
}

/** Delete an article; returns it so the user can undo. */
export async function deleteArticle(db: CricketsDb, url: string): Promise<LibraryRow | null> {
  return db.transaction('rw', db.library, async () => {
    const old = await db.library.get(url);
    if (old) await db.library.delete(url);
    return old ?? null;
  });
}

export async function restoreArticle(db: CricketsDb, row: LibraryRow): Promise<void> {
  await db.library.put(row);
}

/** Tags: trimmed, lower-cased, unique, at most 12. */
export function cleanTags(tags: readonly string[]): string[] {
  return [
    ...new Set(tags.map((t) => t.trim().toLowerCase().replace(/\s+/g, '-')).filter(Boolean)),
  ].slice(0, 12);
}

export async function setTags(
  db: CricketsDb,
  url: string,
  tags: readonly string[],
): Promise<string[]> {
  const clean = cleanTags(tags);
  const n = await db.library.update(url, { tags: clean });
  if (n === 0) throw new Error('That article is no longer in your library.');
  return clean;
}

/** Filter the library by a search over title, site, tags and keywords; newest first. */
export function searchLibrary(rows: readonly LibraryRow[], query: string): LibraryRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return rows
    .filter((r) => {
      const hay =
        `${r.title} ${r.site} ${r.byline ?? ''} ${r.tags.join(' ')} ${r.keywords.join(' ')}`.toLowerCase();
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.url < b.url ? -1 : 1));
}

export type SaveOutcome =
  { ok: true; article: LibraryRow; message: string } | { ok: false; message: string };

/**
 * Run the extraction script in a tab and save what it returns. The page is untrusted: its answer
 * is validated before anything is written; a page that is not an article writes nothing.
 */
export async function saveFromTab(
  db: CricketsDb,
  tabId: number,
  now: number,
  execute: (tabId: number) => Promise<unknown>,
): Promise<SaveOutcome> {
  let raw: unknown;
  try {
    raw = await execute(tabId);
  } catch {
    return {
      ok: false,
      message:
        "Crickets can't read that page yet. Click the Crickets toolbar button while the article is open (Chrome only lets Crickets read a page you point it at), or allow it to read pages you save.",
    };
  }
  const parsed = ExtractionSchema.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      message: 'That page gave an answer Crickets could not read, so nothing was saved.',
    };
  const extraction: Extraction = parsed.data;
  if (!extraction.ok) return { ok: false, message: extraction.reason };
  const article = await saveArticle(db, extraction.article, now);
  return { ok: true, article, message: `Saved “${article.title}” to your library.` };
}

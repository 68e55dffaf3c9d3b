import * as z from 'zod/mini';
import type { SavedArticle } from './article';

/**
 * A saved article as it crosses from the page into the extension: the page is untrusted, so the
 * extraction script's answer is validated field by field before anything is written.
 */
export const SavedArticleSchema = z.object({
  url: z.string().check(z.minLength(8), z.maxLength(4000), z.regex(/^https?:\/\//)),
  title: z.string().check(z.minLength(1), z.maxLength(500)),
  site: z.string().check(z.maxLength(200)),
  byline: z.nullable(z.string().check(z.maxLength(300))),
  excerpt: z.string().check(z.maxLength(1000)),
  readingMinutes: z.number().check(z.int(), z.gte(1), z.lte(600)),
  textSample: z.string().check(z.maxLength(5000)),
  lang: z.nullable(z.string().check(z.maxLength(40))),
  keywords: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(50)),
  savedAt: z.number().check(z.int(), z.nonnegative()),
});
export type SavedArticleData = z.infer<typeof SavedArticleSchema>;

/** What the extraction script returns: an article, or why the page is not one. */
export const ExtractionSchema = z.union([
  z.object({ ok: z.literal(true), article: SavedArticleSchema }),
  z.object({ ok: z.literal(false), reason: z.string().check(z.maxLength(500)) }),
]);
export type Extraction = z.infer<typeof ExtractionSchema>;

// The schema and the extractor's type describe the same thing: checked at compile time.
const _sameShape = (a: SavedArticle): SavedArticleData => a;
void _sameShape;

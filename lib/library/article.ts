import * as z from 'zod/mini';
import { LIMITS } from './limits';

/**
 * A saved article in the value library: plain text only, never the page's HTML. It crosses from an
 * untrusted page to the background, so it has a schema; the background parses what comes back.
 */
export const SavedArticleSchema = z.object({
  /** Canonical URL: the page's same-site canonical link, without tracking parameters or hash. */
  url: z.string().check(z.minLength(8), z.maxLength(LIMITS.url), z.regex(/^https?:\/\//)),
  title: z.string().check(z.minLength(1), z.maxLength(LIMITS.title)),
  /** og:site_name, else the host without "www.". */
  site: z.string().check(z.minLength(1), z.maxLength(LIMITS.site)),
  byline: z.nullable(z.string().check(z.maxLength(LIMITS.byline))),
  /** Plain text, at most 300 characters. */
  excerpt: z.string().check(z.maxLength(LIMITS.excerpt)),
  /** Words / 230, at least 1. */
  readingMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(100_000)),
  /** The first ~1,500 characters of the article's text, whitespace collapsed. */
  textSample: z.string().check(z.maxLength(LIMITS.textSample)),
  lang: z.nullable(z.string().check(z.maxLength(LIMITS.lang))),
  /** Top content terms, lower-cased, stopwords removed: what matching looks at first. */
  keywords: z
    .array(z.string().check(z.minLength(1), z.maxLength(LIMITS.keyword)))
    .check(z.maxLength(LIMITS.keywords)),
  /** Epoch ms. */
  savedAt: z.number().check(z.int(), z.nonnegative()),
});

export type SavedArticleData = z.infer<typeof SavedArticleSchema>;
export type SavedArticle = SavedArticleData;

/** What the extraction script returns from the page. */
export const ExtractionSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: SavedArticleSchema }),
  z.object({ ok: z.literal(false), reason: z.string().check(z.minLength(1), z.maxLength(500)) }),
]);

export type Extraction = z.infer<typeof ExtractionSchema>;

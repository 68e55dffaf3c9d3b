/**
 * A saved article in the value library: plain text only, never the page's HTML. The extractor
 * (extract.ts) makes it, keeping to LIMITS; its zod schema, for the page → extension boundary, is
 * in schema.ts.
 */
export interface SavedArticle {
  /** Canonical URL: the page's same-site canonical link, without tracking parameters or hash. */
  url: string;
  title: string;
  /** og:site_name, else the host without "www.". */
  site: string;
  byline: string | null;
  /** Plain text, at most 300 characters. */
  excerpt: string;
  /** Words / 230, at least 1. */
  readingMinutes: number;
  /** The first ~1,500 characters of the article's text, whitespace collapsed. */
  textSample: string;
  lang: string | null;
  /** Top content terms (at most 12), lower-cased, stopwords removed: what matching looks at first. */
  keywords: string[];
  /** Epoch ms. */
  savedAt: number;
}

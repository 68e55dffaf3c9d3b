/** Limits the extractor keeps to, within what schema.ts accepts (the page script bundles no zod). */
export const LIMITS = {
  url: 4000,
  title: 300,
  site: 100,
  byline: 120,
  excerpt: 300,
  textSample: 1600,
  lang: 35,
  keyword: 40,
  keywords: 12,
  readingMinutes: 600,
} as const;

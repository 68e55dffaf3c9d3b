/**
 * Length limits of a saved article. The extractor keeps to them and the schema checks them; kept
 * apart from the schema so the page script does not bundle zod.
 */
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
} as const;

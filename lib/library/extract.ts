/**
 * Reads the article in a page with Readability, on a clone (the page itself is never touched), and
 * returns it as plain text. Bundled into the script the extension injects into the tab being saved,
 * so it depends on nothing but @mozilla/readability and its own small helpers.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { SavedArticle } from './article';
import { LIMITS } from './limits';
import { siteOfHost } from './site';
import { keywordsOf } from './terms';

export type ExtractResult = { ok: true; article: SavedArticle } | { ok: false; reason: string };

/** At least this many words of article text, or it is not worth saving. */
export const MIN_WORDS = 150;
const WORDS_PER_MINUTE = 230;
const SAMPLE_CHARS = 1500;

export const REASONS = {
  notWeb: 'Only web pages (http or https) can be saved.',
  tooShort: "This page doesn't look like an article (too little text to save).",
  signIn: "This looks like a sign-in page, not an article, so there's nothing to save.",
  search: "This looks like a page of search results, not an article, so there's nothing to save.",
  links: "This page looks like a list of links, not an article, so there's nothing to save.",
  failed: "Crickets couldn't read the text of this page, so nothing was saved.",
} as const;

/** Query parameters that only track the click: dropped from saved URLs. */
const TRACKING =
  /^(?:utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok|li_fat_id|oly_enc_id|oly_anon_id|vero_id|_ga|_gl)$/i;

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

/**
 * Extracts the article in `doc` (the page at `url`). Never throws and never changes `doc`; pages
 * that are not articles (sign-in pages, search results, pages of links, short text) are refused
 * with a sentence the user can read.
 */
export function extractArticle(doc: Document, url: string, now: number): ExtractResult {
  try {
    return extract(doc, url, now);
  } catch {
    return { ok: false, reason: REASONS.failed };
  }
}

function extract(doc: Document, url: string, now: number): ExtractResult {
  const page = parseUrl(url);
  if (!page) return { ok: false, reason: REASONS.notWeb };
  if (looksLikeSearch(page)) return { ok: false, reason: REASONS.search };

  const refuse = (): ExtractResult => ({ ok: false, reason: whyNot(doc) });
  if (!isProbablyReaderable(doc, { minContentLength: 120, minScore: 20 })) return refuse();

  const clone = doc.cloneNode(true) as Document;
  const parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  if (!parsed) return refuse();

  const text = plainText(parsed.content, parsed.textContent);
  const words = countWords(text);
  if (words < MIN_WORDS) return refuse();
  if (linkDensity(parsed.content) > 0.5) return { ok: false, reason: REASONS.links };

  const canonical = canonicalUrl(doc, page);
  const site =
    clip(meta(doc, 'og:site_name') || cleanMeta(parsed.siteName), LIMITS.site) ||
    clip(canonical.hostname.replace(/^www\./, ''), LIMITS.site);
  const title =
    clip(stripSiteSuffix(cleanMeta(parsed.title), site), LIMITS.title) ||
    clip(clean(doc.querySelector('h1')?.textContent), LIMITS.title) ||
    site;
  const excerpt = clip(cleanMeta(parsed.excerpt) || text, LIMITS.excerpt);
  const lang = clean(parsed.lang || doc.documentElement?.getAttribute('lang')) || null;

  return {
    ok: true,
    article: {
      url: canonical.href.slice(0, LIMITS.url),
      title,
      site,
      byline: cleanByline(parsed.byline),
      excerpt,
      readingMinutes: Math.min(
        LIMITS.readingMinutes,
        Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      ),
      textSample: clip(text, SAMPLE_CHARS, ''),
      lang: lang ? lang.slice(0, LIMITS.lang) : null,
      keywords: keywordsOf(title, text, LIMITS.keywords),
      savedAt: Number.isFinite(now) && now >= 0 ? Math.floor(now) : Date.now(),
    },
  };
}

/** The most specific reason a page with too little article text is not an article. */
function whyNot(doc: Document): string {
  if (doc.querySelector('input[type=password]')) return REASONS.signIn;
  // a search box that holds a query: the page shows its results
  const box = doc.querySelector('input[type=search], [role=search] input[name=q]');
  if (box && clean(box.getAttribute('value'))) return REASONS.search;
  if (linkDensity(doc.body) > 0.5) return REASONS.links;
  return REASONS.tooShort;
}

function parseUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

const SEARCH_SEGMENT = /^(?:search|suche|recherche|buscar|results|search-results)$/i;

/** /search?q=…, /?s=…: a site's search results, not an article. */
function looksLikeSearch(u: URL): boolean {
  const segments = u.pathname.split('/').filter(Boolean);
  const hasQuery = ['q', 'query', 's', 'search', 'keywords'].some((k) => u.searchParams.has(k));
  if (segments.some((s) => SEARCH_SEGMENT.test(s))) return hasQuery || segments.length <= 2;
  return hasQuery && segments.length === 0;
}

/** The page's own canonical URL when it is on the same site, without tracking or hash. */
export function canonicalUrl(doc: Document, page: URL): URL {
  const candidates: string[] = [];
  for (const link of Array.from(doc.querySelectorAll('link[rel][href]'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical')) candidates.push(link.getAttribute('href') ?? '');
  }
  const og = meta(doc, 'og:url');
  if (og) candidates.push(og);
  let chosen = page;
  for (const href of candidates) {
    const u = parseUrl(resolve(href.trim(), page));
    if (u && siteOfHost(u.hostname) === siteOfHost(page.hostname)) {
      chosen = u;
      break;
    }
  }
  return cleanUrl(chosen);
}

function resolve(href: string, base: URL): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

/** Drops the hash and click-tracking parameters (utm_*, fbclid, gclid, …). */
export function cleanUrl(u: URL): URL {
  const out = new URL(u.href);
  out.hash = '';
  for (const key of [...out.searchParams.keys()])
    if (TRACKING.test(key)) out.searchParams.delete(key);
  if (![...out.searchParams.keys()].length) out.search = '';
  return out;
}

function meta(doc: Document, property: string): string {
  const el =
    doc.querySelector(`meta[property="${property}"]`) ??
    doc.querySelector(`meta[name="${property}"]`);
  return cleanMeta(el?.getAttribute('content'));
}

/** Whitespace collapsed and trimmed; '' for nothing. */
function clean(s: string | null | undefined): string {
  return typeof s === 'string' ? s.replace(/\s+/g, ' ').trim() : '';
}

/** Metadata is sometimes written with markup in it ("<b>New</b> rates"): keep only the text. */
function cleanMeta(s: string | null | undefined): string {
  return clean(typeof s === 'string' ? s.replace(/<\/?[a-z][^<>]*>/gi, ' ') : s);
}

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis. */
function clip(s: string, max: number, ellipsis = '…'): string {
  if (s.length <= max) return s;
  const room = max - ellipsis.length;
  const space = s.lastIndexOf(' ', room);
  const cut = space > room * 0.7 ? space : room;
  return s.slice(0, cut).replace(/[\s,;:.–—-]+$/, '') + ellipsis;
}

/** "Why audits pay | Freight Ledger" → "Why audits pay" when the suffix is the site's name. */
function stripSiteSuffix(title: string, site: string): string {
  const m = /^(.{8,}?)\s+[|\-–—·:»]\s+([^|\-–—·:»]+)$/.exec(title);
  if (!m) return title;
  const tail = m[2]!.toLowerCase().replace(/^www\./, '');
  const name = site.toLowerCase();
  return tail === name || name.startsWith(tail) || tail.startsWith(name) ? m[1]! : title;
}

/** "By Marta Kowalski · 14 October 2026" → "Marta Kowalski". */
function cleanByline(byline: string | null | undefined): string | null {
  let s = cleanMeta(byline)
    .replace(/^(?:by|von|par|por|door)\s+/i, '')
    .split(/\s+[·|•]\s+|\s+[-–—]\s+(?=\d)/)[0]!
    .replace(/[\s,;:·|•–—-]+$/, '')
    .trim();
  if (s.length > LIMITS.byline) s = clip(s, LIMITS.byline);
  return s ? s : null;
}

/** Plain text of Readability's content node, with line breaks between blocks (never its HTML). */
function plainText(content: Node | null | undefined, fallback: string | null | undefined): string {
  if (!content) return clean(fallback);
  const parts: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === 3) {
      parts.push(n.nodeValue ?? '');
      return;
    }
    if (n.nodeType !== 1) return;
    const tag = (n as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCK.has(tag);
    if (block) parts.push('\n');
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (block) parts.push('\n');
  };
  walk(content);
  return clean(parts.join('')) || clean(fallback);
}

function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}

/** Share of the text inside links. */
function linkDensity(node: Node | null | undefined): number {
  if (!node || node.nodeType !== 1) return 0;
  const el = node as Element;
  const total = clean(el.textContent).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) linked += clean(a.textContent).length;
  return linked / total;
}

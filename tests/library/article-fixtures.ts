/**
 * The article fixture pages (tests/fixtures/articles, described in its README.md), the URL each is
 * served at, what extraction must find, and the labelled ranking set (tests/data/library-ranking.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { SavedArticle } from '../../lib/library/article';
import { extractArticle, REASONS } from '../../lib/library/extract';
import { keywordsOf } from '../../lib/library/terms';

export function articleHtml(file: string): string {
  return readFileSync(
    fileURLToPath(new URL(`../fixtures/articles/${file}`, import.meta.url)),
    'utf8',
  );
}

/**
 * A linkedom document of a fixture page. Readability runs on linkedom documents as they are,
 * cloneNode(true) included; nothing in the setup has to cope with quirks.
 */
export function loadArticle(file: string): Document {
  return parseHTML(articleHtml(file)).document as unknown as Document;
}

export interface ArticleExpectation {
  file: string;
  /** Where the page is served (what location.href would say). */
  servedAt: string;
  url: string;
  title: string;
  site: string;
  byline: string | null;
  lang: string | null;
  readingMinutes: number;
  /** Words the keywords must include (singular). */
  keywords: string[];
  /** The sample starts with this (after the headline, which Readability keeps out of the text). */
  sampleStart: string;
}

export const ARTICLES: ArticleExpectation[] = [
  {
    file: 'freight-audit.html',
    servedAt:
      'https://www.freightledger.com/insights/carrier-invoice-audits-recover-spend?utm_source=newsletter&utm_medium=email#comments',
    url: 'https://www.freightledger.com/insights/carrier-invoice-audits-recover-spend',
    title: 'Why carrier invoice audits still recover 3–5% of freight spend',
    site: 'Freight Ledger',
    byline: 'Marta Kowalski',
    lang: 'en',
    readingMinutes: 3,
    keywords: ['freight', 'audit', 'carrier', 'invoice'],
    sampleStart: 'Every finance team that pays freight bills',
  },
  {
    file: 'rotterdam-congestion.html',
    // no canonical link: og:url (same site) is used, its utm_* dropped
    servedAt:
      'https://portsupplydaily.com/news/2026/11/rotterdam-congestion-winter?fbclid=IwAR0xYz',
    url: 'https://portsupplydaily.com/news/2026/11/rotterdam-congestion-winter',
    title: 'Rotterdam congestion: what shippers should plan for this winter',
    site: 'Port & Supply Daily',
    byline: 'Pieter van Dijk',
    lang: 'en-GB',
    readingMinutes: 3,
    keywords: ['rotterdam', 'port', 'congestion', 'barge', 'terminal'],
    sampleStart: 'Container stacks at the Maasvlakte terminals.',
  },
  {
    file: 'warehouse-slotting.html',
    // the canonical link points to another site (a reprint): ignored; no og:site_name: the host
    servedAt: 'https://blog.shelfwise.io/velocity-slotting-pick-travel?gclid=Cj0KCQ&ref=home',
    url: 'https://blog.shelfwise.io/velocity-slotting-pick-travel?ref=home',
    title: 'How velocity-based slotting cut our pick travel by a third',
    site: 'blog.shelfwise.io',
    byline: 'Jordan Ellis',
    lang: 'en',
    readingMinutes: 3,
    keywords: ['slotting', 'warehouse', 'pick', 'velocity'],
    sampleStart: 'Ask any warehouse manager where the time goes in picking',
  },
  {
    file: 'onboarding-analytics.html',
    // a relative canonical href, resolved against the page
    servedAt:
      'https://activationlab.com/blog/onboarding-events-that-predict-activation?utm_source=x#five',
    url: 'https://activationlab.com/blog/onboarding-events-that-predict-activation',
    title: 'The five onboarding events that predict activation',
    site: 'Activation Lab',
    byline: 'Sam Okoye',
    lang: 'en',
    readingMinutes: 3,
    keywords: ['onboarding', 'activation', 'event', 'account'],
    sampleStart: 'Product teams love onboarding dashboards.',
  },
  {
    file: 'detention-fees.html',
    // the canonical is on www. (same site) and keeps its real parameter, page=1
    servedAt: 'https://dockandyard.com/operations/cutting-detention-fees#share',
    url: 'https://www.dockandyard.com/operations/cutting-detention-fees?page=1',
    title: 'Detention fees are climbing. Here is how shippers are cutting them',
    site: 'Dock & Yard',
    byline: 'Lena Hoffmann',
    lang: 'en-US',
    readingMinutes: 2,
    keywords: ['detention', 'dock', 'appointment', 'truck'],
    sampleStart: 'Two hours is the line that matters.',
  },
];

export const NON_ARTICLES: { file: string; servedAt: string; reason: string }[] = [
  { file: 'login.html', servedAt: 'https://www.freightledger.com/login', reason: REASONS.signIn },
  {
    file: 'search-results.html',
    servedAt: 'https://portsupplydaily.com/search?q=freight+audit',
    reason: REASONS.search,
  },
  // the same page at a URL that does not say "search": the filled-in search box does
  {
    file: 'search-results.html',
    servedAt: 'https://portsupplydaily.com/find-stories',
    reason: REASONS.search,
  },
  { file: 'home-links.html', servedAt: 'https://dockandyard.com/', reason: REASONS.links },
  {
    file: 'short-news.html',
    servedAt: 'https://portsupplydaily.com/news/2026/11/gate-hours',
    reason: REASONS.tooShort,
  },
];

export interface LabelledArticle {
  id: string;
  fixture?: string;
  url: string;
  savedAt: number;
  title?: string;
  site?: string;
  excerpt?: string;
  text?: string;
}

export interface LabelledContext {
  id: string;
  heldOut?: boolean;
  subject: string;
  messages: string[];
  companyDomain?: string | null;
  companyName?: string | null;
  expected: string | null;
  note?: string;
}

export interface LabelledSet {
  about: string;
  articles: LabelledArticle[];
  contexts: LabelledContext[];
}

export function labelledSet(): LabelledSet {
  return JSON.parse(
    readFileSync(fileURLToPath(new URL('../data/library-ranking.json', import.meta.url)), 'utf8'),
  ) as LabelledSet;
}

/** The labelled set's articles: fixtures extracted, synthetic ones built with keywordsOf. */
export function labelledArticles(set: LabelledSet): (SavedArticle & { id: string })[] {
  return set.articles.map((a) => {
    if (a.fixture) {
      const r = extractArticle(loadArticle(a.fixture), a.url, a.savedAt);
      if (!r.ok) throw new Error(`${a.fixture}: ${r.reason}`);
      return { id: a.id, ...r.article };
    }
    const text = a.text ?? '';
    return {
      id: a.id,
      url: a.url,
      title: a.title ?? '',
      site: a.site ?? '',
      byline: null,
      excerpt: a.excerpt ?? '',
      readingMinutes: 1,
      textSample: text,
      lang: 'en',
      keywords: keywordsOf(a.title ?? '', `${a.excerpt ?? ''} ${text}`),
      savedAt: a.savedAt,
    };
  });
}

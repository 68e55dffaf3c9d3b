/**
 * Which saved articles fit this conversation: BM25 over each article (title three times, keywords
 * twice, excerpt, text sample, site) against the thread's subject and messages, boosted by the
 * contact's company. Offline and fast: an article's terms are indexed once and cached.
 *
 * An article is suggested only when the thread talks about what the article is about: at least one
 * matched word is in its title or keywords ("anchor"), and that word is in the subject or the
 * company's name, or two such words match, or the overall match is strong.
 */
import type { SavedArticle } from './article';
import { siteOfHost } from './site';
import { eachWord, isContent, stem, STOPWORDS } from './terms';

export interface RankContext {
  subject: string;
  messages: string[];
  /** The contact's email domain, e.g. "acme-freight.com" (free-mail domains are ignored). */
  companyDomain?: string | null;
  companyName?: string | null;
}

export interface Ranked<A extends SavedArticle = SavedArticle> {
  article: A;
  /** > 0; higher fits better. */
  score: number;
  /** The thread's words the article matches, best first ("freight", "Rotterdam"). */
  reasons: string[];
  /** What the opener can call it, "thought of your <topic>": "freight audit", else the best word. */
  topic: string;
}

/** BM25 constants: term-frequency saturation and length normalisation. */
const K1 = 1.2;
const B = 0.6;
/**
 * Background articles that contain none of the thread's words, added to the document count for
 * IDF: a small library all about freight must still match a freight thread.
 */
const BACKGROUND = 10;
/** How much each field's words count. */
const TITLE = 3;
const KEYWORDS = 2;
/** A subject word counts this much; a word in the messages 1 + ½·ln(occurrences). */
const SUBJECT = 2;
/** Extra weight of the contact's company words, and the bonus for an article from their own site. */
const COMPANY = 1.5;
const OWN_SITE = 1.5;
/** Commercial words every sales thread has: they count for little and never anchor a match. */
const WEAK_WEIGHT = 0.25;
/** Below this, a match needs its anchor in the subject or company name, or two anchors. */
export const STRONG_SCORE = 10;
/** Never suggest below this. */
export const MIN_SCORE = 1;
const MAX_REASONS = 4;

const WEAK = new Set(
  `contract contracts price prices pricing rate rates quote quotes budget budgets cost costs
  discount discounts deal deals renewal renewals term terms license licence seat seats
  procurement legal signature sign signed approval approve approved vendor vendors purchase
  payment paid pay pilot demo trial plan plans option options`
    .split(/\s+/)
    .filter(Boolean)
    .map(stem),
);

/** Domains that say nothing about the contact's company. */
const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|zoho|fastmail|hey|tutanota|qq|163|orange|free|wanadoo|t-online|btinternet|comcast)\./i;
/** Parts of company names that are not the company. */
const GENERIC = new Set(
  'group holding holdings global international worldwide solutions services systems technologies technology tech labs digital consulting partners company corporation enterprises industries limited gmbh inc llc ltd plc mail email'.split(
    ' ',
  ),
);

interface Index {
  /** The fields it was built from: a changed article is indexed again. */
  from: readonly unknown[];
  tf: Map<string, number>;
  /** Stems of the title and keywords: what the article is about. */
  central: Set<string>;
  length: number;
  site: string;
}

/**
 * Articles' terms by URL, checked against the article's fields, so the same article read again
 * from the database (a new object) is not indexed again. Bounded: the oldest entries go first.
 */
const articleCache = new Map<string, Index>();
const MAX_CACHED = 5000;
/** The postings of the last list of articles ranked. */
let lastLibrary: Library | null = null;

const fieldsOf = (a: SavedArticle): unknown[] => [
  a.url,
  a.savedAt,
  a.title,
  Array.isArray(a.keywords) ? a.keywords.join('\u0000') : '',
  a.excerpt,
  a.textSample,
  a.site,
];

function sameFields(x: readonly unknown[], y: readonly unknown[]): boolean {
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function indexOf(a: SavedArticle): Index {
  const from = fieldsOf(a);
  const key = str(a.url);
  const hit = articleCache.get(key);
  if (hit && sameFields(hit.from, from)) return hit;
  const tf = new Map<string, number>();
  const central = new Set<string>();
  let length = 0;
  const add = (text: unknown, weight: number, isCentral = false): void =>
    eachWord(str(text), (w) => {
      if (!isContent(w)) return;
      const k = stem(w);
      tf.set(k, (tf.get(k) ?? 0) + weight);
      length += weight;
      if (isCentral) central.add(k);
    });
  add(a.title, TITLE, true);
  if (Array.isArray(a.keywords)) for (const k of a.keywords) add(k, KEYWORDS, true);
  add(a.excerpt, 1);
  add(a.textSample, 1);
  add(a.site, 1);
  let site = '';
  try {
    site = siteOfHost(new URL(str(a.url)).hostname);
  } catch {
    // a stored URL that does not parse: no own-site bonus
  }
  const idx: Index = { from, tf, central, length, site };
  articleCache.delete(key);
  articleCache.set(key, idx);
  if (articleCache.size > MAX_CACHED) articleCache.delete(articleCache.keys().next().value!);
  return idx;
}

interface Library {
  indexes: Index[];
  /** term → [article, tf, article, tf, …] */
  postings: Map<string, number[]>;
  /** Mean article length, for BM25's length normalisation. */
  avg: number;
}

/** The inverted index of a list of articles, kept while the articles are unchanged. */
function libraryOf(articles: readonly SavedArticle[]): Library {
  const indexes = articles.map(indexOf);
  const hit = lastLibrary;
  if (hit && hit.indexes.length === indexes.length && hit.indexes.every((x, i) => x === indexes[i]))
    return hit;
  const postings = new Map<string, number[]>();
  let total = 0;
  indexes.forEach((idx, i) => {
    total += idx.length;
    idx.tf.forEach((f, k) => {
      const list = postings.get(k);
      if (list) list.push(i, f);
      else postings.set(k, [i, f]);
    });
  });
  const lib: Library = { indexes, postings, avg: total / indexes.length || 1 };
  lastLibrary = lib;
  return lib;
}

const str = (s: unknown): string => (typeof s === 'string' ? s : '');

interface QueryTerm {
  weight: number;
  /** In the subject or the company's name: the thread's own topic. */
  topical: boolean;
  weak: boolean;
  /** The word as the thread writes it, for the reason shown to the user. */
  display: string;
}

interface Seen {
  n: number;
  subject: boolean;
  /** Forms written mid-sentence (their case means something) and at sentence starts. */
  forms: Map<string, number>;
  first: string;
}

const WORDS = /[\p{L}\p{N}'’]+/gu;

/** The thread's words, weighted: subject words more, repeated words a little more (log). */
function queryOf(context: RankContext): Map<string, QueryTerm> {
  const seen = new Map<string, Seen>();
  const see = (text: string, subject: boolean): void => {
    // A Title Case subject says nothing about which words are names.
    const titleCase = subject && isTitleCase(text);
    eachWord(text, (w, raw, sentenceStart) => {
      if (!isContent(w)) return;
      const k = stem(w);
      let s = seen.get(k);
      if (!s) seen.set(k, (s = { n: 0, subject: false, forms: new Map(), first: w }));
      if (subject) s.subject = true;
      else s.n++;
      if (!sentenceStart && !titleCase) s.forms.set(raw, (s.forms.get(raw) ?? 0) + 1);
    });
  };
  see(str(context.subject), true);
  for (const text of Array.isArray(context.messages) ? context.messages : []) see(str(text), false);

  const q = new Map<string, QueryTerm>();
  for (const [k, s] of seen) {
    const weak = WEAK.has(k);
    const weight =
      ((s.subject ? SUBJECT : 0) + (s.n > 0 ? 1 + Math.log(s.n) * 0.5 : 0)) *
      (weak ? WEAK_WEIGHT : 1);
    q.set(k, { weight, topical: s.subject && !weak, weak, display: displayForm(s) });
  }
  for (const [k, display] of companyTerms(context)) {
    const t = q.get(k);
    if (t) {
      t.weight += COMPANY;
      t.topical = !t.weak;
    } else q.set(k, { weight: COMPANY, topical: true, weak: false, display });
  }
  return q;
}

function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  return long.length >= 3 && long.every((w) => w[0] !== w[0]!.toLowerCase());
}

/** Lower case, unless the thread only ever writes the word capitalised mid-sentence (a name). */
function displayForm(s: Seen): string {
  let best = '';
  let bestN = 0;
  let lower = false;
  for (const [f, n] of s.forms) {
    if (f === f.toLowerCase()) lower = true;
    else if (n > bestN) [best, bestN] = [f, n];
  }
  if (lower || !best) return s.first;
  return best === best.toUpperCase() && best.length > 3 ? best.toLowerCase() : best;
}

/** Words naming the contact's company: "acme-freight.com" → acme, freight. Stem → display. */
export function companyTerms(
  context: Pick<RankContext, 'companyDomain' | 'companyName'>,
): Map<string, string> {
  const out = new Map<string, string>();
  const add = (w: string, display: string): void => {
    if (!isContent(w) || GENERIC.has(w)) return;
    const k = stem(w);
    if (!out.has(k)) out.set(k, display);
  };
  const site = ownSiteOf(context.companyDomain);
  if (site) eachWord((site.split('.')[0] ?? '').replace(/[-_\d]+/g, ' '), (w) => add(w, w));
  eachWord(str(context.companyName), add);
  return out;
}

function ownSiteOf(domain: string | null | undefined): string | null {
  const d = str(domain).trim().toLowerCase().replace(/^.*@/, '');
  if (!d || !d.includes('.')) return null;
  const site = siteOfHost(d);
  return FREE_MAIL.test(site) ? null : site;
}

/**
 * Saved articles that fit the conversation, best first, each with the thread's words it matches.
 * Articles that share nothing about their topic with the thread are left out (score 0 is never
 * returned). Ties go to the newer article, then the URL, so the order is stable. Never throws.
 */
export function rankArticles<A extends SavedArticle>(
  articles: readonly A[],
  context: RankContext,
  opts: { limit?: number } = {},
): Ranked<A>[] {
  if (!Array.isArray(articles) || !context) return [];
  const valid = articles.every((a) => typeof a === 'object' && a !== null);
  if (!valid) articles = articles.filter((a) => typeof a === 'object' && a !== null);
  if (articles.length === 0) return [];
  const query = queryOf(context);
  if (query.size === 0) return [];
  const ownSite = ownSiteOf(context.companyDomain);
  const subject = str(context.subject);

  const { indexes, postings, avg } = libraryOf(articles);
  const n = articles.length;

  // Walk the postings of each thread word: scores, and each touched article's matches.
  const scores = new Float64Array(n);
  const matches: [string, number][][] = new Array<[string, number][]>(n);
  const touched: number[] = [];
  const norm = indexes.map((idx) => K1 * (1 - B + (B * idx.length) / avg));
  for (const [k, t] of query) {
    const list = postings.get(k);
    if (!list) continue;
    const df = list.length / 2;
    const idf = Math.log(1 + (n + BACKGROUND - df + 0.5) / (df + 0.5));
    for (let h = 0; h < list.length; h += 2) {
      const i = list[h]!;
      const f = list[h + 1]!;
      const s = t.weight * idf * ((f * (K1 + 1)) / (f + norm[i]!));
      scores[i] = scores[i]! + s;
      if (!matches[i]) {
        matches[i] = [];
        touched.push(i);
      }
      matches[i].push([k, s]);
    }
  }

  if (ownSite)
    indexes.forEach((idx, i) => {
      if (idx.site === ownSite && !matches[i]) {
        matches[i] = [];
        touched.push(i);
      }
    });

  const found: { i: number; score: number }[] = [];
  for (const i of touched) {
    const idx = indexes[i]!;
    let score = scores[i]!;
    let anchors = 0;
    let topicalAnchor = false;
    if (ownSite && idx.site === ownSite) {
      score += OWN_SITE;
      topicalAnchor = true;
      anchors++;
    }
    if (score < MIN_SCORE) continue;
    for (const m of matches[i]!) {
      const t = query.get(m[0])!;
      if (t.weak || !idx.central.has(m[0])) continue;
      anchors++;
      if (t.topical) topicalAnchor = true;
    }
    if (anchors === 0) continue;
    if (!topicalAnchor && anchors < 2 && score < STRONG_SCORE) continue;
    found.push({ i, score: Math.round(score * 1000) / 1000 });
  }
  found.sort((x, y) => {
    const a = articles[x.i]!;
    const b = articles[y.i]!;
    return (
      y.score - x.score || b.savedAt - a.savedAt || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)
    );
  });

  const limit =
    typeof opts?.limit === 'number' ? Math.max(0, Math.floor(opts.limit)) : found.length;
  return found.slice(0, limit).map(({ i, score }) => {
    const matched = [...matches[i]!];
    matched.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const words = matched.slice(0, MAX_REASONS).map(([k]) => query.get(k)!.display);
    // an article from their own site may match on nothing else: the site is the reason
    const reasons = words.length ? words : [ownSite ?? ''];
    return { article: articles[i]!, score, reasons, topic: topicOf(words, subject) };
  });
}

/**
 * A short topic for the opener: the longest run of adjacent subject words that all matched
 * ("freight audit"), else the best matched word, else "work".
 */
export function topicOf(reasons: readonly string[], subject = ''): string {
  if (!reasons.length) return 'work';
  const byStem = new Map(reasons.map((r) => [stem(r.toLowerCase()), r]));
  let best: string[] = [];
  let run: string[] = [];
  let prevEnd = 0;
  for (const m of subject.matchAll(WORDS)) {
    if (/\S/.test(subject.slice(prevEnd, m.index))) run = []; // punctuation breaks a phrase
    prevEnd = m.index + m[0].length;
    const lw = m[0].toLowerCase();
    const r = byStem.get(stem(lw));
    if (r === undefined || STOPWORDS.has(lw)) {
      run = [];
      continue;
    }
    run.push(r === r.toLowerCase() ? lw : m[0]);
    if (run.length > best.length) best = [...run];
  }
  // "Cutting detention fees" → "detention fees": a topic is a thing, not an action on it
  while (best.length > 1 && LEADING_VERB.test(best[0]!)) best.shift();
  return best.length > 1 ? best.slice(0, 3).join(' ') : reasons[0]!;
}

const LEADING_VERB =
  /^(?:cutting|reducing|lowering|improving|fixing|saving|scaling|growing|building|managing|optimi[sz]ing|boosting|speeding|streamlining|automating|planning|avoiding|tracking|measuring|preparing|choosing)$/i;

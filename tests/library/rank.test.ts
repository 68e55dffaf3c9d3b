/**
 * The value library's ranker: a table of cases, the labelled set (tests/data/library-ranking.json),
 * properties (fast-check). Speed is in npm run bench.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SavedArticle } from '../../lib/library/article';
import { companyTerms, rankArticles, topicOf, type RankContext } from '../../lib/library/rank';
import { keywordsOf } from '../../lib/library/terms';
import { labelledArticles, labelledSet } from './article-fixtures';

let counter = 0;
function art(title: string, text: string, extra: Partial<SavedArticle> = {}): SavedArticle {
  counter++;
  return {
    url: `https://news${counter}.example.com/a/${counter}`,
    title,
    site: `News ${counter}`,
    byline: null,
    excerpt: '',
    readingMinutes: 2,
    textSample: text,
    lang: 'en',
    keywords: keywordsOf(title, text),
    savedAt: 1_790_000_000_000 + counter,
    ...extra,
  };
}

const ctx = (subject: string, messages: string[] = [], more: Partial<RankContext> = {}) => ({
  subject,
  messages,
  ...more,
});

const AUDIT = art(
  'Why freight audits pay for themselves',
  'Freight audits check every carrier invoice against the contract. Duplicate invoices and wrong fuel surcharges are the most common errors a freight audit finds.',
);
const PORT = art(
  'Rotterdam port congestion this winter',
  'Congestion at Rotterdam keeps import containers at the terminal for days. Barge slots are booked out and demurrage is adding up for shippers.',
);
const SLOTTING = art(
  'Velocity slotting cuts pick travel',
  'Slotting fast movers near the pack stations cuts picker travel in a warehouse by a third.',
);
const LIB = [AUDIT, PORT, SLOTTING];

describe('rankArticles: table', () => {
  it('puts the article about the thread first, with the matched words as reasons', () => {
    const r = rankArticles(
      LIB,
      ctx('Freight audit proposal', ['Could you audit our carrier invoices from Q3?']),
    );
    expect(r[0]?.article).toBe(AUDIT);
    expect(r[0]?.reasons).toEqual(expect.arrayContaining(['freight', 'audit']));
    expect(r[0]?.topic).toBe('freight audit');
  });

  it('keeps the capital of a name, lower-cases ordinary words', () => {
    const r = rankArticles(
      LIB,
      ctx('Import delays', ['Our containers are stuck in Rotterdam. Congestion is bad this week.']),
    );
    expect(r[0]?.article).toBe(PORT);
    expect(r[0]?.reasons).toContain('Rotterdam');
    expect(r[0]?.reasons).toContain('congestion');
  });

  it('returns nothing when nothing overlaps, or the thread has only stopwords', () => {
    expect(rankArticles(LIB, ctx('Lunch on Friday?', ['Are you free at noon?']))).toEqual([]);
    expect(rankArticles(LIB, ctx('Hi', ['Thanks, and best regards. See you then!']))).toEqual([]);
    expect(rankArticles(LIB, ctx('', []))).toEqual([]);
    expect(rankArticles([], ctx('Freight audit', []))).toEqual([]);
  });

  it('a word only in an article body, never in its title or keywords, is not enough', () => {
    const body = art(
      'Hiring account executives',
      'Ramp plans for sellers. Also, one Rotterdam office.',
    );
    expect(rankArticles([body], ctx('Rotterdam trip', []))).toEqual([]);
  });

  it('sales words (contract, rate, renewal) alone never pull an article in', () => {
    const r = rankArticles(
      LIB,
      ctx('Renewal quote', ['The contract renewal and the rate for next year: pricing attached.']),
    );
    expect(r).toEqual([]);
  });

  it("boosts articles about the contact's company (their email domain's name)", () => {
    const a = art('Carrier invoices: a checklist', 'Check every carrier invoice for duplicates.');
    const b = art(
      'Carrier invoices at Acme',
      'How Acme checks every carrier invoice for duplicates before paying it.',
    );
    const c = { ...ctx('Carrier invoices', []), companyDomain: 'acme-freight.com' };
    const r = rankArticles([a, b], c);
    expect(r.map((x) => x.article)).toEqual([b, a]);
    expect(r[0]?.reasons).toContain('acme');
    // without the company, the two tie on the subject; the newer one wins the tie
    const plain = rankArticles([a, b], ctx('Carrier invoices', []));
    expect(plain[0]?.score).toBeLessThan(r[0]!.score);
  });

  it("an article from the contact's own site is offered on the company alone", () => {
    const own = art('Our new Rotterdam hub', 'We opened a hub.', {
      url: 'https://www.acme-freight.com/news/hub',
    });
    const r = rankArticles(
      [own, SLOTTING],
      ctx('Quick question', ['Free on Tuesday?'], {
        companyDomain: 'acme-freight.com',
      }),
    );
    expect(r.map((x) => x.article)).toEqual([own]);
    expect(r[0]?.reasons).toEqual(['acme-freight.com']);
    expect(r[0]?.topic).toBe('work');
  });

  it('free-mail domains say nothing about the company', () => {
    expect([...companyTerms({ companyDomain: 'gmail.com' })]).toEqual([]);
    expect([...companyTerms({ companyDomain: 'outlook.com' })]).toEqual([]);
    expect([...companyTerms({ companyDomain: 'acme-freight.com' }).keys()]).toEqual([
      'acme',
      'freight',
    ]);
    expect([...companyTerms({ companyDomain: 'mail.contoso-retail.co.uk' }).keys()]).toEqual([
      'contoso',
      'retail',
    ]);
    expect([...companyTerms({ companyName: 'Globex Holdings Inc' }).values()]).toEqual(['Globex']);
  });

  it('ties go to the newer article, then the URL', () => {
    const older = art('Freight audit basics', 'Freight audit.', {
      savedAt: 100,
      url: 'https://b.com/1',
    });
    const newer = art('Freight audit basics', 'Freight audit.', {
      savedAt: 200,
      url: 'https://b.com/2',
    });
    const twin = art('Freight audit basics', 'Freight audit.', {
      savedAt: 200,
      url: 'https://a.com/3',
    });
    const r = rankArticles([older, newer, twin], ctx('Freight audit', []));
    expect(r.map((x) => x.article)).toEqual([twin, newer, older]);
  });

  it('limit', () => {
    const c = ctx('Freight audit and Rotterdam congestion, slotting', []);
    expect(rankArticles(LIB, c)).toHaveLength(3);
    expect(rankArticles(LIB, c, { limit: 1 })).toHaveLength(1);
    expect(rankArticles(LIB, c, { limit: 0 })).toEqual([]);
  });

  it('an article changed in place is indexed again', () => {
    const a = art('Freight audit', 'Freight audit.');
    expect(rankArticles([a], ctx('Slotting study', []))).toEqual([]);
    const changed = { ...a, title: 'Slotting study', keywords: ['slotting'] };
    expect(rankArticles([changed], ctx('Slotting study', []))).toHaveLength(1);
  });

  it('topicOf: the longest run of matched subject words, else the best word, else "work"', () => {
    expect(topicOf(['audit', 'freight'], 'Proposal for Acme freight audit')).toBe('freight audit');
    expect(topicOf(['fees', 'detention'], 'Cutting detention fees at Fabrikam')).toBe(
      'detention fees',
    );
    expect(topicOf(['Rotterdam'], 'Import delays through Rotterdam')).toBe('Rotterdam');
    expect(topicOf(['freight', 'audit'], 'Freight: audit')).toBe('freight');
    expect(topicOf([], 'anything')).toBe('work');
  });
});

describe('rankArticles: the labelled set', () => {
  const set = labelledSet();
  const articles = labelledArticles(set);
  const idOf = (a: SavedArticle): string => (a as SavedArticle & { id: string }).id;

  it('the set is what its README promises', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    expect(set.contexts.length).toBeGreaterThanOrEqual(8);
    const ids = new Set(articles.map(idOf));
    for (const c of set.contexts) if (c.expected) expect(ids, c.id).toContain(c.expected);
  });

  it('precision@1 (tuned and held-out contexts)', () => {
    const rows: string[] = [];
    const hit = { tuned: 0, tunedN: 0, held: 0, heldN: 0 };
    for (const c of set.contexts) {
      const top = rankArticles(articles, c, { limit: 3 });
      const got = top[0] ? idOf(top[0].article) : null;
      const ok = got === c.expected;
      if (c.heldOut) {
        hit.heldN++;
        if (ok) hit.held++;
      } else {
        hit.tunedN++;
        if (ok) hit.tuned++;
      }
      rows.push(
        `${ok ? 'ok  ' : 'MISS'} ${c.id.padEnd(22)} expected ${String(c.expected).padEnd(22)} got ${String(got).padEnd(22)} ${top[0]?.reasons.join(', ') ?? ''}`,
      );
    }
    const p = (hit.tuned + hit.held) / (hit.tunedN + hit.heldN);
    console.log(
      `${rows.join('\n')}\nprecision@1: ${(p * 100).toFixed(0)}% overall (${hit.tuned}/${hit.tunedN} tuned, ${hit.held}/${hit.heldN} held out)`,
    );
    expect(p).toBeGreaterThanOrEqual(0.9);
    expect(hit.held / hit.heldN).toBeGreaterThanOrEqual(0.8);
  });

  it('"none" contexts get no suggestion at all', () => {
    for (const c of set.contexts.filter((x) => x.expected === null))
      expect(rankArticles(articles, c), c.id).toEqual([]);
  });
});

describe('rankArticles: properties', () => {
  const words = fc.constantFrom(
    'freight',
    'audit',
    'Rotterdam',
    'port',
    'carrier',
    'invoices',
    'slotting',
    'the',
    'and',
    "carrier's",
    "don't",
    'Ünïcode',
    '日本',
    '42',
    'contract',
    'x',
    '',
  );
  const text = fc.oneof(
    fc.array(words, { maxLength: 30 }).map((w) => w.join(' ')),
    fc.string(),
  );
  const article = fc.record({
    url: fc.oneof(fc.webUrl(), fc.string()),
    title: text,
    site: text,
    byline: fc.option(fc.string(), { nil: null }),
    excerpt: text,
    readingMinutes: fc.integer({ min: 1, max: 60 }),
    textSample: text,
    lang: fc.option(fc.string(), { nil: null }),
    keywords: fc.array(fc.oneof(words, fc.string()), { maxLength: 12 }),
    savedAt: fc.integer({ min: 0, max: 2 ** 45 }),
  });
  const context = fc.record({
    subject: text,
    messages: fc.array(text, { maxLength: 6 }),
    companyDomain: fc.option(fc.oneof(fc.domain(), fc.string()), { nil: null }),
    companyName: fc.option(text, { nil: null }),
  });

  it('never throws; scores > 0, sorted best first, ties newer first; reasons non-empty', () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 15 }), context, (arts, c) => {
        const r = rankArticles(arts, c);
        for (let i = 0; i < r.length; i++) {
          expect(r[i]!.score).toBeGreaterThan(0);
          expect(Number.isFinite(r[i]!.score)).toBe(true);
          expect(r[i]!.reasons.length).toBeGreaterThan(0);
          expect(r[i]!.topic.length).toBeGreaterThan(0);
          expect(arts).toContain(r[i]!.article);
          if (i > 0) {
            const [a, b] = [r[i - 1]!, r[i]!];
            expect(
              a.score > b.score || (a.score === b.score && a.article.savedAt >= b.article.savedAt),
            ).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stable: the same input ranks the same, and input order does not matter', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(article, { maxLength: 12, selector: (a) => a.url }),
        context,
        (arts, c) => {
          const once = rankArticles(arts, c).map((x) => [x.article.url, x.score, x.reasons]);
          const again = rankArticles(arts, c).map((x) => [x.article.url, x.score, x.reasons]);
          const reversed = rankArticles([...arts].reverse(), c).map((x) => [
            x.article.url,
            x.score,
          ]);
          expect(again).toEqual(once);
          expect(reversed).toEqual(once.map(([u, s]) => [u, s]));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('bad input is no suggestion, not an exception', () => {
    const bad = [null, undefined, 42, 'x'] as unknown as SavedArticle[];
    expect(rankArticles(bad, ctx('Freight audit'))).toEqual([]);
    expect(rankArticles(LIB, null as unknown as RankContext)).toEqual([]);
    expect(
      rankArticles(LIB, { subject: 7, messages: 'freight' } as unknown as RankContext),
    ).toEqual([]);
  });
});

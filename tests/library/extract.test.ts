/**
 * Article extraction on the fixture pages of tests/fixtures/articles (see its README.md), on
 * damaged and hostile pages, and the URL helpers. Runs Readability on linkedom documents.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema, SavedArticleSchema } from '../../lib/library/schema';
import {
  canonicalUrl,
  cleanUrl,
  extractArticle,
  MIN_WORDS,
  REASONS,
} from '../../lib/library/extract';
import { LIMITS } from '../../lib/library/limits';
import { siteOfHost } from '../../lib/library/site';
import { ARTICLES, NON_ARTICLES, articleHtml, loadArticle } from './article-fixtures';

const NOW = Date.UTC(2026, 10, 23, 12);
const doc = (html: string): Document => parseHTML(html).document as unknown as Document;
const serialise = (d: Document): string => d.documentElement.outerHTML;
const TAG = /<\/?[a-z][a-z0-9]*(?:\s[^>]*)?>/i;

/** A plain page with `words` words of article text. */
function page(words: number, head = '', extraBody = ''): string {
  const sentence =
    'Carrier invoices are checked against the contract rate before the finance team pays them. ';
  const perSentence = sentence.trim().split(/\s+/).length;
  const paragraphs: string[] = [];
  let left = words;
  while (left > 0) {
    const n = Math.min(left, perSentence * 4);
    paragraphs.push(
      `<p>${sentence
        .repeat(Math.ceil(n / perSentence))
        .split(' ')
        .slice(0, n)
        .join(' ')}</p>`,
    );
    left -= n;
  }
  return `<!doctype html><html lang="en"><head><title>Invoices checked</title>${head}</head><body><article><h1>Invoices checked</h1>${paragraphs.join('')}</article>${extraBody}</body></html>`;
}

describe('extractArticle on the article fixtures', () => {
  for (const want of ARTICLES) {
    describe(want.file, () => {
      const result = extractArticle(loadArticle(want.file), want.servedAt, NOW);
      const article = result.ok ? result.article : null;

      it('is saved, and the result passes the schema the background checks', () => {
        expect(result.ok, result.ok ? '' : result.reason).toBe(true);
        expect(ExtractionSchema.safeParse(result).success).toBe(true);
      });

      it('title, site, byline, lang', () => {
        expect(article?.title).toBe(want.title);
        expect(article?.site).toBe(want.site);
        expect(article?.byline).toBe(want.byline);
        expect(article?.lang).toBe(want.lang);
        expect(article?.savedAt).toBe(NOW);
      });

      it('canonical url: same-site canonical or og:url, no tracking parameters, no hash', () => {
        expect(article?.url).toBe(want.url);
        expect(article?.url).not.toMatch(/utm_|fbclid|gclid|#/);
      });

      it('reading time from the word count (230 a minute)', () => {
        expect(article?.readingMinutes).toBe(want.readingMinutes);
      });

      it('excerpt and sample are plain text, whitespace collapsed, within their limits', () => {
        const a = article!;
        expect(a.excerpt.length).toBeGreaterThan(40);
        expect(a.excerpt.length).toBeLessThanOrEqual(300);
        expect(a.textSample.length).toBeGreaterThan(1200);
        expect(a.textSample.length).toBeLessThanOrEqual(LIMITS.textSample);
        expect(a.textSample.startsWith(want.sampleStart)).toBe(true);
        for (const s of [a.title, a.site, a.byline ?? '', a.excerpt, a.textSample]) {
          expect(s).not.toMatch(TAG);
          expect(s).not.toMatch(/\s{2,}|^\s|\s$/);
        }
      });

      it('the sample is the article, not the page around it', () => {
        const s = article!.textSample;
        for (const chrome of [
          'Advertisement',
          'Subscribe',
          'Share on LinkedIn',
          'Sign up',
          'Privacy',
          'Cookies',
          'Most read',
          'Trending',
          'Popular posts',
        ])
          expect(s).not.toContain(chrome);
      });

      it('keywords: lower-cased content terms, no stopwords, at most 12', () => {
        const k = article!.keywords;
        expect(k.length).toBeGreaterThanOrEqual(8);
        expect(k.length).toBeLessThanOrEqual(12);
        for (const w of k) expect(w).toBe(w.toLowerCase());
        for (const stop of ['the', 'and', 'that', 'with', 'this', 'for'])
          expect(k).not.toContain(stop);
        const stems = k.map((w) => w.replace(/s$/, ''));
        for (const w of want.keywords) expect(stems).toContain(w);
      });
    });
  }

  it('never changes the page it reads', () => {
    for (const want of ARTICLES) {
      const d = loadArticle(want.file);
      const before = serialise(d);
      extractArticle(d, want.servedAt, NOW);
      expect(serialise(d)).toBe(before);
    }
  });

  it('is deterministic: the same page gives the same article', () => {
    const a = extractArticle(loadArticle(ARTICLES[0]!.file), ARTICLES[0]!.servedAt, NOW);
    const b = extractArticle(loadArticle(ARTICLES[0]!.file), ARTICLES[0]!.servedAt, NOW);
    expect(a).toEqual(b);
  });
});

describe('pages that are not articles are refused with a sentence for the user', () => {
  for (const f of NON_ARTICLES) {
    it(`${f.file} at ${f.servedAt}`, () => {
      const result = extractArticle(loadArticle(f.file), f.servedAt, NOW);
      expect(result).toEqual({ ok: false, reason: f.reason });
      expect(ExtractionSchema.safeParse(result).success).toBe(true);
    });
  }

  it('the reasons are sentences', () => {
    for (const reason of Object.values(REASONS)) expect(reason).toMatch(/^[A-Z].{20,}\.$/);
    expect(REASONS.tooShort).toBe(
      "This page doesn't look like an article (too little text to save).",
    );
  });

  it(`needs at least ${MIN_WORDS} words of article text`, () => {
    expect(extractArticle(doc(page(MIN_WORDS - 20)), 'https://a.example.com/x', NOW)).toEqual({
      ok: false,
      reason: REASONS.tooShort,
    });
    const ok = extractArticle(doc(page(MIN_WORDS + 60)), 'https://a.example.com/x', NOW);
    expect(ok.ok).toBe(true);
    if (ok.ok) expect(ok.article.readingMinutes).toBe(1);
  });

  it('reading time grows with length', () => {
    const r = extractArticle(doc(page(230 * 7)), 'https://a.example.com/x', NOW);
    expect(r.ok && r.article.readingMinutes).toBe(7);
  });

  it('only http and https pages', () => {
    for (const url of ['file:///tmp/a.html', 'chrome://newtab/', 'about:blank', 'not a url', ''])
      expect(extractArticle(doc(page(400)), url, NOW)).toEqual({
        ok: false,
        reason: REASONS.notWeb,
      });
  });

  it('an article with a hidden sign-in form in its markup is still saved', () => {
    const html = articleHtml('freight-audit.html').replace(
      '</body>',
      '<div class="modal" hidden><form><input type="email" /><input type="password" /></form></div></body>',
    );
    expect(extractArticle(doc(html), ARTICLES[0]!.servedAt, NOW).ok).toBe(true);
  });

  it('an empty or broken page is refused, never thrown', () => {
    for (const html of ['', '<html></html>', '<p>hi', '<<<>>>', '<body><article></article></body>'])
      expect(extractArticle(doc(html), 'https://a.example.com/x', NOW).ok).toBe(false);
  });
});

describe('hostile pages', () => {
  it('script, event handlers and markup in the text come back as plain text only', () => {
    const html = page(
      300,
      '<meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt; Invoices"><meta property="og:description" content="&lt;b&gt;bold&lt;/b&gt; claims">',
      '<script>window.__pwned = true</script>',
    ).replace(
      '<h1>Invoices checked</h1>',
      '<h1>Invoices checked</h1><p onclick="alert(1)">Click <b>here</b> <img src=x onerror="alert(2)"> now, says the carrier, and the finance team pays the invoice.</p>',
    );
    const r = extractArticle(doc(html), 'https://a.example.com/x', NOW);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const all = JSON.stringify(r.article);
    expect(all).not.toContain('__pwned');
    expect(all).not.toMatch(/onclick|onerror=|<b>|<img/);
    expect(r.article.textSample).toContain('Click here now, says the carrier');
  });

  it('never throws on arbitrary markup (property)', () => {
    const tags = ['p', 'div', 'article', 'a', 'h1', 'span', 'li', 'ul', 'form', 'input', 'script'];
    const node: fc.Arbitrary<string> = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 60 }),
        fc.lorem({ maxCount: 40 }),
        fc
          .tuple(fc.constantFrom(...tags), fc.array(tie('tree'), { maxLength: 4 }))
          .map(([t, kids]) => `<${t}>${kids.join('')}</${t}>`),
      ),
    })).tree as fc.Arbitrary<string>;
    fc.assert(
      fc.property(node, fc.webUrl(), (body, url) => {
        const d = doc(
          `<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`,
        );
        const before = serialise(d);
        const r = extractArticle(d, url, NOW);
        expect(ExtractionSchema.safeParse(r).success).toBe(true);
        expect(serialise(d)).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});

describe('limits', () => {
  it("an article at every one of the extractor's limits still passes the background's schema", () => {
    const longest = {
      url: `https://a.com/${'x'.repeat(LIMITS.url - 14)}`,
      title: 't'.repeat(LIMITS.title),
      site: 's'.repeat(LIMITS.site),
      byline: 'b'.repeat(LIMITS.byline),
      excerpt: 'e'.repeat(LIMITS.excerpt),
      readingMinutes: LIMITS.readingMinutes,
      textSample: 'x'.repeat(LIMITS.textSample),
      lang: 'l'.repeat(LIMITS.lang),
      keywords: Array.from({ length: LIMITS.keywords }, () => 'k'.repeat(LIMITS.keyword)),
      savedAt: NOW,
    };
    expect(longest.url).toHaveLength(LIMITS.url);
    expect(SavedArticleSchema.safeParse(longest).success).toBe(true);
  });
});

describe('URLs', () => {
  const at = (html: string, url: string): string =>
    canonicalUrl(doc(`<html><head>${html}</head><body></body></html>`), new URL(url)).href;

  it('cleanUrl drops the hash and click-tracking parameters, keeps the rest', () => {
    const u = cleanUrl(
      new URL(
        'https://a.com/p?id=7&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&msclkid=3&mc_eid=4&page=2#top',
      ),
    );
    expect(u.href).toBe('https://a.com/p?id=7&page=2');
    expect(cleanUrl(new URL('https://a.com/p?utm_source=x#h')).href).toBe('https://a.com/p');
  });

  it('prefers the canonical link, then og:url, when on the same site', () => {
    expect(
      at(
        '<link rel="canonical" href="https://www.a.com/c?utm_source=z"><meta property="og:url" content="https://a.com/og">',
        'https://a.com/page?x=1',
      ),
    ).toBe('https://www.a.com/c');
    expect(at('<meta property="og:url" content="https://a.com/og">', 'https://a.com/page')).toBe(
      'https://a.com/og',
    );
    expect(at('<link rel="canonical" href="/rel/path">', 'https://blog.a.com/x')).toBe(
      'https://blog.a.com/rel/path',
    );
  });

  it('ignores a canonical on another site, or one that is not http(s)', () => {
    expect(at('<link rel="canonical" href="https://other.com/c">', 'https://a.com/p#h')).toBe(
      'https://a.com/p',
    );
    expect(at('<link rel="canonical" href="javascript:alert(1)">', 'https://a.com/p')).toBe(
      'https://a.com/p',
    );
    expect(
      at('<link rel="canonical" href="https://bob.github.io/x">', 'https://alice.github.io/p'),
    ).toBe('https://alice.github.io/p');
  });

  it('siteOfHost: the registrable part of a host', () => {
    expect(siteOfHost('www.freightledger.com')).toBe('freightledger.com');
    expect(siteOfHost('blog.shelfwise.io')).toBe('shelfwise.io');
    expect(siteOfHost('news.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOfHost('alice.github.io')).toBe('alice.github.io');
    expect(siteOfHost('localhost')).toBe('localhost');
    expect(siteOfHost('127.0.0.1')).toBe('127.0.0.1');
  });
});

/**
 * The value opener and inserting it into a draft: the coach must read the result as value-first,
 * the greeting and signature stay where they are, and inserting twice changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coach';
import { extractArticle } from '../../lib/library/extract';
import { insertOpener, valueOpener } from '../../lib/library/opener';
import { rankArticles } from '../../lib/library/rank';
import { ARTICLES, labelledArticles, labelledSet, loadArticle } from './article-fixtures';

const AUDIT = {
  title: 'Why carrier invoice audits still recover 3–5% of freight spend',
  site: 'Freight Ledger',
  url: 'https://www.freightledger.com/insights/carrier-invoice-audits-recover-spend',
};
const DETENTION = {
  title: 'Detention fees are climbing. Here is how shippers are cutting them',
  site: 'Dock & Yard',
  url: 'https://www.dockandyard.com/operations/cutting-detention-fees?page=1',
};

const DRAFTS = {
  greetingComma:
    "Hi Dana,\n\nJust checking in on the proposal. If the timing isn't right, just tell me.\n\nBest,\nAlex",
  greetingNoComma: 'Hello Dana\nJust checking in on the proposal.\n\n--\nAlex Seller\nCrickets',
  bareName: 'Dana,\n\nAny update on the proposal?\n\nAlex',
  noGreeting: 'Just checking in on the proposal. Any news?\n\nThanks,\nAlex',
  inlineGreeting: "Hi Dana, hope you're well. Just checking in on the proposal.\n\nAlex",
  dear: 'Dear Mr. Whitfield,\n\nFollowing up on my last email.\n\nKind regards,\nAlex Seller',
  crlf: 'Hi Dana,\r\n\r\nJust checking in.\r\n\r\nAlex',
};

describe('valueOpener', () => {
  it('names the article, the site, the topic and the link', () => {
    expect(valueOpener(AUDIT, 'freight audit')).toBe(
      'Came across "Why carrier invoice audits still recover 3–5% of freight spend" on Freight Ledger and thought of your freight audit: https://www.freightledger.com/insights/carrier-invoice-audits-recover-spend',
    );
  });

  it('falls back to "work" without a usable topic, and drops a leading "your"', () => {
    expect(valueOpener(AUDIT)).toContain('thought of your work: https://');
    expect(valueOpener(AUDIT, '  ')).toContain('thought of your work:');
    expect(valueOpener(AUDIT, '?!')).toContain('thought of your work:');
    expect(valueOpener(AUDIT, 'your Rotterdam volumes.')).toContain(
      'thought of your Rotterdam volumes:',
    );
  });

  it('a title with a sentence break goes after the link-bearing clause', () => {
    expect(valueOpener(DETENTION, 'detention fees')).toBe(
      'Came across this article on Dock & Yard and thought of your detention fees: "Detention fees are climbing. Here is how shippers are cutting them" https://www.dockandyard.com/operations/cutting-detention-fees?page=1',
    );
  });

  it('one line, whatever the title holds', () => {
    const o = valueOpener({ ...AUDIT, title: ' "Line one\nline  two" ' }, 'freight\naudit');
    expect(o).not.toMatch(/\n/);
    expect(o).toContain('"Line one line two"');
    expect(o).toContain('your freight audit:');
  });
});

describe('insertOpener', () => {
  const opener = valueOpener(AUDIT, 'freight audit');

  it('after a greeting line, before everything else, with a blank line after', () => {
    expect(insertOpener(DRAFTS.greetingComma, opener)).toBe(
      `Hi Dana,\n\n${opener}\n\nJust checking in on the proposal. If the timing isn't right, just tell me.\n\nBest,\nAlex`,
    );
    expect(insertOpener(DRAFTS.greetingNoComma, opener)).toBe(
      `Hello Dana\n\n${opener}\n\nJust checking in on the proposal.\n\n--\nAlex Seller\nCrickets`,
    );
    expect(insertOpener(DRAFTS.bareName, opener)).toBe(
      `Dana,\n\n${opener}\n\nAny update on the proposal?\n\nAlex`,
    );
    expect(insertOpener(DRAFTS.dear, opener)).toBe(
      `Dear Mr. Whitfield,\n\n${opener}\n\nFollowing up on my last email.\n\nKind regards,\nAlex Seller`,
    );
  });

  it('at the very top when there is no greeting', () => {
    expect(insertOpener(DRAFTS.noGreeting, opener)).toBe(`${opener}\n\n${DRAFTS.noGreeting}`);
    expect(insertOpener('', opener)).toBe(opener);
    expect(insertOpener('\n\n  \n', opener)).toBe(opener);
  });

  it('a greeting that starts a longer line is split off', () => {
    expect(insertOpener(DRAFTS.inlineGreeting, opener)).toBe(
      `Hi Dana,\n\n${opener}\n\nHope you're well. Just checking in on the proposal.\n\nAlex`,
    );
  });

  it('keeps Windows line endings', () => {
    expect(insertOpener(DRAFTS.crlf, opener)).toBe(
      `Hi Dana,\r\n\r\n${opener}\r\n\r\nJust checking in.\r\n\r\nAlex`,
    );
  });

  it('inserting twice does not duplicate; nor does a draft that already has the link', () => {
    for (const d of Object.values(DRAFTS)) {
      const once = insertOpener(d, opener);
      expect(insertOpener(once, opener)).toBe(once);
      expect(once.split(AUDIT.url)).toHaveLength(2);
    }
    const withLink = `Hi Dana,\n\nHere it is: ${AUDIT.url}\n\nAlex`;
    expect(insertOpener(withLink, opener)).toBe(withLink);
  });

  it('keeps the greeting, every line of the draft, and the signature last', () => {
    for (const d of Object.values(DRAFTS)) {
      const out = insertOpener(d, opener);
      const lines = (s: string) =>
        s
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter(Boolean);
      const before = lines(d);
      const after = lines(out);
      expect(after[after.length - 1]).toBe(before[before.length - 1]);
      for (const l of before.slice(1)) expect(out).toContain(l);
    }
  });

  it('an empty opener changes nothing', () => {
    expect(insertOpener(DRAFTS.greetingComma, '  ')).toBe(DRAFTS.greetingComma);
  });
});

describe('the coach reads a draft with the opener as value-first', () => {
  it('every fixture article, every draft shape', () => {
    for (const want of ARTICLES) {
      const r = extractArticle(loadArticle(want.file), want.servedAt, 0);
      if (!r.ok) throw new Error(r.reason);
      for (const [shape, d] of Object.entries(DRAFTS)) {
        expect(check(d).flags.valueFirst, shape).toBe(false);
        const out = insertOpener(d, valueOpener(r.article, 'work'));
        expect(check(out).flags.valueFirst, `${want.file} / ${shape}`).toBe(true);
      }
    }
  });

  it("with the ranker's topic, on the labelled threads", () => {
    const set = labelledSet();
    const articles = labelledArticles(set);
    for (const c of set.contexts) {
      const [best] = rankArticles(articles, c, { limit: 1 });
      if (!best) continue;
      const out = insertOpener(DRAFTS.greetingComma, valueOpener(best.article, best.topic));
      expect(check(out).flags.valueFirst, c.id).toBe(true);
    }
  });

  it('whatever the title, site and topic (property)', () => {
    const text = fc.string({ maxLength: 80 });
    fc.assert(
      fc.property(
        text,
        text,
        fc.option(text, { nil: undefined }),
        fc.webUrl(),
        (title, site, topic, url) => {
          const out = insertOpener(DRAFTS.greetingComma, valueOpener({ title, site, url }, topic));
          expect(check(out).flags.valueFirst).toBe(true);
          expect(insertOpener(out, valueOpener({ title, site, url }, topic))).toBe(out);
        },
      ),
      { numRuns: 300 },
    );
  });
});

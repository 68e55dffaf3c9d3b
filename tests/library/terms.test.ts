/** Words for matching: tokens, the plural stemmer, stopwords and an article's keywords. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachWord, isContent, keywordsOf, stem, STOPWORDS, tokens } from '../../lib/library/terms';

describe('tokens', () => {
  it('lower-cases, splits on anything not a letter or digit, keeps accents', () => {
    expect(tokens('Freight-Audit: Müller’s 3–5% (Rotterdam)!')).toEqual([
      'freight',
      'audit',
      'müller',
      '3',
      '5',
      'rotterdam',
    ]);
  });

  it('drops possessives and skips contractions', () => {
    expect(tokens("the carrier's invoice, don't we're it’s Dana’s")).toEqual([
      'the',
      'carrier',
      'invoice',
      'it',
      'dana',
    ]);
  });

  it('eachWord reports sentence starts and the written form', () => {
    const seen: [string, boolean][] = [];
    eachWord('Freight audit. Rotterdam is busy: Barge slots\nNew line', (_, raw, start) =>
      seen.push([raw, start]),
    );
    expect(seen).toEqual([
      ['Freight', true],
      ['audit', false],
      ['Rotterdam', true],
      ['is', false],
      ['busy', false],
      ['Barge', true],
      ['slots', false],
      ['New', true],
      ['line', false],
    ]);
  });

  it('never throws and yields only non-empty lower-case words (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        for (const w of tokens(s)) {
          expect(w.length).toBeGreaterThan(0);
          expect(w).toBe(w.toLowerCase());
        }
      }),
    );
  });
});

describe('stem', () => {
  it.each([
    ['invoices', 'invoice'],
    ['fees', 'fee'],
    ['carriers', 'carrier'],
    ['companies', 'company'],
    ['boxes', 'box'],
    ['classes', 'class'],
    ['analytics', 'analytics'],
    ['logistics', 'logistics'],
    ['business', 'business'],
    ['status', 'status'],
    ['analysis', 'analysis'],
    ['bus', 'bus'],
    ['audit', 'audit'],
  ])('%s → %s', (w, s) => expect(stem(w)).toBe(s));
});

describe('stopwords and content words', () => {
  it('function words, email words and numbers are not content', () => {
    for (const w of [
      'the',
      'and',
      'thanks',
      'regards',
      'proposal',
      'meeting',
      'und',
      'der',
      '2026',
      'ab',
    ])
      expect(isContent(w), w).toBe(false);
    for (const w of ['freight', 'rotterdam', 'slotting', 'detention', 'frachtrechnungen'])
      expect(isContent(w), w).toBe(true);
  });

  it('the list is lower case', () => {
    for (const w of STOPWORDS) expect(w).toBe(w.toLowerCase());
  });
});

describe('keywordsOf', () => {
  it('most frequent content terms first, the title counting three times, deterministic', () => {
    const k = keywordsOf(
      'Rotterdam congestion',
      'Barge slots are short. Barge operators say congestion at the terminal is rising; the terminal is full. Barge barge.',
    );
    expect(k.slice(0, 3)).toEqual(['barge', 'congestion', 'rotterdam']);
    expect(k).toContain('terminal');
    expect(k).not.toContain('the');
    expect(keywordsOf('Rotterdam congestion', 'Barge barge terminal terminal')).toEqual(
      keywordsOf('Rotterdam congestion', 'Barge barge terminal terminal'),
    );
  });

  it('uses the form seen most often for a stem, and at most `limit` terms', () => {
    expect(keywordsOf('', 'invoices invoices invoice carriers carrier carrier')).toEqual([
      'carrier',
      'invoices',
    ]);
    const long = Array.from({ length: 40 }, (_, i) =>
      `term${String.fromCharCode(97 + (i % 26))}${i} `.repeat(2),
    ).join(' ');
    expect(keywordsOf('', long)).toHaveLength(12);
    expect(keywordsOf('', long, 5)).toHaveLength(5);
  });

  it('words seen once in the body only are not keywords', () => {
    expect(keywordsOf('', 'freight audit rotterdam')).toEqual([]);
    expect(keywordsOf('Freight', 'audit')).toEqual(['freight']);
  });
});

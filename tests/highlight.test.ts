import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pieces } from '@/lib/highlight';

describe('pieces', () => {
  it('marks overlapping findings: the inner one is covered by both', () => {
    // "Reply ASAP or lose it": finding 0 is the whole ultimatum, finding 1 the shouted word
    const text = 'Reply ASAP or lose it.';
    const got = pieces(text.length, [
      { start: 0, end: 21 },
      { start: 6, end: 10 },
    ]).map((p) => [text.slice(p.start, p.end), p.covers]);
    expect(got).toEqual([
      ['Reply ', [0]],
      ['ASAP', [0, 1]],
      [' or lose it', [0]],
      ['.', []],
    ]);
  });

  it('leaves plain text plain and ignores empty ranges', () => {
    expect(pieces(5, [{ start: 2, end: 2 }])).toEqual([{ start: 0, end: 5, covers: [] }]);
    expect(pieces(0, [])).toEqual([]);
  });

  it('tiles the text, and every finding covers exactly its own range', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.tuple(fc.nat(60), fc.nat(60)), { maxLength: 6 }),
        (n, pairs) => {
          const ranges = pairs.map(([a, b]) => ({
            start: Math.min(a, b) % (n + 1),
            end: Math.max(a, b) % (n + 1),
          }));
          const ps = pieces(n, ranges);
          expect(ps[0]!.start).toBe(0);
          expect(ps.at(-1)!.end).toBe(n);
          for (let k = 1; k < ps.length; k++) expect(ps[k]!.start).toBe(ps[k - 1]!.end);
          ranges.forEach((r, i) => {
            const covered = ps.filter((p) => p.covers.includes(i));
            const len = covered.reduce((t, p) => t + p.end - p.start, 0);
            expect(len).toBe(r.end > r.start ? r.end - r.start : 0);
          });
        },
      ),
    );
  });
});

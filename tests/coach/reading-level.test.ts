import { describe, expect, it } from 'vitest';
import { readingLevel } from '../../lib/coach/reading-level';

describe('readingLevel: the grade in plain words', () => {
  it.each([
    [0, 'easy to read'],
    [3.2, 'easy to read'],
    [5, 'easy to read'],
    [5.1, 'fairly easy to read'],
    [8, 'fairly easy to read'],
    [8.4, 'fairly hard to read (high-school level)'],
    [12, 'fairly hard to read (high-school level)'],
    [14.8, 'hard to read (college level)'],
    [Number.NaN, 'easy to read'],
  ])('grade %s reads as "%s"', (grade, words) => {
    expect(readingLevel(grade)).toBe(words);
  });
});

import { describe, expect, it } from 'vitest';
import { plural } from '../lib/plural';

describe('plural', () => {
  it.each([
    [0, 'day', undefined, '0 days'],
    [1, 'day', undefined, '1 day'],
    [2, 'day', undefined, '2 days'],
    [1, 'person', 'people', '1 person'],
    [3, 'person', 'people', '3 people'],
  ])('%i %s → %s', (n, one, many, words) => {
    expect(plural(n, one, many)).toBe(words);
  });
});

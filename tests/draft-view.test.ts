import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../lib/coach';
import {
  CATEGORY_LABEL,
  groupFindings,
  heldBackBy,
  isBlankDraft,
  scoreBand,
} from '../lib/draft-view';

const f = (rule: string, category: Finding['category'], start: number, end: number): Finding => ({
  rule,
  category,
  start,
  end,
  message: `${rule} at ${start}`,
});

describe('draft view: what the panel shows about a draft', () => {
  it.each([
    [100, 'good'],
    [80, 'good'],
    [79, 'fair'],
    [50, 'fair'],
    [49, 'poor'],
    [0, 'poor'],
  ])('score %i reads as %s', (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });

  it.each([
    ['', true],
    ['  \n\t ', true],
    ['\u200b\u200d\ufeff \n', true],
    ['Hi', false],
    [' a ', false],
  ])('blank draft %j → %s', (text, blank) => {
    expect(isBlankDraft(text)).toBe(blank);
  });

  it('names what holds the score back once per category, readability left out, at most 3', () => {
    const findings = [
      f('too-soon', 'context', 0, 0),
      f('personal-name', 'context', 0, 0),
      f('reading-grade', 'readability', 0, 5),
      f('empty-bump', 'pushy', 0, 5),
      f('deadline', 'pushy', 6, 9),
      f('bragging', 'self-centred', 10, 12),
      f('opt-out-missing', 'opt-out', 0, 0),
    ];
    expect(heldBackBy(findings)).toEqual(['this contact', 'pushy', 'about you, not them']);
    expect(heldBackBy([])).toEqual([]);
  });

  it('the context category is not called "timing": it covers their name and their state too', () => {
    expect(CATEGORY_LABEL.context).toBe('This contact');
  });

  it('groups repeats of a rule into one line, in order of first appearance', () => {
    const findings = [
      f('bragging', 'self-centred', 10, 20),
      f('empty-bump', 'pushy', 0, 5),
      f('bragging', 'self-centred', 30, 40),
      f('opt-out-missing', 'opt-out', 0, 0),
      f('bragging', 'self-centred', 50, 60),
    ];
    const groups = groupFindings(findings);
    expect(groups.map((g) => [g.rule, g.indexes, g.words])).toEqual([
      ['bragging', [0, 2, 4], true],
      ['empty-bump', [1], true],
      ['opt-out-missing', [3], false],
    ]);
    expect(groups[0]!.message).toBe('bragging at 10');
  });

  it('on a real long draft every finding is in exactly one group and no rule appears twice', () => {
    const para =
      'Just checking in again. We are the leading platform and our award-winning team is the best. I need you to sign by Friday!! ';
    const result = check(para.repeat(8));
    const groups = groupFindings(result.findings);
    const all = groups.flatMap((g) => g.indexes).sort((a, b) => a - b);
    expect(all).toEqual(result.findings.map((_x, i) => i));
    expect(new Set(groups.map((g) => g.rule)).size).toBe(groups.length);
    expect(groups.length).toBeLessThan(result.findings.length);
  });
});

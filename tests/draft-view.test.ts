import { describe, expect, it } from 'vitest';
import { check, type Finding } from '../lib/coach';
import {
  CATEGORY_LABEL,
  countsLine,
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

  it('names what holds the score back once per category, costliest first, readability left out, at most 3', () => {
    const findings = [
      f('too-soon', 'context', 0, 0), // 10
      f('personal-name', 'context', 0, 0), // 3: this contact costs 13
      f('reading-grade', 'readability', 0, 5),
      f('empty-bump', 'pushy', 0, 5), // 15
      f('deadline-pressure', 'pushy', 6, 9), // 25: pushy costs 40
      f('bragging', 'self-centred', 10, 12), // 10
      f('opt-out-missing', 'opt-out', 0, 0), // 10, but after bragging
    ];
    expect(heldBackBy(findings)).toEqual(['pushy', 'this contact', 'about you, not them']);
    expect(heldBackBy(findings, 5)).toEqual([
      'pushy',
      'this contact',
      'about you, not them',
      'way out',
    ]);
    // a small finding at the top does not outrank a costly one further down
    expect(heldBackBy([f('personal-name', 'context', 0, 0), f('demand', 'pushy', 40, 50)])).toEqual(
      ['pushy', 'this contact'],
    );
    // equal costs keep the order the findings come in
    expect(
      heldBackBy([f('opt-out-missing', 'opt-out', 0, 0), f('bragging', 'self-centred', 10, 12)]),
    ).toEqual(['way out', 'about you, not them']);
    expect(heldBackBy([f('reading-grade', 'readability', 0, 5)])).toEqual([]);
    expect(heldBackBy([])).toEqual([]);
  });

  it.each([
    [{ words: 0, questions: 0 }, '0 words, 0 questions'],
    [{ words: 1, questions: 1 }, '1 word, 1 question'],
    [{ words: 135, questions: 2 }, '135 words, 2 questions'],
  ])('counts %j read "%s"', (stats, line) => {
    expect(countsLine(stats)).toBe(line);
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

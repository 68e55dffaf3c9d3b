// @vitest-environment happy-dom
/** The findings list and the marked draft, rendered with React from real check() results. */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CoachFindings } from '../../components/CoachFindings';
import { check, rulesById } from '../../lib/coach';

afterEach(cleanup);

const show = (text: string) => {
  const result = check(text);
  render(<CoachFindings text={text} findings={result.findings} rules={rulesById} />);
  return result;
};
const lines = () => screen.queryAllByTestId('finding');

describe('CoachFindings', () => {
  it('a long draft: one line per rule with its repeats counted, 8 lines until "Show all"', () => {
    const para =
      'Just checking in again. We are the leading platform and our award-winning team is the best in the market. I need you to sign by Friday!! ';
    const result = show(`Hi Dana,\n\n${para.repeat(10).trim()}`);
    const rules = new Set(result.findings.map((f) => f.rule));
    expect(rules.size).toBeGreaterThan(8);
    expect(lines()).toHaveLength(8);
    const ids = lines().map((l) => l.dataset.rule);
    expect(new Set(ids).size).toBe(ids.length);
    const bump = lines().find((l) => l.dataset.rule === 'empty-bump')!;
    expect(bump.dataset.count).toBe('10');
    expect(bump.textContent).toContain('(and 9 more places)');

    const more = screen.getByTestId('more-findings');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(more.textContent).toBe(`Show all ${rules.size} kinds of finding`);
    fireEvent.click(more);
    expect(lines()).toHaveLength(rules.size);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(more);
    expect(lines()).toHaveLength(8);
  });

  it('focusing a line marks every place of its rule, and only those; leaving clears them', () => {
    const result = show(
      'Just checking in. We are the best. Just checking in again. Sign by Friday or lose the slot.',
    );
    const bump = lines().find((l) => l.dataset.rule === 'empty-bump')!;
    const mine = result.findings
      .map((f, i) => [f, i] as const)
      .filter(([f]) => f.rule === 'empty-bump')
      .map(([, i]) => String(i));
    expect(mine.length).toBe(2);
    fireEvent.focus(bump);
    const active = [...document.querySelectorAll('mark.active')];
    expect(active.length).toBeGreaterThanOrEqual(2);
    for (const m of active)
      expect(
        m
          .getAttribute('data-finding')!
          .split(' ')
          .some((i) => mine.includes(i)),
      ).toBe(true);
    // every place of the rule is marked
    for (const i of mine)
      expect(active.some((m) => m.getAttribute('data-finding')!.split(' ').includes(i))).toBe(true);
    fireEvent.blur(bump);
    expect(document.querySelectorAll('mark.active')).toHaveLength(0);
  });

  it('shows mail text as text, never as HTML', () => {
    show('I need you to sign <b>today</b> <img src=x onerror="alert(1)"> ASAP!!');
    const draft = screen.getByTestId('draft-text');
    expect(draft.querySelector('b, img')).toBeNull();
    expect(draft.textContent).toContain('<b>today</b> <img src=x onerror="alert(1)">');
  });

  it('a clean draft says there is nothing to fix and offers no "Show all"', () => {
    show('');
    expect(screen.getByText(/Nothing to fix/)).toBeTruthy();
    expect(screen.queryByTestId('more-findings')).toBeNull();
  });
});

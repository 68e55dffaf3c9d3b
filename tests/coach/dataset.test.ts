import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../lib/coach';

interface Row {
  id: string;
  split: 'train' | 'eval';
  channel: 'email' | 'linkedin';
  kind: string;
  text: string;
  pushy: boolean;
  selfCentred: boolean;
  valueFirst: boolean;
  optOut: boolean;
  clearAsk: boolean;
}

const rows = readFileSync(new URL('../data/followups.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Row);

describe('labelled follow-ups (tests/data/followups.jsonl)', () => {
  it('has at least 150 well-formed, uniquely identified rows in two splits', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) {
      expect(['train', 'eval']).toContain(r.split);
      expect(['email', 'linkedin']).toContain(r.channel);
      expect(r.text.length).toBeGreaterThan(20);
      for (const k of ['pushy', 'selfCentred', 'valueFirst', 'optOut', 'clearAsk'] as const)
        expect(typeof r[k]).toBe('boolean');
    }
    for (const split of ['train', 'eval']) {
      const s = rows.filter((r) => r.split === split);
      expect(s.length).toBeGreaterThanOrEqual(75);
      expect(s.filter((r) => r.pushy).length).toBeGreaterThanOrEqual(20);
      expect(s.filter((r) => r.selfCentred).length).toBeGreaterThanOrEqual(10);
    }
  });

  it('never repeats a text between the splits', () => {
    const train = new Set(rows.filter((r) => r.split === 'train').map((r) => r.text));
    for (const r of rows.filter((x) => x.split === 'eval')) expect(train.has(r.text)).toBe(false);
  });

  // Thresholds are set on the training split only; the eval split is reported by the benchmark.
  it('meets 0.85 precision and recall for pushy and selfCentred on the training split', () => {
    const train = rows.filter((r) => r.split === 'train');
    for (const flag of ['pushy', 'selfCentred'] as const) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const r of train) {
        const got = check(r.text, { channel: r.channel }).flags[flag];
        if (got && r[flag]) tp++;
        else if (got) fp++;
        else if (r[flag]) fn++;
      }
      expect(tp / (tp + fp), `${flag} precision`).toBeGreaterThanOrEqual(0.85);
      expect(tp / (tp + fn), `${flag} recall`).toBeGreaterThanOrEqual(0.85);
    }
  });
});

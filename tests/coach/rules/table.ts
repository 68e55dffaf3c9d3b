/**
 * Table tests for one rule: texts that must pass, and texts with their exact expected findings.
 * A finding's range is given by the substring it covers (`at`, the nth occurrence), or by a point
 * just before/after a substring for zero-length findings. Each text is checked twice: through the
 * engine with trigger gating, and with the rule run directly on an ungated analysis; both must agree.
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../lib/coach/analyse';
import { analyseDraft, findingsOf } from '../../../lib/coach/check';
import type { CoachContext, Finding, Rule } from '../../../lib/coach/types';

export interface Expected {
  /** The text the finding covers; '' with `point` for a zero-length finding. */
  at: string;
  /** Which occurrence of `at` (0-based). */
  nth?: number;
  /** Zero-length finding just before or after `at`. */
  point?: 'before' | 'after';
  /** Exact replacement; null: must have none; undefined: not checked. */
  replacement?: string | null;
  /** Part of the message. */
  message?: string;
}

export interface Case {
  text: string;
  context?: CoachContext;
  findings: Expected[];
}

export type Pass = string | { text: string; context?: CoachContext };

function rangeOf(text: string, e: Expected): [number, number] {
  let from = -1;
  for (let n = 0; n <= (e.nth ?? 0); n++) {
    from = text.indexOf(e.at, from + 1);
    if (from < 0) throw new Error(`test bug: "${e.at}" not in text`);
  }
  if (e.point === 'before') return [from, from];
  if (e.point === 'after') return [from + e.at.length, from + e.at.length];
  return [from, from + e.at.length];
}

function run(rule: Rule, text: string, context: CoachContext = {}): Finding[] {
  const ctx = { now: Date.UTC(2025, 0, 15), ...context };
  const viaEngine = findingsOf(analyseDraft(text, ctx)).filter((f) => f.rule === rule.id);
  const direct = rule
    .check(text, analyse(text, ctx))
    .slice()
    .sort((x, y) => x.start - y.start || x.end - y.end);
  expect(viaEngine).toEqual(direct);
  return viaEngine;
}

export function ruleTable(rule: Rule, table: { pass: Pass[]; fail: Case[] }): void {
  describe(`rule ${rule.id}`, () => {
    it('has the fields every rule needs', () => {
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.explanation.length).toBeGreaterThan(40);
      expect(rule.principle).toMatch(/^P(?:[1-9]|10)$/);
    });
    for (const p of table.pass) {
      const { text, context } = typeof p === 'string' ? { text: p, context: undefined } : p;
      it(`passes: ${JSON.stringify(text).slice(0, 70)}`, () => {
        expect(run(rule, text, context)).toEqual([]);
      });
    }
    for (const c of table.fail) {
      it(`finds: ${JSON.stringify(c.text).slice(0, 70)}`, () => {
        const found = run(rule, c.text, c.context);
        expect(found.map((f) => [f.start, f.end])).toEqual(
          c.findings.map((e) => rangeOf(c.text, e)),
        );
        c.findings.forEach((e, i) => {
          const f = found[i]!;
          expect(f.category).toBe(rule.category);
          expect(f.message.length).toBeGreaterThan(0);
          if (e.replacement === null) expect(f.replacement).toBeUndefined();
          else if (e.replacement !== undefined) expect(f.replacement).toBe(e.replacement);
          if (e.message !== undefined) expect(f.message).toContain(e.message);
        });
      });
    }
  });
}

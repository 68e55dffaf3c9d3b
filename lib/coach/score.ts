/**
 * From findings to a score and flags. Every point is explained by a finding: a rule's first finding
 * costs its weight, each further one half its weight, capped at twice the weight.
 */
import { asksOf } from './asks';
import { opensWithValue } from './rules/value-first';
import { warmth } from './politeness';
import { rulesById } from './rules';
import type { Analysis, Finding, Flags } from './types';

/** Pushy points at or above which the draft is flagged pushy (set on the training split). */
export const PUSHY_THRESHOLD = 12;
/** Self-centred points at or above which the draft is flagged self-centred (training split). */
export const SELF_CENTRED_THRESHOLD = 12;

export interface Penalty {
  rule: string;
  category: string;
  points: number;
  count: number;
}

export function penalties(findings: readonly Finding[]): Penalty[] {
  const byRule = new Map<string, Penalty>();
  for (const f of findings) {
    const p = byRule.get(f.rule);
    if (p) p.count++;
    else byRule.set(f.rule, { rule: f.rule, category: f.category, points: 0, count: 1 });
  }
  for (const p of byRule.values()) {
    const w = rulesById.get(p.rule)?.weight ?? 0;
    p.points = Math.min(2 * w, w + ((p.count - 1) * w) / 2);
  }
  return [...byRule.values()];
}

export function scoreOf(ps: readonly Penalty[]): number {
  let total = 0;
  for (const p of ps) total += p.points;
  return Math.max(0, Math.min(100, Math.round(100 - total)));
}

export function categoryPoints(ps: readonly Penalty[], category: string): number {
  let total = 0;
  for (const p of ps) if (p.category === category) total += p.points;
  return total;
}

export function flagsOf(a: Analysis, findings: readonly Finding[], ps: readonly Penalty[]): Flags {
  let optOut = true;
  let askProblem = false;
  for (const f of findings) {
    if (f.rule === 'opt-out-missing') optOut = false;
    else if (f.rule === 'ask-missing' || f.rule === 'ask-vague' || f.rule === 'ask-many')
      askProblem = true;
  }
  // A clear ask is a plain request: a demand or a bump question ("Did you see it?") does not count.
  let clear = 0;
  for (const i of asksOf(a).specific) {
    const s = a.sentences[i]!;
    let pushy = false;
    for (const f of findings) {
      if (f.category === 'pushy' && f.start < s.end && f.end > s.start) {
        pushy = true;
        break;
      }
    }
    if (!pushy) clear++;
  }
  return {
    pushy: categoryPoints(ps, 'pushy') >= PUSHY_THRESHOLD,
    selfCentred: categoryPoints(ps, 'self-centred') >= SELF_CENTRED_THRESHOLD,
    // the flag describes the opening whatever the kind; the finding is skipped for feedback and close
    valueFirst: opensWithValue(a),
    optOut,
    clearAsk: !askProblem && clear > 0,
  };
}

/** Pushy points minus warmth: a ranking score, higher is pushier. */
export function pushinessOf(a: Analysis, ps: readonly Penalty[]): number {
  return categoryPoints(ps, 'pushy') - warmth(a);
}

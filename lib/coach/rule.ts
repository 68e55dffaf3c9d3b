/** Helpers for writing rules: one rule per file in rules/, each built with defineRule. */
import { sentenceAt } from './analyse';
import type { Analysis, Category, Finding, Principle, Rule, Sentence } from './types';

export interface Hit {
  start: number;
  end: number;
  message?: string;
  replacement?: string;
}

export interface RuleSpec {
  id: string;
  category: Category;
  weight: number;
  principle: Principle;
  explanation: string;
  /** Default message of a finding. */
  message: string;
  /** See Rule.triggers: the rule is skipped when none of these words is in the draft. */
  triggers?: readonly string[];
  /** See Rule.probes. */
  probes?: readonly string[];
  /** Patterns gated by their own trigger words (see gated()); the rule's triggers default to their union. */
  patterns?: Gated;
  /** false: run even when no trigger word occurs. */
  gate?: boolean;
  find(a: Analysis): Hit[];
}

export function defineRule(spec: RuleSpec): Rule {
  const { id, category, weight, principle, explanation, message, find, probes, patterns } = spec;
  const triggers = spec.triggers ?? (patterns ? [...new Set(Object.values(patterns.groups).flat())] : undefined);
  const rule: Rule = {
    id,
    category,
    weight,
    principle,
    explanation,
    check(_text: string, ctx: Analysis): Finding[] {
      const hits = find(ctx);
      const out: Finding[] = new Array<Finding>(hits.length);
      for (let i = 0; i < hits.length; i++) {
        const h = hits[i]!;
        const f: Finding = { rule: id, category, start: h.start, end: h.end, message: h.message ?? message };
        if (h.replacement !== undefined) f.replacement = h.replacement;
        out[i] = f;
      }
      return out;
    },
  };
  if (triggers) rule.triggers = triggers;
  if (probes) rule.probes = probes;
  if (patterns) rule.groups = patterns.groups;
  if (spec.gate === false) rule.gate = false;
  return rule;
}

/** Regexes each switched on by its own words: only the ones whose words occur are run. */
export interface Gated {
  keys: readonly string[];
  res: readonly RegExp[];
  groups: Readonly<Record<string, readonly string[]>>;
}

/**
 * Builds gated patterns for rule `id` from [words, regex source] pairs. Every match of a pattern
 * must contain one of its words (lower case, apostrophes dropped). Sources use straight
 * apostrophes; curly ones are accepted too.
 */
export function gated(id: string, list: readonly (readonly [string, string])[], flags = 'gi'): Gated {
  const keys: string[] = [];
  const res: RegExp[] = [];
  const groups: Record<string, readonly string[]> = {};
  list.forEach(([words, source], k) => {
    const key = `${id}#${k}`;
    keys.push(key);
    res.push(new RegExp(source.replace(/'/g, "['’]"), flags));
    groups[key] = words.split(/\s+/).filter(Boolean);
  });
  return { keys, res, groups };
}

/** Runs the gated patterns whose words occur, on the sentences that hold them. */
export function scan(a: Analysis, g: Gated, fn: (m: RegExpExecArray, k: number) => void): void {
  for (let k = 0; k < g.res.length; k++) {
    const key = g.keys[k]!;
    if (a.gated && !a.triggered.has(key)) continue;
    eachMatch(g.res[k]!, a, (m) => fn(m, k), key);
  }
}

/** Does sentence s match one of the gated patterns (checking only patterns whose words it holds)? */
export function sentenceMatches(a: Analysis, g: Gated, s: Sentence): boolean {
  for (let k = 0; k < g.res.length; k++) {
    if (a.gated) {
      const at = a.triggered.get(g.keys[k]!);
      if (at === undefined) continue;
      let inside = false;
      for (let i = 0; i < at.length; i++) if (at[i]! >= s.start && at[i]! < s.end) inside = true;
      if (!inside) continue;
    }
    const re = g.res[k]!;
    re.lastIndex = 0;
    if (re.test(s.text)) return true;
  }
  return false;
}

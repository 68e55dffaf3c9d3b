/** Helpers for writing rules: one rule per file in rules/, each built with defineRule. */

import type { Analysis, Category, Finding, Principle, Rule } from './types';
import { type Gated, scan } from './gated';

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
  /** Patterns gated by their own trigger words (see gated()): the rule runs when any of them can match. */
  patterns?: Gated;
  /** false: run even when no trigger word occurs. */
  gate?: boolean;
  find(a: Analysis): Hit[];
}

export function defineRule(spec: RuleSpec): Rule {
  const { id, category, weight, principle, explanation, message, find, probes, patterns } = spec;
  const triggers = spec.triggers;
  const rule: Rule = {
    id,
    category,
    weight,
    principle,
    explanation,
    check(_text: string, ctx: Analysis): Finding[] {
      let hits = withoutOverlaps(find(ctx));
      if (hits.length > 0 && ctx.links.length > 0) hits = outsideLinks(hits, ctx.links);
      const out: Finding[] = new Array<Finding>(hits.length);
      for (let i = 0; i < hits.length; i++) {
        const h = hits[i]!;
        const f: Finding = {
          rule: id,
          category,
          start: h.start,
          end: h.end,
          message: h.message ?? message,
        };
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

/**
 * Hits sorted by position, dropping any that overlaps one already kept (the earlier, then the
 * longer, wins), so one piece of text is flagged once per rule.
 */
function withoutOverlaps(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Hit[] = [hits[0]!];
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    const last = out[out.length - 1]!;
    const overlaps =
      h.start === h.end ? h.start > last.start && h.start < last.end : h.start < last.end;
    if (!overlaps) out.push(h);
  }
  return out;
}

/** Drops hits that cut into a link (a hit may contain a whole link, or end at its trailing punctuation). */
function outsideLinks(hits: Hit[], links: readonly number[]): Hit[] {
  return hits.filter((h) => {
    for (let i = 0; i < links.length; i += 3) {
      const start = links[i]!;
      const core = links[i + 1]!;
      const end = links[i + 2]!;
      if (h.start > start && h.start < end) return false; // starts inside the link
      if (h.start <= start && h.end > start && h.end < core) return false; // ends inside it
    }
    return true;
  });
}

/** A rule's find() when every match of its patterns is one finding, with no replacement. */
export function everyMatch(g: Gated): (a: Analysis) => Hit[] {
  return (a) => {
    const hits: Hit[] = [];
    scan(a, g, (m) => {
      hits.push({ start: m.index, end: m.index + m[0].length });
    });
    return hits;
  };
}

/** Where the cue patterns (lib/coach/cues/) start in a rule's gated list: they come last. */
export function cueStart(g: Gated, cues: readonly unknown[]): number {
  return g.res.length - cues.length;
}

/**
 * Does [start, end) overlap a hit found so far? A cue match yields to the rule's own phrase
 * patterns, which carry the rewordings.
 */
export function overlapsHit(hits: readonly Hit[], start: number, end: number): boolean {
  for (const h of hits) if (start < h.end && end > h.start) return true;
  return false;
}

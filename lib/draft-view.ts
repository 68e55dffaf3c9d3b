import type { Category, Finding } from './coach';

/** The side panel's words for each category of finding. */
export const CATEGORY_LABEL: Readonly<Record<Category, string>> = Object.freeze({
  pushy: 'Pushy',
  'self-centred': 'About you, not them',
  value: 'Value',
  'opt-out': 'Way out',
  ask: 'Ask',
  length: 'Length',
  readability: 'Readability',
  // too soon, opted out, away, long silence, resting, their name: all about this contact
  context: 'This contact',
});

/** How the score reads at a glance: green, amber or red. */
export type ScoreBand = 'good' | 'fair' | 'poor';

export function scoreBand(score: number): ScoreBand {
  if (score >= 80) return 'good';
  if (score >= 50) return 'fair';
  return 'poor';
}

/** Nothing typed yet (spaces and invisible characters do not count): no score to show. */
export function isBlankDraft(text: string): boolean {
  return text.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '') === '';
}

/** What holds the score back: each category once, in the order the findings come (by place). */
export function heldBackBy(findings: readonly Finding[], max = 3): string[] {
  const out: string[] = [];
  for (const f of findings) {
    if (f.category === 'readability') continue;
    const label = CATEGORY_LABEL[f.category].toLowerCase();
    if (!out.includes(label)) out.push(label);
    if (out.length === max) break;
  }
  return out;
}

/** One line of the findings list: every finding of one rule, in the order they first appear. */
export interface FindingGroup {
  rule: string;
  category: Category;
  /** The first finding's message. */
  message: string;
  /** Indexes into the findings, ascending. */
  indexes: number[];
  /** Whether any of them is about some words (and so can be highlighted). */
  words: boolean;
}

/** Repeats of one rule become one line, so a long draft lists each problem once. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  findings.forEach((f, i) => {
    const g = groups.get(f.rule);
    if (g) {
      g.indexes.push(i);
      g.words ||= f.end > f.start;
    } else {
      groups.set(f.rule, {
        rule: f.rule,
        category: f.category,
        message: f.message,
        indexes: [i],
        words: f.end > f.start,
      });
    }
  });
  return [...groups.values()];
}

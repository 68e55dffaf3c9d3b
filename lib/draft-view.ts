import { penalties, type Category, type Finding, type Stats } from './coach';
import { plural } from './plural';

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

/**
 * What holds the score back: each category once, the one that costs the most points first (ties in
 * the order the findings come).
 */
export function heldBackBy(findings: readonly Finding[], max = 3): string[] {
  const cost = new Map<Category, number>();
  for (const p of penalties(findings)) {
    const c = p.category as Category;
    if (c !== 'readability') cost.set(c, (cost.get(c) ?? 0) + p.points);
  }
  // Map keeps first-seen order and sort is stable, so equal costs stay in the findings' order
  return [...cost.entries()]
    .sort((x, y) => y[1] - x[1])
    .slice(0, max)
    .map(([c]) => CATEGORY_LABEL[c].toLowerCase());
}

/** "1 word, 2 questions": the counts under the score, in plain words. */
export function countsLine(stats: Pick<Stats, 'words' | 'questions'>): string {
  return `${plural(stats.words, 'word')}, ${plural(stats.questions, 'question')}`;
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

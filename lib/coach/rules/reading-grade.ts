import { readingLevel } from '../reading-level';
import { defineRule, type Hit } from '../rule';

/** Flag above this Flesch-Kincaid grade; the aim is 3rd to 5th grade. */
export const MAX_GRADE = 8;

const sentenceCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Reading grade (Flesch-Kincaid) too high. */
export const readingGrade = defineRule({
  id: 'reading-grade',
  category: 'readability',
  weight: 5,
  principle: 'P10',
  explanation:
    'Write simply. Boomerang (40M emails, 2016): emails at a 3rd-grade reading level got replies 53% of the time, against 39% at college level. Lavender recommends 5th grade. Use short words and short sentences.',
  message: 'Reading grade too high.',
  find(a) {
    const hits: Hit[] = [];
    if (a.words < 30 || a.readingGrade <= MAX_GRADE) return hits;
    let worst = a.sentences[0];
    let worstGrade = -Infinity;
    for (const s of a.sentences) {
      if (s.words === 0) continue;
      const g = 0.39 * s.words + 11.8 * (s.syllables / s.words);
      if (g > worstGrade) {
        worstGrade = g;
        worst = s;
      }
    }
    if (!worst) return hits;
    hits.push({
      start: worst.start,
      end: worst.end,
      message: `${sentenceCase(readingLevel(a.readingGrade))}: about school grade ${Math.round(a.readingGrade)}. Aim for grade 5 or lower with short words and short sentences. The hardest sentence is here.`,
    });
    return hits;
  },
});

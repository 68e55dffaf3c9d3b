/**
 * A reading grade (Flesch-Kincaid, US school years) in words a seller reads at a glance. Boomerang
 * (40M emails, 2016): 3rd-grade text got replies 53% of the time, college-level text 39%.
 */
export function readingLevel(grade: number): string {
  if (!(grade > 5)) return 'easy to read';
  if (grade <= 8) return 'fairly easy to read';
  if (grade <= 12) return 'fairly hard to read (high-school level)';
  return 'hard to read (college level)';
}

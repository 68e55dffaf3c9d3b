/** Capitals in replacements: keep the original's, and start a sentence with one. */
import { sentenceAt } from './analyse';
import type { Analysis } from './types';

const LETTER = /\p{L}/u;

/** Upper-cases the first letter of s. */
export function capitalise(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

const SHOUTED_OR_I = /^(?:I\b|[A-Z]{2,}\b)/;

/**
 * Keeps the capital of the original at the start of a replacement, unless the capital carried no
 * meaning ("I need you to", "ASAP").
 */
export function matchCase(original: string, replacement: string): string {
  if (replacement.length === 0 || SHOUTED_OR_I.test(original)) return replacement;
  const c = original[0];
  if (c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase())
    return capitalise(replacement);
  return replacement;
}

/** matchCase, and a capital when the replacement starts a sentence. */
export function caseAt(a: Analysis, pos: number, original: string, replacement: string): string {
  if (replacement.length === 0) return replacement;
  return capitalAt(a, pos) ? capitalise(replacement) : matchCase(original, replacement);
}

/**
 * Does text put at pos need a capital: it starts its sentence, and that sentence is not the
 * lower-case rest of a greeting line ("Hi Ben, following up…").
 */
export function capitalAt(a: Analysis, pos: number): boolean {
  if (!atSentenceStart(a, pos)) return false;
  const g = a.greetingEnd;
  if (g === 0 || a.body[g - 1] === '\n') return true;
  const s = sentenceAt(a, pos);
  if (!s || s.start !== g) return true;
  const c = a.body[s.start]!;
  // "Hi Anya, I wanted…": the pronoun's capital says nothing about the writer's style
  if (c === 'I' && !LETTER.test(a.body[s.start + 1] ?? '')) return false;
  return c === c.toUpperCase();
}

/** Is pos the first word of its sentence (ignoring opening quotes)? */
export function atSentenceStart(a: Analysis, pos: number): boolean {
  const s = sentenceAt(a, pos);
  if (!s) return false;
  for (let i = s.start; i < pos; i++) {
    const c = a.body[i]!;
    if (
      c !== '"' &&
      c !== "'" &&
      c !== '“' &&
      c !== '‘' &&
      c !== '(' &&
      c !== '*' &&
      c !== '-' &&
      c !== ' '
    )
      return false;
  }
  return true;
}

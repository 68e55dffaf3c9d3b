/** Capitals in replacements: keep the original's, and start a sentence with one. */
import { sentenceAt } from './analyse';
import { PS } from './body-end';
import type { Analysis } from './types';

const LETTER = /\p{L}/u;
/** A subject line's label and reply prefixes: "Subject: ", "Re: ", "Fwd: " (session 32). */
const SUBJECT_LABEL = /^(?:subject:[ \t]*)?(?:(?:re|fwd?|aw|sv):[ \t]*)*/i;

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
  if (!atSentenceStart(a, pos, true)) return false;
  const g = a.greetingEnd;
  if (g === 0 || a.body[g - 1] === '\n') return true;
  const s = sentenceAt(a, pos);
  if (!s || s.start !== g) return true;
  const c = a.body[s.start]!;
  // "Hi Anya, I wanted…": the pronoun's capital says nothing about the writer's style
  if (c === 'I' && !LETTER.test(a.body[s.start + 1] ?? '')) return false;
  return c === c.toUpperCase();
}

/** A postscript's label: the word after "P.S." opens its sentence (session 34). */
const PS_LABEL = new RegExp(String.raw`^${PS}\.?:?[ \t]+`);

/**
 * Is pos the first word of its sentence (ignoring opening quotes and a "P.S." label)? With
 * `subject`, also the first word of a subject line after "Subject: Re: " (for capitals: "Subject:
 * Re: You can still…").
 */
export function atSentenceStart(a: Analysis, pos: number, subject = false): boolean {
  const s = sentenceAt(a, pos);
  if (!s) return false;
  const head = a.body.slice(s.start, pos);
  const label =
    (subject ? SUBJECT_LABEL.exec(head)![0].length : 0) || PS_LABEL.exec(head)?.[0].length;
  for (let i = s.start + (label ?? 0); i < pos; i++) {
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

/**
 * An edit of the rewrite, and what every edit must respect: the names, numbers and links of the
 * draft.
 */
import { keepsProtected as keepsTokens, protectedTokens } from '../protect';
import type { Analysis } from '../types';

const WHITESPACE = /\s/;

/**
 * Does `after` keep every name, number and link of `before`? A token that also stands in the
 * greeting or signature stays in the message whatever happens to the body.
 */
export function keepsProtected(a: Analysis, before: string, after: string): boolean {
  let spare = a.memo.spare as Set<string> | undefined;
  if (!spare) {
    spare = new Set(
      protectedTokens(`${a.text.slice(0, a.greetingEnd)}\n${a.text.slice(a.bodyEnd)}`),
    );
    a.memo.spare = spare;
  }
  return keepsTokens(before, after, spare);
}

/** One replacement in a pass's text; higher priority wins when edits overlap. */
export interface Edit {
  rule: string;
  start: number;
  end: number;
  after: string;
  priority: number;
  note?: string;
}

export function isHSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

export function isSpace(c: string | undefined): boolean {
  return c !== undefined && WHITESPACE.test(c);
}

export function overlaps(x: Edit, y: Edit): boolean {
  if (x.start === x.end) return y.start < x.start && x.start < y.end;
  if (y.start === y.end) return x.start < y.start && y.start < x.end;
  return x.start < y.end && y.start < x.end;
}

export function applyEdits(
  text: string,
  edits: readonly { start: number; end: number; after: string }[],
): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += text.slice(at, e.start) + e.after;
    at = e.end;
  }
  return out + text.slice(at);
}

/**
 * What a smoother wording must keep beyond the coach's protected tokens: the facts a model can
 * change in words the tokens do not see (a number or a day written out, a relative date) and
 * whether something is promised or not ("I can hold" and "I can't hold" differ by one word).
 */
import { hasToken } from '../coach/protect';

/** Apostrophes as one character, so "Linda’s" and "Linda's" are the same word. */
export const straight = (t: string): string => t.replace(/[’‘]/g, "'");

/** A token as the user would name it: "https://x.com/a." ends at "a". */
export const shown = (t: string): string => t.replace(/[.,;:!?)\]]+$/, '');

/**
 * Does `text` hold protected token `t` as a whole word or number? "Tim" is not in "time", "re" not
 * in "we're"; "3" is in "3pm" and "Q3" but not in "30"; "SpO" is in "SpO2"; "Linda's" holds "Linda". Case may change
 * only for a shouted word or where `loose` says so (an everyday word that may lose its capital).
 */
export function holds(text: string, t: string, loose = false): boolean {
  const core = straight(shown(t) || t).replace(/'s$/i, '');
  const hay = straight(text);
  if (hasToken(hay, core)) return true;
  if (!loose && core !== core.toUpperCase()) return false;
  return hasToken(hay.toLowerCase(), core.toLowerCase());
}

const NUMBER_WORDS =
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion dozen half twice double triple';
const DAYS =
  'monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays weekend weekends';
// "may" is left out: it is far more often the verb
const MONTHS =
  'january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec';
const RELATIVE =
  'today tonight tomorrow yesterday week weeks fortnight month months quarter quarters year years noon midday midnight morning afternoon evening';
const FACT_WORDS = new Set(`${NUMBER_WORDS} ${DAYS} ${MONTHS} ${RELATIVE}`.split(' '));
const NEGATION = /\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot)\b|n't\b/g;

/** The fact words of a text, lower case, each once. */
export function factWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of straight(text)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? [])
    if (FACT_WORDS.has(w)) out.add(w);
  return out;
}

/** How many negations the text holds ("not", "no", "never", "can't"…). */
export function negations(text: string): number {
  return (straight(text).toLowerCase().match(NEGATION) ?? []).length;
}

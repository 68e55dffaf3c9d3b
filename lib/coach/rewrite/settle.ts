/** Settling the chosen edits: tidy spaces and capitals, join edits that meet, no glued words. */
import { sentenceAt } from '../analyse';
import { capitalAt } from '../casing';
import { type Edit, isHSpace, isSpace } from './edit';
import type { Analysis } from '../types';

const CLOSER = /[,.;:!?)]/;

const TRAILING_SPACE = /\s$/;

const LEADING_MARK = /[\s"'“‘(*-]/;

const SHOUTED_OR_I = /^(?:I\b|[A-Z]{2,}\b)/;

const I_ALONE = /^I\b/;

/** A clause break opening a cut (CLAUSE_BREAK's kinds, anchored). */
const R_CLAUSE_OPEN =
  /^(?:[,;:—–]|\s+[—–-]\s|\s+(?:and|but|so|because|or|otherwise|which|since)\s)/i;

const R_WORD_CHAR = /[\p{L}\p{N}]/u;

const isWordAt = (t: string, i: number): boolean =>
  i >= 0 && i < t.length && R_WORD_CHAR.test(t[i]!);

/**
 * A deletion must not glue the words on either side of it: a cut from a clause break into the
 * next clause ("Lumen Yoga, but I can't hold it indefinitely, and once it's gone the next
 * opening…") leaves a clause break ("Lumen Yoga; the next opening…"), any other a space.
 */
export function unglue(t: string, edits: Edit[]): void {
  for (const e of edits)
    if (e.after === '' && isWordAt(t, e.start - 1) && isWordAt(t, e.end))
      e.after = R_CLAUSE_OPEN.test(t.slice(e.start, e.end)) ? '; ' : ' ';
}

/** Tidies a phrase edit: no double spaces, no "word ." and a capital at the start of a sentence. */
export function tidy(a: Analysis, e: Edit): Edit {
  const t = a.body;
  let { start, end, after } = e;
  if (after === '') {
    if (isHSpace(t[end]) && (start === 0 || isSpace(t[start - 1]))) end++;
    else if (isHSpace(t[start - 1]) && (end >= t.length || CLOSER.test(t[end]!))) start--;
  } else if (isHSpace(t[end]) && TRAILING_SPACE.test(after)) {
    after = after.trimEnd();
  }
  const s = sentenceAt(a, e.start);
  if (s && start <= s.start && after === '' && end < s.end && capitalAt(a, s.start)) {
    // the sentence now starts with the next word: capitalise it (and a comma that closed the
    // deleted opening goes with it: "Once they're gone, the next opening…" -> "The next opening…")
    let k = end;
    while (k < s.end && isHSpace(t[k])) k++;
    if (t[k] === ',') {
      k++;
      while (k < s.end && isHSpace(t[k])) k++;
      end = k;
      // the space before the sentence stays: the change keeps inside the sentence
      start = Math.max(start, s.start);
    }
    const c = t[k];
    if (c !== undefined && c !== c.toUpperCase()) {
      end = k + 1;
      after = c.toUpperCase();
    }
  } else if (s && after !== '') {
    let k = s.start;
    while (k < start && LEADING_MARK.test(t[k]!)) k++;
    const atStart = k >= start;
    const c = after[0]!;
    if (atStart && c !== c.toUpperCase() && capitalAt(a, s.start))
      after = c.toUpperCase() + after.slice(1);
    else if (
      !atStart &&
      e.rule !== 'shouting' && // it sets its own case ("MARCH" -> "March")
      c !== c.toLowerCase() &&
      SHOUTED_OR_I.test(t.slice(start, end))
    ) {
      // "I need you to" / "ASAP" mid-sentence: the capital was not a sentence start
      if (!I_ALONE.test(after)) after = c.toLowerCase() + after.slice(1);
    }
  }
  return { ...e, start, end, after };
}

/** What two deletions in one clause may leave between them: a lone joining word ("…, of …"). */
const ORPHAN = /^[\s,;:]*(?:(?:of|and|or|but|which|that|who|to|in|for|with|so)[\s,;:]*)?$/i;

/**
 * Settles edits that meet (in place, sorted by position): two deletions with only a joining word
 * between them go as one ("in Zurich, I would note that …, of which ten have confirmed." keeps no
 * stray "of"); a reworded start right after a deleted sentence opening gets its capital ("Your VP
 * said…, so I need you to" -> "It would help if you could").
 */
export function joinEdits(a: Analysis, chosen: Edit[]): void {
  chosen.sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 0; i + 1 < chosen.length; i++) {
    const d = chosen[i]!;
    const n = chosen[i + 1]!;
    if (d.after !== '' || n.start < d.end) continue;
    const s = sentenceAt(a, d.start);
    if (!s || n.end > s.end) continue;
    const gap = a.body.slice(d.end, n.start);
    if (n.after === '' && ORPHAN.test(gap)) {
      chosen.splice(i, 2, { ...d, end: n.end, rule: joinRules(d.rule, n.rule) });
      i--;
    } else if (n.after !== '' && gap.trim() === '' && d.start <= s.start && capitalAt(a, s.start)) {
      const c = n.after[0]!;
      if (c !== c.toUpperCase())
        chosen[i + 1] = { ...n, after: c.toUpperCase() + n.after.slice(1) };
    }
  }
}

/** Both rules behind one merged change, as "deadline-pressure+scarcity" (each named once). */
function joinRules(x: string, y: string): string {
  const names = x.split('+');
  for (const r of y.split('+')) if (!names.includes(r)) names.push(r);
  return names.join('+');
}

/** Rewordings that open a sentence, and how a second one in a row reads. */
const REPEATABLE: [RegExp, string][] = [
  [/^(I|We)['’]d welcome\b/, "$1'd also welcome"],
  [/^It would help\b/, 'It would also help'],
];

/**
 * "I'd welcome an answer by Friday. I'd welcome a decision." -> "… I'd also welcome a decision.":
 * a rewording that opens a sentence right after one opening the same way (reworded or written so).
 */
export function alsoOnRepeat(a: Analysis, chosen: Edit[]): void {
  chosen.sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 0; i < chosen.length; i++) {
    const e = chosen[i]!;
    const re = REPEATABLE.find(([r]) => r.test(e.after));
    if (!re) continue;
    const s = sentenceAt(a, e.start);
    if (!s || s.start !== e.start) continue;
    const prev = a.sentences[a.sentences.indexOf(s) - 1];
    if (!prev || prev.paragraph !== s.paragraph) continue;
    const over = chosen.find((c) => c.start === prev.start && c !== e);
    const opening = over ? over.after : prev.text;
    if (re[0].test(opening)) e.after = e.after.replace(re[0], re[1]);
  }
}

/**
 * Edits that remove: whole sentences, one clause of a sentence, or a sentence whose addressee moves
 * on to the next.
 */
import { protectedTokens } from '../protect';
import { COMMON_WORDS } from '../common-words';
import { capitalAt } from '../casing';
import { type Edit, isHSpace, isSpace, keepsProtected } from './edit';
import type { Analysis, Sentence } from '../types';

/** Where a sentence breaks into clauses: a comma, a dash, or a joining word. */
const CLAUSE_BREAK =
  /[,;:—–]\s+|\s+[—–-]\s+|\s+(?=(?:and|but|so|because|or|otherwise|which|since)\s)/g;

const FINAL_MARK = /[.!?…]/;

const SPACES = /\s+/;

/** Only spaces between the greeting and a sentence: they share a line. */
const INLINE_GAP = /^[ \t]*$/;

/** A list item's marker before its text: "4. ", "- ", "• ", "b) ". */
const LIST_MARKER = /^[ \t]*(?:[-*•–]|\d{1,2}[.)]|[a-zA-Z][.)])[ \t]+$/;

/** Deletes whole sentences (first..last) with the whitespace around them, keeping paragraphs tidy. */
export function sentenceDeletion(a: Analysis, first: Sentence, last: Sentence, rule: string): Edit {
  const t = a.body;
  const len = a.bodyEnd;
  let start = first.start;
  let end = last.end;
  let j = end;
  while (j < len && isHSpace(t[j])) j++;
  if (j < len && t[j] !== '\n' && t[j] !== '\r') {
    end = j; // more on the same line: take the following spaces
    // "Hi Elena, saw you… Still keen…" -> "Hi Elena, still keen…": the next sentence now follows
    // the greeting, in the writer's style
    const word = FIRST_WORD.exec(t.slice(end))?.[0] ?? '';
    if (
      a.greetingEnd > 0 &&
      INLINE_GAP.test(t.slice(a.greetingEnd, first.start)) &&
      !capitalAt(a, first.start) &&
      !I_WORD.test(word) &&
      COMMON_WORDS.has(word.toLowerCase()) &&
      word[0] !== word[0]!.toLowerCase()
    )
      return { rule, start, end: end + 1, after: word[0]!.toLowerCase(), priority: 3 };
  } else {
    // "4. The agreement will follow for your signature." alone on its line: the number goes too
    const lineStart = t.lastIndexOf('\n', start - 1) + 1;
    if (lineStart >= a.greetingEnd && LIST_MARKER.test(t.slice(lineStart, start))) {
      // the whole line with its line break; the blank line after the list stays
      let e = j;
      if (t[e] === '\r') e++;
      if (t[e] === '\n') e++;
      // the list's only item, between blank lines: one blank line stays, not two
      if (t[e] === '\n' && t[lineStart - 1] === '\n' && t[lineStart - 2] === '\n') e++;
      return { rule, start: lineStart, end: e, after: '', priority: 3 };
    }
    let i = start;
    while (i > a.greetingEnd && isHSpace(t[i - 1])) i--;
    if (i > a.greetingEnd && t[i - 1] !== '\n') {
      start = i; // earlier text on the same line: take the preceding spaces
    } else {
      let k = j;
      while (k < len && isSpace(t[k])) k++;
      if (k < len) {
        end = k; // alone on its line, more content follows
      } else {
        let p = start;
        while (p > a.greetingEnd && isSpace(t[p - 1])) p--;
        if (p > a.greetingEnd) start = p;
        else end = k;
      }
    }
  }
  return { rule, start, end, after: '', priority: 3 };
}

/** A clause that cannot open a sentence once the clause before it is gone. */
const DEPENDENT =
  /^(?:because|since|which|though|although|as|while|whereas|until|unless|including|such as|especially|particularly|like|with|without|after|before|during|from|to|for|of|on|in|at|by|whose|who|where|when|that|if)\s/i;

/** A clause giving the reason for the one before it. */
const REASON = /^\s*(?:because|since)\s/i;

/** A sentence opening that only announces what follows ("I mention this only", "I say this"). */
const PREFACE =
  /^(?:I(?:'m| am)? (?:only )?(?:mention(?:ing)?|say(?:ing)?|rais(?:e|ing)|flag(?:ging)?|bring(?:ing)?(?: it)? up|tell(?:ing)? you)(?: (?:this|it|that))?(?: (?:now|only|at all))?|I only (?:mention|say|raise|flag) (?:this|it))\s*$/i;

/** A joining word to drop with the clause before it. */
const JOINT = /^(?:and|but|so|or|otherwise|then)\s+/i;

/**
 * Deletes the clause of sentence s that holds [start, end), when the sentence has clauses and the
 * finding sits inside one. The first clause takes its separator with it; a later one the separator
 * before it.
 */
export function clauseDeletion(
  a: Analysis,
  s: Sentence,
  start: number,
  end: number,
  rule: string,
): Edit | undefined {
  const t = s.text;
  const cuts: { at: number; len: number }[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(t)) !== null) {
    if (m[0].length === 0) {
      CLAUSE_BREAK.lastIndex++;
      continue;
    }
    cuts.push({ at: m.index, len: m[0].length });
  }
  if (cuts.length === 0) return undefined;
  let final = t.length;
  while (final > 0 && FINAL_MARK.test(t[final - 1]!)) final--;
  const bounds: [number, number][] = [];
  let from = 0;
  for (const c of cuts) {
    bounds.push([from, c.at]);
    from = c.at + c.len;
  }
  bounds.push([from, final]);
  const rs = start - s.start;
  const re = end - s.start;
  let i = 0;
  while (i < bounds.length && bounds[i]![1] < rs) i++;
  let j = i;
  while (j < bounds.length && bounds[j]![1] < re) j++;
  if (i >= bounds.length || j >= bounds.length || rs < bounds[i]![0]) return undefined;
  if (i === 0 && j === bounds.length - 1) return undefined; // that is the whole sentence
  let ds: number;
  let de: number;
  let after = '';
  // "I mention this only because I'd hate for you to be caught out: with year-end…" -> "With
  // year-end…": a preface whose reason is gone says nothing, so it goes too
  const preface =
    i > 0 &&
    j + 1 < bounds.length &&
    REASON.test(t.slice(cuts[i - 1]!.at)) &&
    PREFACE.test(t.slice(0, cuts[i - 1]!.at));
  if (i === 0 || preface) {
    ds = 0;
    de = bounds[j + 1]![0];
    if (i === 0) {
      // what is left must stand alone: "but the report is here" -> "The report is here"; a
      // "since…" or "which…" clause cannot
      if (DEPENDENT.test(t.slice(de))) return undefined;
      // nor can a bare name: "Everyone is doing this already, Tom." must not become "Tom."
      if (wordCount(t.slice(de, final)) < 3) return undefined;
      const joint = JOINT.exec(t.slice(de));
      if (joint) de += joint[0].length;
    }
    const c = t[de];
    // (no capital after a greeting on the same line: "hey Amir, it's been…")
    if (c !== undefined && c !== c.toUpperCase() && capitalAt(a, s.start)) {
      de++;
      after = c.toUpperCase();
    }
  } else {
    ds = cuts[i - 1]!.at;
    de = bounds[j]![1];
    if (wordCount(t.slice(0, ds)) < 3) return undefined;
    // "by October 15, the offer will be withdrawn and we will not reissue it" -> "by October 15,
    // we will not reissue it": a middle clause goes with the joining word after it, not the comma
    const joint = JOINT.exec(t.slice(de).trimStart());
    if (joint && t[ds] === ',') {
      ds += cuts[i - 1]!.len;
      de += t.slice(de).length - t.slice(de).trimStart().length + joint[0].length;
    }
  }
  const before = t.slice(ds, de);
  if (!keepsProtected(a, before, after)) return undefined;
  return { rule, start: s.start + ds, end: s.start + de, after, priority: 2 };
}

function wordCount(t: string): number {
  const w = t.trim();
  return w === '' ? 0 : w.split(SPACES).length;
}

/** A name the sentence is addressed to, before its first comma: "Emily, I've written twice." */
/**
 * (not a time or place that opens the sentence: "After Friday, …", "Friday, …"; a linking word
 * carried over reads well enough: "Honestly, even a no would help.")
 */
const ADDRESSEE = String.raw`((?:(?:Mr|Mrs|Ms|Mx|Dr)\.? )?(?!(?:After|Before|Since|By|On|From|Until|Till|Past|Beyond|In|At|For|Next|Last|This|Every|Come|Around|Through|Within|During|Today|Tomorrow|Tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;

const VOCATIVE = new RegExp(`^${ADDRESSEE},[ \\t]+`, 'u');

/** …and after its last comma: "Do not miss this, Rhea!" */
const TRAILING_VOCATIVE = new RegExp(`,[ \\t]+${ADDRESSEE}[.!?…]*$`, 'u');

const SAME_LINE = /^[ \t]*$/;

const FIRST_WORD = /^[^\s,.;:!?]+/;

const I_WORD = /^I(?:['’]|$)/;

/**
 * Deletes sentence i but keeps the name it was addressed to, moved to the next sentence on the
 * same line: "Emily, I'm starting to feel ignored. Even a no would help." -> "Emily, even a no
 * would help." Undefined when anything else in the sentence must be kept.
 */
export function carryVocative(a: Analysis, i: number, rule: string): Edit | undefined {
  const s = a.sentences[i];
  const next = a.sentences[i + 1];
  if (!s || !next || next.start >= a.bodyEnd) return undefined;
  if (!SAME_LINE.test(a.body.slice(s.end, next.start))) return undefined;
  const word = FIRST_WORD.exec(next.text)?.[0] ?? '';
  const c = a.body[next.start]!;
  // "I" and names keep their capital
  const lower = I_WORD.test(word) || protectedTokens(word).length > 0 ? c : c.toLowerCase();
  const v = VOCATIVE.exec(s.text);
  if (!v) {
    // "Do not miss this, Rhea! Our webinar…" -> "Rhea, our webinar…"
    const t = TRAILING_VOCATIVE.exec(s.text);
    if (!t || !keepsProtected(a, s.text.slice(0, t.index), '')) return undefined;
    return { rule, start: s.start, end: next.start + 1, after: `${t[1]}, ${lower}`, priority: 3 };
  }
  if (!keepsProtected(a, s.text.slice(v[0].length), '')) return undefined;
  return {
    rule,
    start: s.start + v[1]!.length,
    end: next.start + 1,
    after: `, ${lower}`,
    priority: 3,
  };
}

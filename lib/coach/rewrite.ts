/**
 * One-click rewrite, deterministic and offline: applies the rules' replacements, deletes pushy
 * sentences that have no safe rewording, adds the opt-out line. Never loses a protected token
 * (link, number, name), never touches the signature or quoted text, and is idempotent.
 * Every change is listed against the original text so the UI can accept or reject each one.
 */
import { isHeadLine, sentenceAt } from './analyse';
import { asksOf } from './asks';
import { analyseDraft, check, checkAnalysis } from './check';
import { keepsProtected as keepsTokens, protectedTokens, withoutCounts } from './protect';
import { COMMON_WORDS } from './common-words';
import { capitalAt, sentenceIndexAt } from './rule';
import { rulesById } from './rules';
import { DEFAULT_OPT_OUT } from './rules/opt-out-missing';
import { fillTemplate } from './templates';
import type {
  Analysis,
  Change,
  CheckResult,
  CoachContext,
  Finding,
  RewriteResult,
  Sentence,
} from './types';

// regexes used inside functions, compiled once at module load
const R1 = /\s/;
const R2 = /[,;:—–]\s+|\s+[—–-]\s+|\s+(?=(?:and|but|so|because|or|otherwise|which|since)\s)/g;
const R3 = /[.!?…]/;
const R4 = /[,.;:!?)]/;
const R5 = /\s$/;
const R6 = /[\s"'“‘(*-]/;
const R7 = /^(?:I\b|[A-Z]{2,}\b)/;
const R8 = /^I\b/;
const R9 = /\s+/;
const R10 =
  /^(?:(?:i|we) (?:just )?(?:wanted|want|would like|'d like|’d like|thought i'd|thought i’d) to (?:reach out|introduce (?:myself|ourselves)|touch base|check in|connect|say hi|say hello|get in touch|drop you a (?:line|note))\b[^.?!]{0,20}|(?:i'm|i’m|i am) (?:just )?(?:reaching out|writing|getting in touch)(?: to you)?|(?:just )?a quick (?:note|intro|introduction)|i hope you don't mind (?:me )?(?:reaching out|writing|the message|the note))[.!]*$/i;
const R11 = /^[\s.!?…]*$/;

const MAX_PASSES = 6;

/**
 * Does `after` keep every name, number and link of `before`? A token that also stands in the
 * greeting or signature stays in the message whatever happens to the body.
 */
function keepsProtected(a: Analysis, before: string, after: string): boolean {
  let spare = a.memo.spare as Set<string> | undefined;
  if (!spare) {
    spare = new Set(
      protectedTokens(`${a.text.slice(0, a.greetingEnd)}\n${a.text.slice(a.bodyEnd)}`),
    );
    a.memo.spare = spare;
  }
  return keepsTokens(before, after, spare);
}
/** A greeting with the body on its own line: "Hey Jo, " (no line break after the comma). */
const R_GREETING_TAIL = /(?:^|\n)[^\n]*,[ \t]*$/;
const QUESTION_END = /\?[\s"')\]”’]*$/;

interface Edit {
  rule: string;
  start: number;
  end: number;
  after: string;
  priority: number;
  note?: string;
}

function isHSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && R1.test(c);
}

/** Only spaces between the greeting and a sentence: they share a line. */
const INLINE_GAP = /^[ \t]*$/;

/** A list item's marker before its text: "4. ", "- ", "• ", "b) ". */
const LIST_MARKER = /^[ \t]*(?:[-*•–]|\d{1,2}[.)]|[a-zA-Z][.)])[ \t]+$/;

/** Deletes whole sentences (first..last) with the whitespace around them, keeping paragraphs tidy. */
function sentenceDeletion(a: Analysis, first: Sentence, last: Sentence, rule: string): Edit {
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

const CLAUSE_BREAK = R2;
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
function clauseDeletion(
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
  while (final > 0 && R3.test(t[final - 1]!)) final--;
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
  return w === '' ? 0 : w.split(R9).length;
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
function carryVocative(a: Analysis, i: number, rule: string): Edit | undefined {
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
function unglue(t: string, edits: Edit[]): void {
  for (const e of edits)
    if (e.after === '' && isWordAt(t, e.start - 1) && isWordAt(t, e.end))
      e.after = R_CLAUSE_OPEN.test(t.slice(e.start, e.end)) ? '; ' : ' ';
}

/** Tidies a phrase edit: no double spaces, no "word ." and a capital at the start of a sentence. */
function tidy(a: Analysis, e: Edit): Edit {
  const t = a.body;
  let { start, end, after } = e;
  if (after === '') {
    if (isHSpace(t[end]) && (start === 0 || isSpace(t[start - 1]))) end++;
    else if (isHSpace(t[start - 1]) && (end >= t.length || R4.test(t[end]!))) start--;
  } else if (isHSpace(t[end]) && R5.test(after)) {
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
    while (k < start && R6.test(t[k]!)) k++;
    const atStart = k >= start;
    const c = after[0]!;
    if (atStart && c !== c.toUpperCase() && capitalAt(a, s.start))
      after = c.toUpperCase() + after.slice(1);
    else if (
      !atStart &&
      e.rule !== 'shouting' && // it sets its own case ("MARCH" -> "March")
      c !== c.toLowerCase() &&
      R7.test(t.slice(start, end))
    ) {
      // "I need you to" / "ASAP" mid-sentence: the capital was not a sentence start
      if (!R8.test(after)) after = c.toLowerCase() + after.slice(1);
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
function joinEdits(a: Analysis, chosen: Edit[]): void {
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

function overlaps(x: Edit, y: Edit): boolean {
  if (x.start === x.end) return y.start < x.start && x.start < y.end;
  if (y.start === y.end) return x.start < y.start && y.start < x.end;
  return x.start < y.end && y.start < x.end;
}

/** The one question left when every sentence of a follow-up went: easy to answer either way. */
export const STILL_A_PRIORITY = 'Is this still a priority for you?';
const NOTHING_LEFT = 'Nothing but pressure was left to keep, so this asks one easy question.';

/** The opt-out line to add: the user's own (its placeholders filled where known) or the default. */
function optOutLineOf(context: CoachContext): string {
  return ownOptOut(context)?.filled.text ?? DEFAULT_OPT_OUT;
}

/** The user's own opt-out line, as written and with its placeholders filled from the contact. */
function ownOptOut(
  context: CoachContext,
): { own: string; filled: ReturnType<typeof fillTemplate> } | undefined {
  const own = context.optOutLine?.trim();
  if (!own) return undefined;
  return { own, filled: fillTemplate(own, { name: context.contact?.name?.split(R9)[0] }) };
}

function optOutEdit(a: Analysis, f: Finding, context: CoachContext, emptied: boolean): Edit {
  let line = f.replacement ?? '';
  let note: string | undefined;
  const mine = ownOptOut(context);
  if (mine) {
    const { own, filled } = mine;
    line = line.replace(own, filled.text);
    if (filled.unfilled.length > 0)
      note = `Unfilled placeholder ${filled.unfilled.map((u) => `{${u}}`).join(', ')} in the opt-out line: fill it before sending.`;
  } else if (!line.includes(DEFAULT_OPT_OUT)) {
    line = line || DEFAULT_OPT_OUT;
  }
  if (emptied && a.sentences.every((s) => isHeadLine(s.text))) {
    // nothing of the draft was left: one honest question, so the reader has something to answer
    const sep = /^\s*/.exec(line)![0];
    line = `${sep}${STILL_A_PRIORITY} ${line.slice(sep.length)}`;
    note = [note, NOTHING_LEFT].filter(Boolean).join(' ');
  }
  // after a greeting on the same line ("Hey Jo, is this…"), the sentence starts in lower case
  if (f.start > 0 && a.sentences.length === 0 && R_GREETING_TAIL.test(a.text.slice(0, f.start)))
    line = line[0]!.toLowerCase() + line.slice(1);
  // Inserted right before the signature: keep a blank line between them.
  if (f.start === a.bodyEnd && a.bodyEnd < a.text.length) line += '\n\n';
  const e: Edit = { rule: f.rule, start: f.start, end: f.end, after: line, priority: 1 };
  if (note) e.note = note;
  return e;
}

/** Rules whose sentences hold nothing worth keeping, even when phrased as a question. */
const EMPTY_ASKS = new Set([
  'empty-bump',
  'guilt-trip',
  'surveillance',
  'silence-as-consent',
  'intrigue',
  'flattery',
]);

/** A question that only carries the pressure ("Do you really want to fall behind?"): no ask to keep. */
const RHETORICAL =
  /^(?:(?:so|but|and),? )?(?:(?:do|would|can|could|are|will) you (?:really|honestly|seriously|truly)\b|(?:can|could) you (?:really )?afford to\b|(?:don't|do not) you want\b|why (?:would you )?(?:risk|wait)\b|(?:do|would) you (?:want|like) to (?:be|fall|lose|miss|risk|get left|watch)\b)[^?]*\?\s*$/i;

/** Bragging with no name or number in it ("we pride ourselves on our service") may go whole. */
const BOASTS = new Set(['bragging', 'product-pitch']);

/** Sender openers with nothing in them ("I wanted to reach out and introduce myself.") may go. */
const FILLER = R10;

/** Is [start, end) the whole sentence but its final punctuation? */
function wholeSentence(s: Sentence, start: number, end: number, text: string): boolean {
  if (start > s.start) return false;
  const rest = text.slice(end, s.end);
  return R11.test(rest);
}

/** The next sentence of the paragraph points back at this one ("It drops to $40…"). */
const BACK_REFERENCE = /^(?:it|its|it's|it’s|this|that|these|those|they|their|them)\b/i;
function referredTo(a: Analysis, s: Sentence): boolean {
  const next = a.sentences[a.sentences.indexOf(s) + 1];
  return next !== undefined && next.paragraph === s.paragraph && BACK_REFERENCE.test(next.text);
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
function alsoOnRepeat(a: Analysis, chosen: Edit[]): void {
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

/** The edits of one pass, in the coordinates of a.text, sorted and non-overlapping. */
/** An ask worded as a statement: "I would welcome the opportunity to discuss…". */
const OFFERS_TALK =
  /\b(?:i'?d|i would|we'?d|we would) (?:welcome|love|like|be (?:happy|glad|keen|delighted))\b|\b(?:happy|glad) to\b|\blet me know\b/i;

/**
 * The body sentences no edit of this pass can remove or reword, one per line: those without a
 * finding that is pushy, boasts, fills or comes with a replacement.
 */
function untouchedText(a: Analysis, findings: readonly Finding[]): string {
  const touched = new Uint8Array(a.sentences.length);
  for (const f of findings) {
    const editable =
      f.replacement !== undefined ||
      f.rule === 'sender-opener' ||
      BOASTS.has(f.rule) ||
      rulesById.get(f.rule)?.category === 'pushy';
    if (!editable) continue;
    const i = sentenceIndexAt(a, f.start);
    if (i >= 0)
      for (
        let j = i;
        j < a.sentences.length && a.sentences[j]!.start < Math.max(f.end, f.start + 1);
        j++
      )
        touched[j] = 1;
  }
  return a.sentences
    .filter((_, i) => touched[i] === 0)
    .map((s) => s.text)
    .join('\n');
}

function planEdits(
  a: Analysis,
  findings: readonly Finding[],
  context: CoachContext,
  emptied: boolean,
): Edit[] {
  const candidates: Edit[] = [];
  const doomed = new Map<number, string>(); // sentence index -> rule
  let optOut: Finding | undefined;
  const indexOf = (s: Sentence): number => a.sentences.indexOf(s);
  const { specific: asks, vague } = asksOf(a);
  // a sentence may go whole when each of its names, numbers and links stays in the message: in the
  // greeting or signature, or in a sentence no finding touches ("After Friday, …" goes when
  // "The inspection is on Friday." stays)
  // (not a sentence another finding rewords: "I'll hit print Monday, unless you stop me" keeps
  // its ask as "If it suits you, I can hit print Monday")
  const steady = untouchedText(a, findings);
  const reworded = new Set<Sentence | undefined>();
  for (const f of findings) if (f.replacement) reworded.add(sentenceAt(a, f.start));
  const goesWhole = (t: string, s: Sentence): boolean =>
    keepsProtected(a, t, '') ||
    (!reworded.has(s) &&
      !asks.includes(indexOf(s)) &&
      !vague.includes(indexOf(s)) &&
      !OFFERS_TALK.test(s.text) &&
      keepsProtected(a, t, steady));
  for (const f of findings) {
    if (f.rule === 'opt-out-missing') {
      optOut = f;
      continue;
    }
    const rule = rulesById.get(f.rule);
    const pushy = rule?.category === 'pushy';
    const s = sentenceAt(a, f.start);
    let usable = false;
    // a bump or tracking remark with nothing worth keeping goes whole, rather than reworded (a
    // sentence naming something, even what is named elsewhere, is reworded when it can be)
    const deletable =
      EMPTY_ASKS.has(f.rule) &&
      s !== undefined &&
      f.end <= s.end &&
      keepsProtected(a, withoutCounts(s.text), '');
    if (f.replacement !== undefined && deletable && !referredTo(a, s)) {
      doomed.set(indexOf(s), f.rule);
      continue;
    }
    const carried =
      EMPTY_ASKS.has(f.rule) && s !== undefined && f.end <= s.end
        ? carryVocative(a, indexOf(s), f.rule)
        : undefined;
    if (carried) {
      candidates.push(carried);
      continue;
    }
    if (f.replacement !== undefined) {
      const before = a.text.slice(f.start, f.end);
      if (before !== f.replacement && keepsProtected(a, before, f.replacement)) {
        if (f.replacement === '' && s && wholeSentence(s, f.start, f.end, a.text)) {
          if (goesWhole(s.text, s)) doomed.set(indexOf(s), f.rule);
        } else {
          candidates.push(
            tidy(a, {
              rule: f.rule,
              start: f.start,
              end: f.end,
              after: f.replacement,
              priority: pushy ? 2 : 1,
            }),
          );
        }
        usable = true;
      }
    }
    if (usable || !s || f.end > s.end) continue;
    const filler =
      (f.rule === 'sender-opener' && FILLER.test(s.text)) ||
      (BOASTS.has(f.rule) && !QUESTION_END.test(s.text));
    if (!pushy && !filler) continue;
    const i = indexOf(s);
    // never delete the draft's only ask (cut the pushy clause instead), unless the ask is itself
    // the problem: a bump, a guilt trip, a tracking remark
    // ("Don't get left behind." is no ask worth keeping: the finding is most of it)
    const onlyAsk =
      asks.length === 1 &&
      asks[0] === i &&
      !EMPTY_ASKS.has(f.rule) &&
      !RHETORICAL.test(s.text) &&
      (f.end - f.start) * 2 < s.text.length;
    const carry = onlyAsk ? undefined : carryVocative(a, i, f.rule);
    const keeps = goesWhole(EMPTY_ASKS.has(f.rule) ? withoutCounts(s.text) : s.text, s);
    if (!onlyAsk && keeps) doomed.set(i, f.rule);
    else if (carry) candidates.push(carry);
    else if (pushy) {
      const c = clauseDeletion(a, s, f.start, f.end, f.rule);
      if (c) candidates.push(c);
      // an only "ask" that is no question ("don't wanna see you be the last ones") may go too
      else if (onlyAsk && !QUESTION_END.test(s.text) && goesWhole(s.text, s)) doomed.set(i, f.rule);
    }
  }
  // consecutive doomed sentences go as one block
  const order = [...doomed.keys()].sort((x, y) => x - y);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1] === order[j]! + 1) j++;
    const first = a.sentences[order[i]!]!;
    const last = a.sentences[order[j]!]!;
    candidates.push(sentenceDeletion(a, first, last, doomed.get(order[i]!)!));
    i = j + 1;
  }
  const chosen: Edit[] = [];
  // of overlapping edits the wider one goes first: it was written for the whole phrase
  candidates.sort(
    (x, y) => y.priority - x.priority || y.end - y.start - (x.end - x.start) || x.start - y.start,
  );
  for (const e of candidates) {
    if (chosen.some((c) => overlaps(c, e))) continue;
    chosen.push(e);
  }
  joinEdits(a, chosen);
  alsoOnRepeat(a, chosen);
  unglue(a.text, chosen);
  // The opt-out line goes in once the wording is settled, so it lands in the right place.
  if (chosen.length === 0 && optOut) chosen.push(optOutEdit(a, optOut, context, emptied));
  chosen.sort((x, y) => x.start - y.start || x.end - y.end);
  return chosen;
}

function applyEdits(
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

/**
 * Folds the edits of a later pass (in t1 coordinates) into changes against the original text.
 * Edits that touch an earlier change merge with it into one change.
 */
function compose(orig: string, c1: Change[], t1: string, e2: Edit[]): Change[] {
  // t1 segments of earlier changes
  const seg: { ts: number; te: number; delta: number }[] = [];
  let shift = 0;
  for (const c of c1) {
    const ts = c.start + shift;
    const te = ts + c.after.length;
    shift += c.after.length - (c.end - c.start);
    seg.push({ ts, te, delta: shift });
  }
  const toOrig = (p: number, side: 'start' | 'end'): number => {
    let delta = 0;
    for (let i = 0; i < c1.length; i++) {
      const s = seg[i]!;
      const c = c1[i]!;
      if (p < s.ts) break;
      if (s.ts === s.te) {
        if (p === s.ts) return side === 'start' ? c.end : c.start;
      } else {
        if (p === s.ts) return c.start;
        if (p < s.te) return side === 'start' ? c.start : c.end;
      }
      delta = s.delta;
    }
    return p - delta;
  };
  // union of overlapping items
  type Group = { c: number[]; e: number[] };
  const groups: Group[] = [];
  const owner = new Map<number, Group>();
  for (let j = 0; j < e2.length; j++) {
    const e = e2[j]!;
    let g: Group | undefined;
    for (let i = 0; i < c1.length; i++) {
      const s = seg[i]!;
      const touch =
        e.start === e.end
          ? s.ts < e.start && e.start < s.te
          : s.ts === s.te
            ? e.start < s.ts && s.ts < e.end
            : e.start < s.te && s.ts < e.end;
      if (!touch) continue;
      const other = owner.get(i);
      if (!g) {
        g = other ?? { c: [], e: [] };
        if (!other) groups.push(g);
      } else if (other && other !== g) {
        for (const k of other.c) owner.set(k, g);
        g.c.push(...other.c);
        g.e.push(...other.e);
        groups.splice(groups.indexOf(other), 1);
      }
      if (!g.c.includes(i)) g.c.push(i);
      owner.set(i, g);
    }
    if (!g) {
      g = { c: [], e: [] };
      groups.push(g);
    }
    g.e.push(j);
  }
  const t2 = applyEdits(t1, e2);
  const grow = (e: Edit): number => e.after.length - (e.end - e.start);
  const out: Change[] = [];
  for (let i = 0; i < c1.length; i++) if (!owner.has(i)) out.push(c1[i]!);
  for (const g of groups) {
    let os = Infinity;
    let oe = -Infinity;
    let t1s = Infinity;
    let t1e = -Infinity;
    const names: string[] = [];
    const notes: string[] = [];
    for (const i of g.c) {
      const c = c1[i]!;
      os = Math.min(os, c.start);
      oe = Math.max(oe, c.end);
      t1s = Math.min(t1s, seg[i]!.ts);
      t1e = Math.max(t1e, seg[i]!.te);
      for (const r of c.rule.split('+')) if (!names.includes(r)) names.push(r);
      if (c.note) notes.push(c.note);
    }
    for (const j of g.e) {
      const e = e2[j]!;
      const from = toOrig(e.start, 'start');
      os = Math.min(os, from);
      oe = Math.max(oe, e.start === e.end ? from : toOrig(e.end, 'end'));
      t1s = Math.min(t1s, e.start);
      t1e = Math.max(t1e, e.end);
      if (!names.includes(e.rule)) names.push(e.rule);
      if (e.note) notes.push(e.note);
    }
    if (g.c.length === 0) {
      const e = e2[g.e[0]!]!;
      const change: Change = {
        rule: e.rule,
        start: os,
        end: oe,
        before: orig.slice(os, oe),
        after: e.after,
      };
      if (e.note) change.note = e.note;
      out.push(change);
      continue;
    }
    let t2s = t1s;
    let inner = 0;
    for (let j = 0; j < e2.length; j++) {
      const e = e2[j]!;
      if (g.e.includes(j)) inner += grow(e);
      else if (e.end <= t1s) t2s += grow(e);
    }
    const change: Change = {
      rule: names.join('+'),
      start: os,
      end: oe,
      before: orig.slice(os, oe),
      after: t2.slice(t2s, t2s + (t1e - t1s) + inner),
    };
    if (notes.length) change.note = notes.join(' ');
    out.push(change);
  }
  out.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/** The changes as one change over the differing middle: the fallback if composing ever fails. */
function diffChange(orig: string, next: string): Change[] {
  if (orig === next) return [];
  let p = 0;
  while (p < orig.length && p < next.length && orig[p] === next[p]) p++;
  let s = 0;
  while (
    s < orig.length - p &&
    s < next.length - p &&
    orig[orig.length - 1 - s] === next[next.length - 1 - s]
  )
    s++;
  return [
    {
      rule: 'rewrite',
      start: p,
      end: orig.length - s,
      before: orig.slice(p, orig.length - s),
      after: next.slice(p, next.length - s),
    },
  ];
}

/**
 * Applies the accepted changes (indexes into `changes`) to the text they were made for.
 * A change whose `before` no longer matches the text is skipped.
 */
export function applyChanges(
  text: string,
  changes: readonly Change[],
  accepted?: readonly number[],
): string {
  const pick = (accepted ?? changes.map((_c, i) => i))
    .filter((i) => Number.isInteger(i) && i >= 0 && i < changes.length)
    .map((i) => changes[i]!)
    .filter(
      (c) =>
        c.start >= 0 &&
        c.end <= text.length &&
        c.start <= c.end &&
        text.slice(c.start, c.end) === c.before,
    )
    .sort((x, y) => x.start - y.start || x.end - y.end);
  const edits: { start: number; end: number; after: string }[] = [];
  let last = -1;
  for (const c of pick) {
    if (c.start < last) continue; // overlapping: keep the first
    edits.push({ start: c.start, end: c.end, after: c.after });
    last = c.end;
  }
  // a removal picked on its own can leave the spaces on both its sides ("applies.  If the…")
  let out = '';
  let at = 0;
  for (let i = 0; i < edits.length; i++) {
    const e = edits[i]!;
    out += text.slice(at, e.start) + e.after;
    at = e.end;
    const next = edits[i + 1]?.start === at ? edits[i + 1]!.after[0] : text[at];
    if (e.after === '' && e.start < e.end && out.endsWith(' ') && next === ' ')
      out = out.slice(0, -1);
  }
  return out + text.slice(at);
}

/** The input's protected tokens no longer in the text (in any case): let go by an earlier pass. */
function goneFrom(input: string, text: string): ReadonlySet<string> {
  const lower = text.toLowerCase();
  return new Set(protectedTokens(input).filter((t) => !lower.includes(t.toLowerCase())));
}

/** Rewrites a draft: softer, shorter, about the reader, with a graceful way out. */
export function rewrite(text: string, context: CoachContext = {}): RewriteResult {
  const input = typeof text === 'string' ? text : '';
  const ctx = context ?? {};
  // the input is analysed once: for its score, the first pass and the optional removals
  const a0 = analyseDraft(input, ctx);
  const first = checkAnalysis(a0);
  let current = input;
  // what every pass must keep: the input's names, numbers and links (a count of tries may go)
  const kept = withoutCounts(input);
  let changes: Change[] = [];
  let last = first;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const a = pass === 0 ? a0 : analyseDraft(current, ctx);
    const res = pass === 0 ? first : checkAnalysis(a);
    let edits = planEdits(a, res.findings, ctx, a0.sentences.length > 0);
    if (edits.length === 0) {
      last = res;
      break;
    }
    let next = applyEdits(current, edits);
    // a later pass sees only the text so far: a shouted "KENYA" put in lower case by one pass may
    // look like no name to the next, which could then cut it. Every pass answers to the input:
    // an edit that would lose one of its names or numbers is left out.
    // (what an earlier pass already let go, judged in its sentence, is not asked for again)
    const gone = pass > 0 ? goneFrom(kept, current) : undefined;
    if (gone && !keepsTokens(kept, next, gone)) {
      const loses = (e: Edit): boolean => !keepsTokens(kept, applyEdits(current, [e]), gone);
      const lost = edits.filter(loses);
      edits = edits.filter((e) => !lost.includes(e));
      // nothing else to do in this pass: plan it again without those findings (the way out may
      // still go in)
      if (edits.length === 0) {
        const rest = res.findings.filter(
          (f) => !lost.some((e) => f.start < e.end && f.end > e.start),
        );
        edits = planEdits(a, rest, ctx, a0.sentences.length > 0).filter((e) => !loses(e));
      }
      if (edits.length === 0) break;
      next = applyEdits(current, edits);
      if (!keepsTokens(kept, next, gone)) break;
    }
    changes = compose(input, changes, current, edits);
    current = next;
    last = check(current, ctx);
  }
  const blank = current.trim() === '' && input.trim() !== '';
  if (blank) {
    // a draft with no greeting that was all pressure or boast: one easy question, not an empty box
    current = `${STILL_A_PRIORITY} ${optOutLineOf(ctx)}`;
    last = check(current, ctx);
  }
  if (applyChanges(input, changes) !== current) changes = diffChange(input, current);
  if (blank) for (const c of changes) c.note ??= NOTHING_LEFT;
  return {
    text: current,
    before: { score: first.score, flags: first.flags },
    after: { score: last.score, flags: last.flags },
    changes,
    optional: last.flags.pushy ? optionalRemovals(a0, first, changes, last) : [],
  };
}

const quoted = (t: string): string => `“${t}”`;
/** At most one space or joining mark between two tokens of one phrase ("9:42", "Castleford Retail"). */
const JOIN = /^[\s:./-]?$/;

/** The tokens as the phrases they stand in, in text order: neighbours joined ("Castleford Retail"). */
function phrasesOf(text: string, tokens: readonly string[]): string[] {
  const spans: [number, number][] = [];
  for (const t of new Set(tokens)) {
    for (let i = text.indexOf(t); i >= 0; i = text.indexOf(t, i + t.length))
      spans.push([i, i + t.length]);
  }
  spans.sort((x, y) => x[0] - y[0] || y[1] - x[1]);
  const out: string[] = [];
  let start = -1;
  let end = -1;
  for (const [from, to] of spans) {
    if (start >= 0 && (from <= end || JOIN.test(text.slice(end, from)))) end = Math.max(end, to);
    else {
      if (start >= 0) out.push(text.slice(start, end));
      start = from;
      end = to;
    }
  }
  if (start >= 0) out.push(text.slice(start, end));
  return out;
}

/**
 * Sentences still pushy after the rewrite, left alone because they hold a name, number or date
 * ("Our tracking shows the deck was opened 4 times on Monday"): each may be removed whole, as an
 * optional change that names what goes with it.
 */
function optionalRemovals(
  a: Analysis,
  first: CheckResult,
  changes: readonly Change[],
  last: CheckResult,
): Change[] {
  const input = a.text;
  const out: Change[] = [];
  const pushy = (f: Finding): boolean => rulesById.get(f.rule)?.category === 'pushy';
  const touches = (x: { start: number; end: number }, start: number, end: number): boolean =>
    x.start < end && x.end > start;
  let prev: Sentence | undefined;
  for (const f of first.findings) {
    if (!pushy(f)) continue;
    const s = sentenceAt(a, f.start);
    if (!s || s === prev || f.end > s.end) continue;
    prev = s;
    // the rewrite changed the sentence only inside it, if at all (a clause cut beside a threat it
    // had to leave: the whole sentence, when ticked, goes instead of the cut)…
    const inside = (c: Change): boolean => c.start >= s.start && c.end <= s.end;
    if (changes.some((c) => touches(c, s.start, s.end) && !inside(c))) continue;
    let shift = 0;
    let grown = 0;
    for (const c of changes) {
      const delta = c.after.length - (c.end - c.start);
      if (c.end <= s.start) shift += delta;
      else if (touches(c, s.start, s.end)) grown += delta;
    }
    const at = s.start + shift;
    // …and it is still pushy there
    const len = s.text.length + grown;
    if (!last.findings.some((g) => pushy(g) && g.start >= at && g.start < at + len)) continue;
    const e = sentenceDeletion(a, s, s, f.rule);
    // the spaces before it may already have gone with the sentence before ("… decision. I saw…")
    // …or the spaces after it, with the sentence after
    for (const c of changes) {
      if (c.end > e.start && c.end <= s.start && c.after === '') e.start = c.end;
      if (c.start < e.end && c.start >= s.end && c.after === '') e.end = c.start;
    }
    // (an insertion where it ends, such as the opt-out line, stays: it lands after the gap)
    if (changes.some((c) => touches(c, e.start, e.end) && !inside(c))) continue;
    const goes = [...new Set(phrasesOf(s.text, protectedTokens(s.text)))];
    out.push({
      rule: f.rule,
      start: e.start,
      end: e.end,
      before: input.slice(e.start, e.end),
      after: '',
      note: goes.length
        ? `removes the whole sentence, and with it ${goes.map(quoted).join(', ')}`
        : 'removes the whole sentence',
    });
  }
  return out;
}

/** Which edits one pass of the rewrite makes, from the findings of that pass. */
import { READER } from '../lexicon';
import { sentenceAt, sentenceIndexAt } from '../analyse';
import { asksOf } from '../asks';
import { withoutCounts } from '../protect';
import { rulesById } from '../rules';
import { type Edit, keepsProtected, overlaps } from './edit';
import { alsoOnRepeat, joinEdits, tidy, unglue } from './settle';
import { carryVocative, clauseDeletion, sentenceDeletion } from './deletions';
import { optOutEdit } from './opt-out';
import type { Analysis, CoachContext, Finding, Sentence } from '../types';

const ONLY_MARKS = /^[\s.!?…]*$/;

const QUESTION_END = /\?[\s"')\]”’]*$/;

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
const FILLER =
  /^(?:(?:i|we) (?:just )?(?:wanted|want|would like|'d like|’d like|thought i'd|thought i’d) to (?:reach out|introduce (?:myself|ourselves)|touch base|check in|connect|say hi|say hello|get in touch|drop you a (?:line|note))\b[^.?!]{0,20}|(?:i'm|i’m|i am) (?:just )?(?:reaching out|writing|getting in touch)(?: to you)?|(?:just )?a quick (?:note|intro|introduction)|i hope you don't mind (?:me )?(?:reaching out|writing|the message|the note))[.!]*$/i;

/** Is [start, end) the whole sentence but its final punctuation? */
function wholeSentence(s: Sentence, start: number, end: number, text: string): boolean {
  if (start > s.start) return false;
  const rest = text.slice(end, s.end);
  return ONLY_MARKS.test(rest);
}

/** The next sentence of the paragraph points back at this one ("It drops to $40…"). */
const BACK_REFERENCE =
  /^(?:it|its|it's|it’s|this|that|these|those|they|their|them)\b|^(?:that|this) (?:[\w-]+ )?(?:is|was) (?:why|how)\b/i;

function referredTo(a: Analysis, s: Sentence): boolean {
  const next = a.sentences[a.sentences.indexOf(s) + 1];
  return next !== undefined && next.paragraph === s.paragraph && BACK_REFERENCE.test(next.text);
}

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

/** The edits of one pass, in the coordinates of a.text, sorted and non-overlapping. */
export function planEdits(
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
      (BOASTS.has(f.rule) &&
        !QUESTION_END.test(s.text) &&
        // (session 32 review) "…and two of them cover the churn problem you mentioned", or "We have
        // a fantastic team. They will look after your move": the sentence says more than the boast
        !READER.test(s.text) &&
        !referredTo(a, s));
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

/**
 * One-click rewrite, deterministic and offline: applies the rules' replacements, deletes pushy
 * sentences that have no safe rewording, adds the opt-out line. Never loses a protected token
 * (link, number, name), never touches the signature or quoted text, and is idempotent.
 * Every change is listed against the original text so the UI can accept or reject each one.
 * The parts: rewrite/plan.ts chooses a pass's edits (rewrite/deletions.ts, rewrite/settle.ts,
 * rewrite/opt-out.ts), rewrite/changes.ts folds the passes into changes, rewrite/optional.ts lists
 * the removals left for the user to tick.
 */
import { analyseDraft, check, checkAnalysis } from './check';
import { keepsProtected as keepsTokens, protectedTokens, withoutCounts } from './protect';
import { type Edit, applyEdits } from './rewrite/edit';
import { NOTHING_LEFT, STILL_A_PRIORITY, optOutLineOf } from './rewrite/opt-out';
import { applyChanges, compose, diffChange } from './rewrite/changes';
import { optionalRemovals } from './rewrite/optional';
import { HAS_ITEM, renumberEdits } from './rewrite/lists';
import { planEdits } from './rewrite/plan';
import type { Change, CoachContext, RewriteResult } from './types';

const MAX_PASSES = 6;

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
  // a numbered list that lost items is numbered 1, 2, 3 again
  if (current !== input && HAS_ITEM.test(current)) {
    const renumber = renumberEdits(input, a0.bodyEnd, current, analyseDraft(current, ctx).bodyEnd);
    const next = applyEdits(current, renumber);
    if (renumber.length > 0 && keepsTokens(kept, next, goneFrom(kept, current))) {
      changes = compose(input, changes, current, renumber);
      current = next;
      last = check(current, ctx);
    }
  }
  const blank = current.trim() === '' && input.trim() !== '';
  if (blank) {
    // a draft with no greeting that was all pressure or boast: one easy question, not an empty box
    current = `${STILL_A_PRIORITY} ${optOutLineOf(ctx, input)}`;
    last = check(current, ctx);
  }
  if (applyChanges(input, changes) !== current) changes = diffChange(input, current);
  if (blank) for (const c of changes) c.note ??= NOTHING_LEFT;
  return {
    text: current,
    before: { score: first.score, flags: first.flags },
    after: { score: last.score, flags: last.flags },
    changes,
    optional: last.flags.pushy ? optionalRemovals(input, a0, first, changes, last) : [],
  };
}

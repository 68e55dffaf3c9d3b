/** Optional removals: pushy sentences the rewrite left because they hold a name, number or date. */
import { sentenceAt } from '../analyse';
import { protectedTokens } from '../protect';
import { rulesById } from '../rules';
import { sentenceDeletion } from './deletions';
import type { Analysis, Change, CheckResult, Finding, Sentence } from '../types';

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
 * optional change that names what goes with it. `input` is the draft as typed (`a.text` reads its
 * no-break spaces as spaces), so each change applies to what the user has.
 */
export function optionalRemovals(
  input: string,
  a: Analysis,
  first: CheckResult,
  changes: readonly Change[],
  last: CheckResult,
): Change[] {
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

/**
 * Numbered lists the rewrite shortened, numbered again: when "2. Just checking in on this." goes,
 * "3. Setup takes a day." becomes "2. Setup takes a day.".
 */
import { listNumber } from '../protect';
import type { Edit } from './edit';

/** A line opening with a number and "." or ")": a list item if protect.ts's listNumber agrees. */
const ITEM = /^([ \t]*)(\d{1,2})[.)][ \t]/gm;
/** Any numbered line at all: most drafts have none, and then nothing more is done. */
export const HAS_ITEM = /^[ \t]*\d{1,2}[.)][ \t]/m;

interface Item {
  /** offset of the number */
  at: number;
  n: number;
  len: number;
  indent: string;
}

/**
 * The numbered items of text[0, end) (the body: never the signature or quoted history), in runs:
 * a new run starts where the indent changes or the number does not rise.
 */
function runsOf(text: string, end: number): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  ITEM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ITEM.exec(text)) !== null && m.index < end) {
    const at = m.index + m[1]!.length;
    if (!listNumber(text, at, m[2]!.length)) continue;
    const item = { at, n: Number(m[2]), len: m[2]!.length, indent: m[1]! };
    const prev = run[run.length - 1];
    if (prev && (item.n <= prev.n || item.indent !== prev.indent)) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Edits of `text` (the rewrite so far) that number its lists again where the rewrite took items
 * out. Each list of the text is matched with the input's list in the same place (the same count of
 * lists, the same indent); only a list the input numbered without gaps, whose surviving numbers
 * are a subset of the input's, is closed up. A list that skips numbers on purpose, goes on after a
 * paragraph, or lost all its items (the lists no longer pair up) is left as written.
 */
export function renumberEdits(
  input: string,
  inputEnd: number,
  text: string,
  textEnd: number,
): Edit[] {
  const before = runsOf(input, inputEnd);
  const after = runsOf(text, textEnd);
  if (before.length !== after.length) return [];
  const edits: Edit[] = [];
  after.forEach((run, r) => {
    const was = before[r]!;
    const first = was[0]!.n;
    if (run[0]!.indent !== was[0]!.indent) return;
    if (!was.every((item, k) => item.n === first + k)) return;
    const had = new Set(was.map((item) => item.n));
    if (!run.every((item) => had.has(item.n))) return;
    run.forEach((item, k) => {
      if (item.n === first + k) return;
      edits.push({
        rule: 'list-numbers',
        start: item.at,
        end: item.at + item.len,
        after: String(first + k),
        priority: 0,
        note: 'Numbered again after an item went.',
      });
    });
  });
  return edits;
}

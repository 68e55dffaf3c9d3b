/**
 * Numbered lists the rewrite shortened, numbered again: when "2. Just checking in on this." goes,
 * "3. Setup takes a day." becomes "2. Setup takes a day.".
 */
import type { Edit } from './edit';

/** A list item's number opening a line: "2. ", "  3) ". */
const ITEM = /^([ \t]*)(\d{1,2})([.)])[ \t]/gm;

interface Item {
  /** offset of the number */
  at: number;
  n: number;
  len: number;
}

/** The text's numbered items, in runs of rising numbers (a number not above the last starts a new list). */
function runsOf(text: string): Item[][] {
  const runs: Item[][] = [];
  let run: Item[] = [];
  ITEM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ITEM.exec(text)) !== null) {
    const item = { at: m.index + m[1]!.length, n: Number(m[2]), len: m[2]!.length };
    if (run.length > 0 && item.n <= run[run.length - 1]!.n) {
      runs.push(run);
      run = [];
    }
    run.push(item);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Edits of `text` (the rewrite so far) that number its lists 1, 2, 3 again where the rewrite took
 * items out: only numbers the input had as items and the text no longer has are closed up, so a
 * list that skips numbers on purpose, or goes on after a paragraph, is left as written.
 */
export function renumberEdits(input: string, text: string): Edit[] {
  const had = new Set(runsOf(input).flatMap((r) => r.map((i) => i.n)));
  const runs = runsOf(text);
  const has = new Set(runs.flatMap((r) => r.map((i) => i.n)));
  const gone = (n: number): boolean => had.has(n) && !has.has(n);
  const edits: Edit[] = [];
  for (const run of runs) {
    let start = run[0]!.n;
    while (start > 1 && gone(start - 1)) start--;
    // every number skipped, before or inside the run, must be an item the rewrite took out
    const numbers = new Set(run.map((item) => item.n));
    const skipped: number[] = [];
    for (let n = start; n < run[run.length - 1]!.n; n++) if (!numbers.has(n)) skipped.push(n);
    if (skipped.length === 0 || !skipped.every(gone)) continue;
    run.forEach((item, k) => {
      const n = start + k;
      if (n !== item.n)
        edits.push({
          rule: 'list-numbers',
          start: item.at,
          end: item.at + item.len,
          after: String(n),
          priority: 0,
          note: 'Numbered again after an item went.',
        });
    });
  }
  return edits;
}

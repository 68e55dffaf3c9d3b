/**
 * The draft cut into pieces for highlighting: every finding's range is marked even where ranges
 * overlap (a shouted word inside an ultimatum), each piece listing the findings that cover it.
 */
export interface Piece {
  start: number;
  end: number;
  /** Indices of the findings covering this piece, in finding order; empty: plain text. */
  covers: number[];
}

export function pieces(length: number, ranges: readonly { start: number; end: number }[]): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const r of ranges) {
    if (r.end <= r.start) continue;
    cuts.add(Math.max(0, Math.min(length, r.start)));
    cuts.add(Math.max(0, Math.min(length, r.end)));
  }
  const at = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let k = 0; k + 1 < at.length; k++) {
    const start = at[k]!;
    const end = at[k + 1]!;
    const covers: number[] = [];
    ranges.forEach((r, i) => {
      if (r.end > r.start && r.start <= start && r.end >= end) covers.push(i);
    });
    out.push({ start, end, covers });
  }
  return out;
}

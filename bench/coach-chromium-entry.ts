// Bundled by scripts/bench-coach-chromium.ts (esbuild, IIFE) and run in a real Chromium page: the
// coach against write-good and alex on the same drafts, in the engine the extension runs in.
// Never part of the extension.
import { check } from '../lib/coach/index';
// @ts-expect-error write-good ships no types
import writeGood from 'write-good';
import { text as alexText } from 'alex';

type Fn = (d: string) => unknown;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

/**
 * One sample is one pass over every text (each check a different text), as milliseconds per text:
 * a page's timer is too coarse (0.1 ms, or 5 µs when isolated) to time one check alone.
 */
function passes(fn: Fn, texts: string[], n: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = performance.now();
    for (const d of texts) fn(d);
    out.push((performance.now() - t) / texts.length);
  }
  return out;
}

/** Interleaved rounds, so load on the machine affects the three alike; ratios per round. */
function compare(texts: string[], rounds: number) {
  passes(check, texts, 30);
  passes(writeGood as Fn, texts, 5);
  passes(alexText, texts, 1);
  const c: number[] = [];
  const w: number[] = [];
  const a: number[] = [];
  const vsWriteGood: number[] = [];
  const vsAlex: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const cr = passes(check, texts, 10);
    const wr = passes(writeGood as Fn, texts, 3);
    c.push(...cr);
    w.push(...wr);
    vsWriteGood.push(median(wr) / median(cr));
    if (r % 4 === 0) {
      const ar = passes(alexText, texts, 1);
      a.push(...ar);
      vsAlex.push(median(ar) / median(cr));
    }
  }
  return {
    checkMs: median(c),
    writeGoodMs: median(w),
    alexMs: median(a),
    speedup: { writeGood: median(vsWriteGood), alex: median(vsAlex) },
  };
}

export function run(drafts: string[], typing: string[]) {
  return {
    timerResolutionMs: (() => {
      let least = Infinity;
      for (let i = 0; i < 200; i++) {
        const t = performance.now();
        let u = performance.now();
        while (u === t) u = performance.now();
        least = Math.min(least, u - t);
      }
      return least;
    })(),
    // write-good's suggestions, to show it does the same work here as in Node
    writeGoodSuggestions: drafts.reduce((n, d) => n + (writeGood(d) as unknown[]).length, 0),
    eachADifferentDraft: compare(drafts, 12),
    asTyped: compare(typing.slice(0, 20 * 10), 6),
  };
}

/** Changes against the original text: composing passes, and applying the ones the user accepts. */
import { type Edit, applyEdits } from './edit';
import type { Change } from '../types';

/**
 * Folds the edits of a later pass (in t1 coordinates) into changes against the original text.
 * Edits that touch an earlier change merge with it into one change.
 */
export function compose(orig: string, c1: Change[], t1: string, e2: Edit[]): Change[] {
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
        if (p === s.ts) {
          if (side === 'end') return c.start;
          // several deletions that closed up at one point: after the last of them
          let last = i;
          while (last + 1 < c1.length && seg[last + 1]!.ts === p && seg[last + 1]!.te === p) last++;
          return c1[last]!.end;
        }
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
export function diffChange(orig: string, next: string): Change[] {
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

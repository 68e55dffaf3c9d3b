/** Where the n-th word of the body starts. */
import { isWordCharAt } from './analyse';
import type { Analysis } from './types';

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 0x2028 || c === 0x2029;
}

/** Offset of the start of the n-th word (1-based) of the body, or -1 when there are fewer. */
export function wordStart(a: Analysis, n: number): number {
  let seen = 0;
  for (const s of a.sentences) {
    if (seen + s.words < n) {
      seen += s.words;
      continue;
    }
    // the same words analyse() counts: runs of non-space holding a letter or digit
    const t = s.text;
    let i = 0;
    while (i < t.length) {
      while (i < t.length && isSpaceCode(t.charCodeAt(i))) i++;
      const from = i;
      let wordish = false;
      while (i < t.length && !isSpaceCode(t.charCodeAt(i))) {
        if (isWordCharAt(t, i)) wordish = true;
        i++;
      }
      if (wordish && ++seen === n) return s.start + from;
    }
    return -1;
  }
  return -1;
}

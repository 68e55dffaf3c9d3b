/**
 * Which contacts to offer for "Same person as": the likely ones first (they share a word of the
 * name: "Dana Whitfield" by email and on LinkedIn), narrowed by what the user types, and only
 * so many at once, so the picker stays usable with hundreds of contacts.
 */

export interface Candidate {
  id: string;
  name: string;
}

/** A contact merged into the one shown, directly or through another (`via`). */
export interface MergedContact extends Candidate {
  via?: Candidate;
}

/** How many the picker lists at once; typing narrows the rest. */
export const SHOWN = 30;

const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const SPLIT = /[^\p{L}\p{N}]+/u;

/** Lower case, without accents: "José" and "jose" are the same word. */
function fold(s: string): string {
  // ("O'Brien" is one word, "obrien", typed with or without the apostrophe)
  return s.normalize('NFD').replace(MARKS, '').replace(APOSTROPHES, '').toLowerCase();
}

function wordsOf(s: string): string[] {
  return fold(s)
    .split(SPLIT)
    .filter((w) => w.length > 1);
}

/**
 * The candidates for `self` that match `query` (every word typed starts a word of the name, or
 * is found in the address), those sharing most name words with `self` first, then by name.
 */
export function rankCandidates(
  self: Candidate,
  all: readonly Candidate[],
  query: string,
  limit: number = SHOWN,
): { shown: Candidate[]; total: number; likely: Set<string> } {
  const own = new Set(wordsOf(self.name));
  // what was typed, word by word: part of an address ("acme.com") or the start of a name word
  const asked = fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((q) => ({ q, word: q.split(SPLIT).find(Boolean) ?? '' }));
  const scored: { c: Candidate; shared: number }[] = [];
  for (const c of all) {
    if (c.id === self.id) continue;
    const words = wordsOf(c.name);
    const id = fold(c.id);
    const matches = ({ q, word }: (typeof asked)[number]) =>
      id.includes(q) || (word !== '' && words.some((w) => w.startsWith(word)));
    if (!asked.every(matches)) continue;
    scored.push({ c, shared: words.filter((w) => own.has(w)).length });
  }
  scored.sort((x, y) => y.shared - x.shared || x.c.name.localeCompare(y.c.name));
  const likely = new Set(scored.filter((s) => s.shared > 0).map((s) => s.c.id));
  return { shown: scored.slice(0, limit).map((s) => s.c), total: scored.length, likely };
}

// The drafts every speed comparison uses, in Node (scripts/bench-coach.mjs) and in Chromium
// (scripts/bench-coach-chromium.ts): ~135-word drafts made of our labelled follow-ups, signatures
// dropped, and the same drafts as typed (the last keystrokes of each, in order).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Drafts of at least 125 words, each made of consecutive follow-ups of tests/data/followups.jsonl. */
export function speedDrafts(root: string): string[] {
  const rows = readFileSync(join(root, 'tests/data/followups.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string });
  const drafts: string[] = [];
  let current = '';
  for (const r of rows) {
    const body = r.text.replace(/\n\n[^\n]{1,30},?\n[^\n]*\s*$/, '');
    current += (current ? '\n\n' : '') + body;
    if (current.split(/\s+/).length >= 125) {
      drafts.push(current);
      current = '';
    }
  }
  return drafts;
}

/** The last `keystrokes` states of each draft as it is typed, in typing order. */
export function typingOf(drafts: string[], keystrokes: number): string[] {
  return drafts.flatMap((d) =>
    Array.from({ length: keystrokes }, (_, k) => d.slice(0, d.length - keystrokes + 1 + k)),
  );
}

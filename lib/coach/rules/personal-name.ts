import { defineRule, type Hit } from '../rule';

// regexes used inside functions, compiled once at module load
const R1 = /\s+/;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}

/** Their name is known but not used (P10). */
export const personalName = defineRule({
  id: 'personal-name',
  category: 'context',
  weight: 3,
  principle: 'P10',
  explanation:
    'Be personal: use their name. A message that could have gone to anyone reads like a sequence, not a note from a person.',
  message: 'Use their name.',
  find(a) {
    const hits: Hit[] = [];
    const name = a.context.contact?.name?.trim();
    if (!name) return hits;
    const first = name.split(R1)[0]!.toLowerCase();
    if (first.length < 2 || first.includes('@')) return hits;
    const body = a.body.toLowerCase();
    let at = body.indexOf(first);
    while (at >= 0) {
      if (!isLetter(body[at - 1]) && !isLetter(body[at + first.length])) return hits;
      at = body.indexOf(first, at + 1);
    }
    hits.push({ start: 0, end: 0, message: `Use their name (${name.split(/\s+/)[0]}).` });
    return hits;
  },
});

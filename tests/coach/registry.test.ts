import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as cues from '../../lib/coach/cues/index';
import { gated, patternOf } from '../../lib/coach/gated';
import { curlyToo } from '../../lib/coach/lexicon';
import { rules } from '../../lib/coach/rules';

const here = dirname(fileURLToPath(import.meta.url));
const rulesDir = join(here, '../../lib/coach/rules');
const files = readdirSync(rulesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();

describe('rule registry', () => {
  it('lists every rule file exactly once', () => {
    expect(rules.map((r) => r.id).sort()).toEqual(files);
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
  });

  it('has at least 30 rules covering every category', () => {
    expect(rules.length).toBeGreaterThanOrEqual(30);
    const categories = new Set(rules.map((r) => r.category));
    for (const c of [
      'pushy',
      'self-centred',
      'value',
      'opt-out',
      'ask',
      'length',
      'readability',
      'context',
    ])
      expect(categories).toContain(c);
  });

  for (const id of files) {
    it(`${id}: file name is the id, exports the rule, and has a table test`, async () => {
      const mod = (await import(join(rulesDir, `${id}.ts`))) as Record<string, { id?: string }>;
      const exported = Object.values(mod).filter(
        (v) => typeof v === 'object' && v !== null && 'id' in v,
      );
      expect(exported.map((r) => r.id)).toContain(id);
      expect(rules.find((r) => r.id === id)).toBe(exported.find((r) => r.id === id));
      expect(existsSync(join(here, 'rules', `${id}.test.ts`))).toBe(true);
    });
  }

  it('gives every rule a principle and a plain explanation', () => {
    for (const r of rules) {
      expect(r.principle, r.id).toMatch(/^P(?:[1-9]|10)$/);
      expect(r.explanation.length, r.id).toBeGreaterThan(40);
    }
  });

  it('cites the studies behind the length and question thresholds', () => {
    const text = (id: string) => rules.find((r) => r.id === id)!.explanation;
    expect(text('word-count')).toMatch(/Boomerang/);
    expect(text('word-count')).toMatch(/Lavender/);
    expect(text('linkedin-length')).toMatch(/400 characters/);
    expect(text('question-count')).toMatch(/Boomerang/);
    expect(text('reading-grade')).toMatch(/53%/);
  });

  it('keeps every character class of a cue whole when it adds the curly apostrophe', () => {
    const lists = Object.values(cues) as (readonly (readonly [string, string])[])[];
    for (const list of lists)
      for (const [, source] of list) expect(nestedClasses(curlyToo(source))).toEqual([]);
    // the check can fail: the old way, "'" -> "['’]" everywhere, nests a class in "[\w'-]"
    expect(nestedClasses("[\\w'-]".replace(/'/g, "['’]"))).not.toEqual([]);
  });
});

describe('patternOf: rules name their special patterns by an example, not a position', () => {
  const g = gated('t', [
    ['spots', '\\bspots left\\b'],
    ['gone', "\\bbefore they're gone\\b"],
    ['gone', '\\bgone\\b'],
  ]);
  it('finds the first pattern that matches the whole example', () => {
    expect(patternOf(g, "before they're gone")).toBe(1);
    expect(patternOf(g, 'before they’re gone')).toBe(1);
    expect(patternOf(g, 'gone')).toBe(2);
  });
  it('throws when no pattern matches the whole example', () => {
    expect(() => patternOf(g, 'spots left now')).toThrow(/no pattern/);
  });
  it('no rule file counts pattern positions by hand', () => {
    for (const f of files) {
      const text = readFileSync(join(rulesDir, `${f}.ts`), 'utf8');
      const counted = [...text.matchAll(/^const ([A-Z_]+) = \d+;/gm)].map((m) => m[1]!);
      // a number compared with a pattern's index k is a position counted by hand
      const compared = counted.filter((c) => new RegExp(`\\bk [=<>!]+ ${c}\\b`).test(text));
      expect(compared, f).toEqual([]);
    }
  });
});

/** Unescaped "[" met inside a character class: a class ended early by a nested one. */
function nestedClasses(source: string): number[] {
  const at: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      if (inClass) at.push(i);
      inClass = true;
    } else if (c === ']') inClass = false;
  }
  return at;
}

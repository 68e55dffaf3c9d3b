import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** DESIGN.md, "Layout and house style": enforced here so it stays true. */
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

const libFiles = walk('lib').filter((f) => f.endsWith('.ts'));
const testText = walk('tests')
  .filter((f) => /\.(test|fixtures?)\.tsx?$|fixtures\.ts$/.test(f) || f.endsWith('.test.ts'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('layout', () => {
  it('no dead modules: every lib/ file is imported by a test or by another lib/ file', () => {
    const libText = libFiles.map((f) => readFileSync(f, 'utf8')).join('\n');
    const dead = libFiles
      .filter((f) => !/\/index\.ts$/.test(f))
      .filter((f) => {
        const mod = relative('.', f).replace(/\.ts$/, '');
        const base = mod.split('/').pop()!;
        const imported = (text: string) =>
          text.includes(`${mod}'`) || new RegExp(`from '[./@a-z-]*/${base}'`).test(text);
        return !imported(testText) && !imported(libText);
      });
    expect(dead).toEqual([]);
  });

  it('entrypoints only wire: no entrypoint file is long', () => {
    const long = walk('entrypoints')
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => [f, readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, n]) => n > 260);
    expect(long).toEqual([]);
  });

  it('components never call browser APIs or touch the database', () => {
    for (const f of walk('components')) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\b(browser|chrome)\.\w+/);
      expect(text, f).not.toMatch(/from '(dexie|wxt\/browser)'/);
      expect(text, f).not.toMatch(/dangerouslySetInnerHTML|innerHTML/);
    }
  });

  it('mail content is never written as HTML anywhere in the product', () => {
    for (const f of [...walk('lib'), ...walk('entrypoints'), ...walk('components')].filter((x) =>
      /\.tsx?$/.test(x),
    )) {
      expect(readFileSync(f, 'utf8'), f).not.toMatch(
        /\.innerHTML\s*=|dangerouslySetInnerHTML|insertAdjacentHTML|outerHTML\s*=/,
      );
    }
  });
});

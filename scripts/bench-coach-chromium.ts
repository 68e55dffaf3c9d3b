// Speed of the draft coach in real Chromium, the engine the extension runs in, against write-good
// and alex on the same drafts in the same page (the Node figures are in scripts/bench-coach.mjs).
// Run: npx tsx scripts/bench-coach-chromium.ts   Writes bench-results/coach-chromium.json.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';
import { speedDrafts, typingOf } from '../bench/speed-drafts.ts';

const root = resolve(import.meta.dirname, '..');
const require = createRequire(resolve(root, 'package.json'));
const drafts: string[] = speedDrafts(root);
const typing: string[] = typingOf(drafts, 10);

const bundle = await build({
  entryPoints: ['bench/coach-chromium-entry.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'CoachBench',
  platform: 'browser',
  write: false,
  minify: true,
  alias: { '@': '.' },
  define: { 'import.meta.env.MANIFEST_VERSION': '3', 'import.meta.env.BROWSER': '"chrome"' },
  logLevel: 'error',
});

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const page = await browser.newPage();
// Cross-origin isolated, for the page's finest timer.
await page.route('https://bench.crickets.test/**', (route) =>
  route.fulfill({
    contentType: 'text/html',
    headers: {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
    },
    body: '<!doctype html><title>coach bench</title>',
  }),
);
await page.goto('https://bench.crickets.test/');
// write-good's lexical-illusions check assigns an undeclared `match`, which throws in a bundle's
// strict mode; a declared global lets it run unchanged (its output is compared with Node's below).
await page.evaluate(() => {
  (globalThis as Record<string, unknown>).match = undefined;
});
await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
type Bench = { run(d: string[], t: string[]): Promise<Record<string, unknown>> };
const results = await page.evaluate(
  (arg) => (globalThis as unknown as { CoachBench: Bench }).CoachBench.run(arg.d, arg.t),
  { d: drafts, t: typing },
);
const version = browser.version();
await browser.close();

const writeGood = require('write-good') as (t: string) => unknown[];
const inNode = drafts.reduce((n, d) => n + writeGood(d).length, 0);
if (results.writeGoodSuggestions !== inNode)
  throw new Error(
    `write-good found ${String(results.writeGoodSuggestions)} in Chromium, ${inNode} in Node`,
  );

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
const rounded = JSON.parse(
  JSON.stringify(results, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v)),
) as Record<string, unknown>;
const out = {
  chromium: version,
  date: new Date().toISOString(),
  drafts: drafts.length,
  ...rounded,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/coach-chromium.json', JSON.stringify(out, null, 2) + '\n');
type Row = {
  checkMs: number;
  writeGoodMs: number;
  alexMs: number;
  speedup: { writeGood: number; alex: number };
};
const line = (what: string, r: Row) =>
  `  ${what}: check() ${round(r.checkMs)} ms per draft; write-good ${round(r.writeGoodMs)} ms (${r.speedup.writeGood.toFixed(1)}x the coach's time); alex ${round(r.alexMs)} ms (${r.speedup.alex.toFixed(1)}x)`;
console.log(
  `Coach speed in Chromium ${version}, ${drafts.length} drafts (write-good output same as Node's):`,
);
console.log(line('each check a different draft', results.eachADifferentDraft as Row));
console.log(line('as typed', results.asTyped as Row));

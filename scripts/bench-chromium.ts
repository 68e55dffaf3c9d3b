// Speed in real Chromium: reading a 50-message Gmail thread, ingesting it, and the due list for
// 10,000 contacts / 100,000 messages, on real IndexedDB. Run: npx tsx scripts/bench-chromium.ts
import { build } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../tests/e2e/harness';

const bundle = await build({
  entryPoints: ['bench/chromium-entry.ts'],
  bundle: true,
  format: 'iife',
  globalName: 'CricketsBench',
  write: false,
  minify: true,
  alias: { '@': '.' },
  define: { 'import.meta.env.MANIFEST_VERSION': '3', 'import.meta.env.BROWSER': '"chrome"' },
});
const script = bundle.outputFiles[0]!.text;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
});
const page = await browser.newPage();
// A real https origin, so IndexedDB behaves as it does for the extension.
await page.route('https://bench.crickets.test/**', (route) =>
  route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>bench</title>' }),
);
await page.goto('https://bench.crickets.test/');
await page.addScriptTag({ content: script });
const html = readFileSync('tests/fixtures/gmail/long-thread.html', 'utf8');
const linkedIn = readFileSync('tests/fixtures/linkedin/messaging.html', 'utf8');
const articles = readdirSync('tests/fixtures/articles')
  .filter((f) => f.endsWith('.html'))
  .map((file) => ({
    file,
    url: `https://news.example.com/${file.replace('.html', '')}`,
    html: readFileSync(`tests/fixtures/articles/${file}`, 'utf8'),
  }));
type Bench = { run(h: string, l: string, a: typeof articles): Promise<unknown> };
const results = await page.evaluate(
  (arg) =>
    (globalThis as unknown as { CricketsBench: Bench }).CricketsBench.run(arg.h, arg.l, arg.a),
  { h: html, l: linkedIn, a: articles },
);
const version = browser.version();
await browser.close();

const file = 'bench-results/chromium.json';
// Keep the keystroke figures (scripts/bench-keystroke.ts writes them into the same file).
const previous = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Record<
  string,
  unknown
>;
const out = {
  chromium: version,
  date: new Date().toISOString(),
  ...(results as object),
  ...(previous.keystrokeToPanel ? { keystrokeToPanel: previous.keystrokeToPanel } : {}),
};
mkdirSync('bench-results', { recursive: true });
writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
console.log(JSON.stringify(out, null, 2));

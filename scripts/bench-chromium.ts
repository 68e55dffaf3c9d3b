// Speed in real Chromium: reading a 50-message Gmail thread, ingesting it, and the due list for
// 10,000 contacts / 100,000 messages, on real IndexedDB. Run: npx tsx scripts/bench-chromium.ts
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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
const results = await page.evaluate(
  (h) =>
    (
      globalThis as unknown as { CricketsBench: { run(h: string): Promise<unknown> } }
    ).CricketsBench.run(h),
  html,
);
const version = browser.version();
await browser.close();

const out = { chromium: version, date: new Date().toISOString(), ...(results as object) };
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/chromium.json', JSON.stringify(out, null, 2) + '\n');
console.log(JSON.stringify(out, null, 2));

// npm run demo: build the extension, open Chromium with it loaded on a local demo inbox.
// Gmail's pages are served from tests/fixtures at their real URLs; nothing touches the network.
// Without a display (no $DISPLAY on Linux), it runs headless and saves screenshots instead.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const ext = join(root, '.output/chrome-mv3');
const fixtures = join(root, 'tests/fixtures/gmail');

const browserPath = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
]
  .filter(Boolean)
  .find((p) => existsSync(p));
if (!browserPath) {
  console.error(
    'Crickets demo: no Chromium found. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH.',
  );
  process.exit(2);
}

console.log('Building the extension (wxt build)…');
execSync('npx wxt build', { cwd: root, stdio: 'inherit' });

const headless =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const context = await chromium.launchPersistentContext(
  mkdtempSync(join(tmpdir(), 'crickets-demo-')),
  {
    executablePath: browserPath,
    headless,
    viewport: null,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
);

// The demo inbox: these threads, in this order (the fixtures of the browser tests).
const DEMO = [
  'silent-after-three.html',
  'silent-second-thread.html',
  'replied.html',
  'out-of-office.html',
  'opt-out.html',
  'group-cc.html',
  'collapsed.html',
  'locale-de.html',
  'reply-box.html',
];
const threads = DEMO.filter((f) => existsSync(join(fixtures, f))).map((file) => {
  const html = readFileSync(join(fixtures, file), 'utf8');
  const id = /data-legacy-thread-id="([^"]+)"/.exec(html)?.[1];
  const subject = /<h2[^>]*class="hP"[^>]*>([^<]*)</.exec(html)?.[1] ?? file;
  return { id, file, subject };
});

// A tiny stand-in for Gmail's router: clicking a thread in the demo inbox swaps the page to that
// thread and changes the hash, the way Gmail does, so the content script sees a single-page app.
const router = `
  const THREADS = ${JSON.stringify(threads)};
  const show = (html) => {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
  };
  const inbox = () => {
    const main = document.querySelector('[role="main"]') || document.body;
    const table = document.createElement('table');
    table.className = 'F cf zt';
    for (const t of THREADS) {
      const row = table.insertRow();
      row.className = 'zA zE';
      row.tabIndex = 0;
      row.style.cursor = 'pointer';
      const cell = row.insertCell();
      cell.textContent = t.subject;
      row.onclick = row.onkeydown = (e) => {
        if (e.type === 'keydown' && e.key !== 'Enter') return;
        location.hash = '#inbox/' + t.id;
      };
    }
    main.replaceChildren(table);
  };
  const open = async () => {
    const id = location.hash.split('/')[1];
    const t = THREADS.find((x) => x.id === id);
    if (!t) return inbox();
    show(await (await fetch('/crickets-demo/' + t.file)).text());
    const back = document.createElement('a');
    back.href = '#inbox';
    back.textContent = '← Back to the demo inbox';
    document.body.prepend(back);
  };
  addEventListener('hashchange', open);
  addEventListener('DOMContentLoaded', open);
`;
await context.route('https://mail.google.com/**', (route) => {
  const url = new URL(route.request().url());
  if (url.pathname.startsWith('/crickets-demo/')) {
    const file = join(fixtures, url.pathname.slice('/crickets-demo/'.length));
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(file, 'utf8'),
    });
  }
  const inbox = readFileSync(join(fixtures, 'inbox.html'), 'utf8');
  return route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: inbox.replace('</head>', `<script>${router}</script></head>`),
  });
});
await context.route(/^https?:\/\/(?!mail\.google\.com)/, (route) => route.abort());

const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;
const gmail = context.pages()[0] ?? (await context.newPage());
await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
const ids = threads.map((t) => t.id);

if (headless) {
  const out = join(root, '.tmp/demo');
  mkdirSync(out, { recursive: true });
  const panel = await context.newPage();
  for (const id of ids.slice(0, 3)) {
    await gmail.bringToFront();
    await gmail.evaluate((h) => (location.hash = h), `#inbox/${id}`);
    await gmail.waitForTimeout(800);
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await panel.waitForTimeout(500);
    await gmail.screenshot({ path: join(out, `gmail-${id}.png`) });
    await panel.screenshot({ path: join(out, `panel-${id}.png`), fullPage: true });
    console.log(`Thread ${threads.find((t) => t.id === id)?.subject}: screenshots in ${out}`);
  }
  console.log('No display found, so the demo ran headless. Open the PNGs above to see it.');
  await context.close();
} else {
  // Open the first silent thread and the panel beside it (as a tab: the toolbar button opens it
  // as a real side panel).
  if (ids[0]) await gmail.evaluate((h) => (location.hash = h), `#inbox/${ids[0]}`);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await gmail.bringToFront();
  console.log(
    'Crickets demo is running. Click threads in the demo inbox; the Crickets panel tab follows.',
  );
  console.log('Close the browser window to end the demo.');
  await new Promise((done) => context.on('close', done));
}

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
const FIXTURES = resolve('tests/fixtures');

/** Debian's Chromium (apt-get install chromium); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found)
    throw new Error(
      'Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.',
    );
  return found;
}

export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

/** Serve generated HTML instead of a fixture file (for pages built at test time). */
const generated = new Map<string, string>();
export const putGenerated = (name: string, html: string): void => void generated.set(name, html);
const body = (path: string): string => generated.get(path) ?? fixture(path);

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (replaced when it restarts: see `worker()`). */
  worker: Worker;
  /** Which fixture https://mail.google.com/** serves next. */
  serveGmail(path: string): void;
  /** Which fixture https://www.linkedin.com/** serves next. */
  serveLinkedIn(path: string): void;
  /** Serve any https URL from a fixture. */
  serve(url: string, path: string): Promise<void>;
  openPanel(): Promise<Page>;
  /** Click the extension's toolbar button on a tab (grants activeTab, opens the side panel). */
  clickAction(page: Page): Promise<void>;
  close(): Promise<void>;
}

const ARGS = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--lang=en-US',
];

/**
 * Chromium started by hand and driven over CDP on loopback, so a browser-level session can click
 * the toolbar button (Extensions.triggerAction, which Playwright's own launch does not allow).
 */
async function launchWithActions(userDataDir: string) {
  const proc = spawn(chromiumPath(), [
    '--headless',
    '--remote-debugging-address=127.0.0.1',
    '--remote-debugging-port=0',
    '--enable-unsafe-extension-debugging',
    `--user-data-dir=${userDataDir}`,
    ...ARGS,
    'about:blank',
  ]);
  const ws = await new Promise<string>((resolveWs, reject) => {
    let buf = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${buf}`)), 20_000);
    proc.stderr.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /DevTools listening on (ws:\S+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        resolveWs(m[1]!);
      }
    });
  });
  const browser = await chromium.connectOverCDP(ws);
  const cdp = await browser.newBrowserCDPSession();
  return {
    context: browser.contexts()[0]!,
    clickAction: async (extensionId: string, page: Page) => {
      const url = page.url();
      const { targetInfos } = (await cdp.send('Target.getTargets', {
        filter: [{ type: 'tab' }],
      } as never)) as { targetInfos: { targetId: string; url: string }[] };
      const tab = targetInfos.find((t) => t.url === url);
      if (!tab) throw new Error(`No tab shows ${url}.`);
      await cdp.send(
        'Extensions.triggerAction' as never,
        { id: extensionId, targetId: tab.targetId } as never,
      );
    },
    close: async () => {
      const exited = new Promise((done) => proc.once('exit', done));
      await browser.close().catch(() => undefined);
      proc.kill();
      await exited;
    },
  };
}

/** Launch Chromium with the built extension, every Google/LinkedIn page served from fixtures. */
export async function launch(opts: { actions?: boolean } = {}): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'crickets-e2e-'));
  const withActions = opts.actions ? await launchWithActions(userDataDir) : null;
  const context =
    withActions?.context ??
    (await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromiumPath(),
      headless: true,
      args: ARGS,
      locale: 'en-US',
    }));
  let gmail = 'gmail/inbox.html';
  let linkedin = 'linkedin/messaging.html';
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body(gmail) }),
  );
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: body(linkedin) }),
  );
  // Nothing else may reach the network.
  await context.route(/^https?:\/\/(?!mail\.google\.com|www\.linkedin\.com)/, (route) =>
    route.abort(),
  );

  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    serveGmail: (path) => void (gmail = path),
    serveLinkedIn: (path) => void (linkedin = path),
    serve: async (url, path) => {
      await context.route(url, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: fixture(path),
        }),
      );
    },
    openPanel: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    clickAction: async (page) => {
      if (!withActions)
        throw new Error('Launch with { actions: true } to click the toolbar button.');
      await withActions.clickAction(extensionId, page);
    },
    close: async () => {
      if (withActions) await withActions.close();
      else await context.close();
      try {
        rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      } catch {
        // Chromium's helper processes may still be closing files; the OS cleans /tmp.
      }
    },
  };
}

/** Open a Gmail URL in a new tab and wait until the background has recorded what it shows. */
export async function openGmail(session: Session, fixturePath: string, hash = ''): Promise<Page> {
  session.serveGmail(fixturePath);
  const page = await session.context.newPage();
  await page.goto(`https://mail.google.com/mail/u/0/${hash}`);
  return page;
}

/** The running background worker; after a restart, the new one (waking it through a page if needed). */
export async function liveWorker(session: Session): Promise<Worker> {
  const running = session.context
    .serviceWorkers()
    .filter((w) => w.url().includes(session.extensionId));
  const last = running.at(-1);
  if (last) return last;
  const waiting = session.context.waitForEvent('serviceworker', { timeout: 15_000 });
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
  // Any runtime message wakes the worker (this one is refused and writes nothing).
  await page.evaluate(() => {
    type Runtime = { sendMessage(m: unknown): Promise<unknown> };
    void (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime
      .sendMessage({ type: 'wake' })
      .catch(() => undefined);
  });
  const worker = await waiting;
  await page.close();
  return worker;
}

/** Stop the background service worker, as Chrome does when it is idle; resolves once stopped. */
export async function stopWorker(session: Session): Promise<void> {
  const page = await session.context.newPage();
  const cdp = await session.context.newCDPSession(page);
  type Version = { versionId: string; scriptURL: string; runningStatus: string };
  const ours = (v: Version): boolean => v.scriptURL.includes(session.extensionId);
  const running = new Set<string>();
  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((done) => (resolveStopped = done));
  let requested = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Version[] }) => {
    for (const v of e.versions.filter(ours)) {
      if (v.runningStatus === 'running') running.add(v.versionId);
      if (requested && v.runningStatus === 'stopped') resolveStopped();
    }
  });
  await cdp.send('ServiceWorker.enable');
  for (let i = 0; i < 50 && running.size === 0; i++) await new Promise((r) => setTimeout(r, 50));
  if (running.size === 0) throw new Error('No running service worker to stop.');
  requested = true;
  for (const versionId of running) await cdp.send('ServiceWorker.stopWorker', { versionId });
  await stopped;
  await cdp.detach();
  await page.close();
}

/** The toolbar badge text, read inside the extension. */
export async function badgeText(session: Session): Promise<string> {
  return (await liveWorker(session)).evaluate(async () => {
    type Action = { getBadgeText(details: object): Promise<string> };
    return (globalThis as unknown as { chrome: { action: Action } }).chrome.action.getBadgeText({});
  });
}

/** Read the crickets database from inside the extension (the service worker). */
export async function dbCounts(
  session: Session,
): Promise<{ contacts: number; messages: number; threads: number }> {
  return (await liveWorker(session)).evaluate(
    () =>
      new Promise<{ contacts: number; messages: number; threads: number }>(
        (resolveCounts, reject) => {
          const req = indexedDB.open('crickets');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const idb = req.result;
            const names = ['contacts', 'messages', 'threads'] as const;
            if (!names.every((n) => idb.objectStoreNames.contains(n))) {
              idb.close();
              resolveCounts({ contacts: 0, messages: 0, threads: 0 });
              return;
            }
            const tx = idb.transaction([...names], 'readonly');
            const out = { contacts: 0, messages: 0, threads: 0 };
            for (const n of names) {
              const r = tx.objectStore(n).count();
              r.onsuccess = () => (out[n] = r.result);
            }
            tx.oncomplete = () => {
              idb.close();
              resolveCounts(out);
            };
          };
        },
      ),
  );
}

/** All rows of one table, read inside the extension. */
export async function dbRows<T>(session: Session, table: string): Promise<T[]> {
  return (await liveWorker(session)).evaluate(
    (name) =>
      new Promise<T[]>((resolveRows, reject) => {
        const req = indexedDB.open('crickets');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const idb = req.result;
          if (!idb.objectStoreNames.contains(name)) {
            idb.close();
            resolveRows([]);
            return;
          }
          const r = idb.transaction(name, 'readonly').objectStore(name).getAll();
          r.onsuccess = () => {
            idb.close();
            resolveRows(r.result as T[]);
          };
          r.onerror = () => reject(r.error);
        };
      }),
    table,
  );
}

/** What the background says the current conversation is (storage.session). */
export async function currentConversation(
  session: Session,
): Promise<{ channel: string; threadKey: string | null } | null> {
  return (await liveWorker(session)).evaluate(async () => {
    type Session = { get(key: string): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome;
    const got = await api.storage.session.get('current');
    return (got.current as { channel: string; threadKey: string | null } | undefined) ?? null;
  });
}

/** The text of the first element with a data-testid (waits for it to appear). */
export const text = (page: Page, id: string): Promise<string> =>
  page.getByTestId(id).first().innerText({ timeout: 10_000 });

/** The demo Gmail fixture's reply box. */
export const GMAIL_BOX = 'div.Am.Al.editable[contenteditable="true"]';

/** What Gmail's reply box holds above the signature, as the user sees it. */
export const typedInGmail = (gmail: Page): Promise<string> =>
  gmail.evaluate((sel) => {
    const box = document.querySelector(sel) as HTMLElement;
    const all = box.innerText;
    const sig = (box.querySelector('.gmail_signature') as HTMLElement | null)?.innerText ?? '';
    const at = sig ? all.lastIndexOf(sig) : -1;
    // innerText gives an extra line break around Gmail's empty <div><br></div> lines.
    return (at >= 0 ? all.slice(0, at) : all).replace(/\n{3,}/g, '\n\n').trim();
  }, GMAIL_BOX);

/** The draft score the side panel shows. */
export const panelScore = async (panel: Page): Promise<number> =>
  Number(await panel.getByTestId('draft-score').innerText());

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
  if (!found) throw new Error('Chromium not found: install it (apt-get install chromium) or set CHROMIUM_PATH.');
  return found;
}

export const fixture = (path: string): string => readFileSync(join(FIXTURES, path), 'utf8');

export interface Session {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Which fixture https://mail.google.com/** serves next. */
  serveGmail(path: string): void;
  /** Which fixture https://www.linkedin.com/** serves next. */
  serveLinkedIn(path: string): void;
  /** Serve any https URL from a fixture. */
  serve(url: string, path: string): Promise<void>;
  openPanel(): Promise<Page>;
  close(): Promise<void>;
}

/** Launch Chromium with the built extension, every Google/LinkedIn page served from fixtures. */
export async function launch(): Promise<Session> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build" first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'crickets-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  let gmail = 'gmail/inbox.html';
  let linkedin = 'linkedin/messaging.html';
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(gmail) }),
  );
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(linkedin) }),
  );
  // Nothing else may reach the network.
  await context.route(/^https?:\/\/(?!mail\.google\.com|www\.linkedin\.com)/, (route) => route.abort());

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
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture(path) }),
      );
    },
    openPanel: async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      return page;
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
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

/** Read the crickets database from inside the extension (the service worker). */
export async function dbCounts(session: Session): Promise<{ contacts: number; messages: number; threads: number }> {
  return session.worker.evaluate(
    () =>
      new Promise<{ contacts: number; messages: number; threads: number }>((resolveCounts, reject) => {
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
      }),
  );
}

/** All rows of one table, read inside the extension. */
export async function dbRows<T>(session: Session, table: string): Promise<T[]> {
  return session.worker.evaluate(
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
export async function currentConversation(session: Session): Promise<{ channel: string; threadKey: string | null } | null> {
  return session.worker.evaluate(async () => {
    type Session = { get(key: string): Promise<Record<string, unknown>> };
    const api = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome;
    const got = await api.storage.session.get('current');
    return (got.current as { channel: string; threadKey: string | null } | undefined) ?? null;
  });
}

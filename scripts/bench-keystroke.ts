// Keystroke in Gmail's compose box → updated score in the Crickets panel, in real Chromium with
// the built extension (run `npm run build` first). Run: npx tsx scripts/bench-keystroke.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { launch, openGmail } from '../tests/e2e/harness';

const BOX = 'div.Am.Al.editable[contenteditable="true"]';
const DRAFT =
  'Hi Dana, just checking in again. I need you to sign the contract by Friday or the discount goes away. ';

const s = await launch();
try {
  const gmail = await openGmail(s, 'gmail/reply-box.html', '#inbox/1a1536edd6808eb5');
  const panel = await s.openPanel();
  await panel.getByTestId('contact-name').waitFor();
  await gmail.bringToFront();
  await gmail.locator(BOX).click({ position: { x: 4, y: 4 } });
  await gmail.keyboard.type('Hi');
  await panel.getByTestId('draft-score').waitFor();
  // Record when the panel shows each new draft text.
  await panel.evaluate(() => {
    const w = window as unknown as { seen: { at: number; text: string }[] };
    w.seen = [];
    const target = document.getElementById('root')!;
    new MutationObserver(() => {
      const t = document.querySelector('[data-testid="draft-text"]')?.textContent ?? '';
      if (w.seen.at(-1)?.text !== t) w.seen.push({ at: Date.now(), text: t });
    }).observe(target, { subtree: true, childList: true, characterData: true });
  });
  const latencies: number[] = [];
  let expected = 'Hi';
  for (const ch of DRAFT.slice(2)) {
    expected += ch;
    const t0 = Date.now();
    await gmail.keyboard.type(ch);
    const want = expected.trim();
    const seenAt = await panel
      .waitForFunction(
        (w) =>
          (window as unknown as { seen: { at: number; text: string }[] }).seen.find(
            (x) => x.text.trim() === w,
          )?.at,
        want,
        { timeout: 5000, polling: 2 },
      )
      .then((h) => h.jsonValue() as Promise<number>);
    latencies.push(seenAt - t0);
  }
  latencies.sort((a, b) => a - b);
  const q = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  const out = {
    date: new Date().toISOString(),
    keystrokes: latencies.length,
    medianMs: q(0.5),
    p95Ms: q(0.95),
    maxMs: latencies.at(-1),
    note: 'Date.now() at the keypress in the Gmail tab to the panel DOM showing that text (ms resolution).',
  };
  mkdirSync('bench-results', { recursive: true });
  const file = 'bench-results/chromium.json';
  const prev = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as object;
  writeFileSync(file, JSON.stringify({ ...prev, keystrokeToPanel: out }, null, 2) + '\n');
  console.log(JSON.stringify(out, null, 2));
} finally {
  await s.close();
}

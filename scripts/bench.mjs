// npm run bench: every speed and accuracy figure. Results are printed and written to bench-results/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  [
    'Coach: accuracy on every set, and speed against write-good and alex',
    'scripts/bench-coach.mjs',
  ],
  [
    'Coach speed in Chromium, the engine the extension runs in, against write-good and alex',
    'scripts/bench-coach-chromium.ts',
  ],
  [
    'Chromium: reading and ingesting a Gmail thread, the due list for 10,000 contacts',
    'scripts/bench-chromium.ts',
  ],
  [
    'Chromium with the built extension: keystroke in Gmail to updated score in the panel',
    'scripts/bench-keystroke.ts',
  ],
];
let failed = 0;
// The keystroke bench drives the built extension.
if (!existsSync('.output/chrome-mv3/manifest.json'))
  spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
for (const [title, file] of benches) {
  if (!existsSync(file)) continue;
  console.log(`\n== ${title} (${file})`);
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);

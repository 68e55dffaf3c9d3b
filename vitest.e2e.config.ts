import { defineConfig } from 'vitest/config';

const reportDir = process.env.CRICKETS_REPORT_DIR;

// Browser tests: the built extension (.output/chrome-mv3) in real Chromium. Run after `wxt build`.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/e2e.json` } : undefined,
  },
});

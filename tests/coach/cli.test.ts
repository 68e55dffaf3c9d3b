import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../lib/cli';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'crickets-cli-'));
const pushy = join(dir, 'pushy.txt');
const good = join(dir, 'good.txt');
writeFileSync(
  pushy,
  'Hi Sam,\n\nJust checking in. Reply by Friday or we will release your slot!!\n\nBest,\nTom\n',
);
writeFileSync(
  good,
  "Hi Sam,\n\nHere's the checklist you asked for: https://example.com/c\n\nWould it help? If not, no worries.\n\nBest,\nTom\n",
);

function fakeIO(stdin = ''): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(s: string) {
      io.out += s;
    },
    stderr(s: string) {
      io.err += s;
    },
    readFile: (p: string) => import('node:fs/promises').then((fs) => fs.readFile(p, 'utf8')),
    readStdin: () => Promise.resolve(stdin),
  };
  return io;
}

describe('crickets CLI (in process)', () => {
  it('check --json prints one contract object per file per line', async () => {
    const io = fakeIO();
    expect(await runCli(['check', '--json', pushy, good], io)).toBe(0);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map(
      (l) =>
        JSON.parse(l) as {
          score: number;
          flags: Record<string, boolean>;
          findings: unknown[];
          stats: object;
        },
    );
    expect(Object.keys(a!).sort()).toEqual(['findings', 'flags', 'score', 'stats']);
    expect(a!.flags.pushy).toBe(true);
    expect(b!.flags.pushy).toBe(false);
    expect(io.err).toBe('');
  });

  it('check without --json prints a readable report', async () => {
    const io = fakeIO();
    expect(await runCli(['check', pushy], io)).toBe(0);
    expect(io.out).toContain('score');
    expect(io.out).toContain('[empty-bump]');
    expect(io.out).toMatch(/3:1-3:17 pushy/);
  });

  it('reads standard input from -', async () => {
    const io = fakeIO('Per my last email, please advise ASAP.');
    expect(await runCli(['check', '--json', '-'], io)).toBe(0);
    expect((JSON.parse(io.out) as { flags: { pushy: boolean } }).flags.pushy).toBe(true);
  });

  it('rewrite prints the text, or the JSON contract with --json', async () => {
    const plain = fakeIO();
    expect(await runCli(['rewrite', pushy], plain)).toBe(0);
    expect(plain.out).not.toMatch(/checking in|!!/);
    expect(plain.out).toContain("If the timing isn't right");
    const json = fakeIO();
    expect(await runCli(['rewrite', '--json', pushy], json)).toBe(0);
    const r = JSON.parse(json.out) as {
      text: string;
      before: { flags: { pushy: boolean } };
      after: { flags: { pushy: boolean } };
      changes: unknown[];
    };
    expect(Object.keys(r).sort()).toEqual(['after', 'before', 'changes', 'text']);
    expect(r.before.flags.pushy).toBe(true);
    expect(r.after.flags.pushy).toBe(false);
    expect(r.text).toBe(plain.out);
  });

  it('unreadable input: a clear message on stderr and exit code 2', async () => {
    const io = fakeIO();
    expect(await runCli(['check', '--json', join(dir, 'missing.txt'), good], io)).toBe(2);
    expect(io.err).toMatch(/cannot read .*missing\.txt: no such file/);
    expect(io.out.trim().split('\n')).toHaveLength(1); // the readable file is still checked
    const dirIO = fakeIO();
    expect(await runCli(['rewrite', dir], dirIO)).toBe(2);
    expect(dirIO.err).toMatch(/is a directory/);
  });

  it('usage errors exit 1 with the usage on stderr', async () => {
    for (const args of [
      [],
      ['lint', pushy],
      ['check'],
      ['rewrite', pushy, good],
      ['check', '--channel', 'fax', pushy],
    ]) {
      const io = fakeIO();
      expect(await runCli(args, io)).toBe(1);
      expect(io.err).toContain('usage:');
    }
  });

  it('passes --channel and --kind to the coach', async () => {
    const io = fakeIO();
    const long = join(dir, 'long.txt');
    writeFileSync(long, 'Here is a useful idea for your team. '.repeat(20));
    await runCli(['check', '--json', '--channel', 'linkedin', long], io);
    expect(io.out).toContain('linkedin-length');
  });
});

describe('crickets CLI (spawned)', () => {
  it('npx tsx lib/cli.ts check --json works end to end and exits 2 on unreadable input', async () => {
    const run = promisify(execFile);
    const { stdout } = await run('npx', ['tsx', 'lib/cli.ts', 'check', '--json', pushy], {
      cwd: root,
    });
    expect((JSON.parse(stdout) as { flags: { pushy: boolean } }).flags.pushy).toBe(true);
    const failed = await run('npx', ['tsx', 'lib/cli.ts', 'check', join(dir, 'nope.txt')], {
      cwd: root,
    }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/cannot read .*nope\.txt/);
  }, 60_000);
});

/**
 * The command-line front of the draft coach, so teams can lint their template library:
 *
 *   npm run crickets -- check [--json] [--channel email|linkedin] [--kind KIND] FILE...
 *   npm run crickets -- rewrite [--json] [--channel ...] [--kind ...] FILE
 *
 * `-` reads standard input. Unreadable input: a message on stderr and exit code 2.
 * runCli() holds all the logic and takes its I/O as arguments, so tests run it in-process.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { check, rewrite } from './coach/index';
import type { Channel, CheckResult, CoachContext, MessageKind } from './coach/index';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
}

const USAGE = `usage: crickets check [--json] [--channel email|linkedin] [--kind KIND] FILE...
       crickets rewrite [--json] [--channel email|linkedin] [--kind KIND] FILE
FILE may be - for standard input. KIND: first, value, reference, feedback, close, next-step.
`;

const CHANNELS: readonly Channel[] = ['email', 'linkedin'];
const KINDS: readonly MessageKind[] = [
  'first',
  'value',
  'reference',
  'feedback',
  'close',
  'next-step',
];

interface Options {
  json: boolean;
  context: CoachContext;
  files: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  const opts: Options = { json: false, context: {}, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') opts.json = true;
    else if (arg === '--channel' || arg === '--kind') {
      const value = args[++i];
      if (arg === '--channel') {
        if (!CHANNELS.includes(value as Channel))
          return `--channel must be one of ${CHANNELS.join(', ')}`;
        opts.context.channel = value as Channel;
      } else {
        if (!KINDS.includes(value as MessageKind))
          return `--kind must be one of ${KINDS.join(', ')}`;
        opts.context.kind = value as MessageKind;
      }
    } else if (arg === '--') {
      opts.files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else opts.files.push(arg);
  }
  return opts;
}

function describeError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}

async function load(io: CliIO, file: string): Promise<string | Error> {
  try {
    return file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (err) {
    return new Error(
      `crickets: cannot read ${file === '-' ? 'standard input' : file}: ${describeError(err)}`,
    );
  }
}

/** Line and column (1-based) of an offset, for the readable report. */
function position(text: string, offset: number): string {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      col = 1;
    } else col++;
  }
  return `${line}:${col}`;
}

function clip(s: string, max = 60): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}

/** The human-readable report of one file. */
export function report(name: string, text: string, r: CheckResult): string {
  const f = r.flags;
  const lines = [
    `${name}: score ${r.score}/100 · ${f.pushy ? 'pushy' : 'not pushy'} · ${f.selfCentred ? 'self-centred' : 'not self-centred'} · ${f.valueFirst ? 'value first' : 'no value first'} · ${f.optOut ? 'opt-out' : 'no opt-out'} · ${f.clearAsk ? 'clear ask' : 'no clear ask'}`,
    `  ${r.stats.words} words · ${r.stats.questions} question${r.stats.questions === 1 ? '' : 's'} · reading grade ${r.stats.readingGrade}`,
  ];
  for (const x of r.findings) {
    const where =
      x.start === x.end
        ? position(text, x.start)
        : `${position(text, x.start)}-${position(text, x.end)}`;
    const quote = x.start === x.end ? '' : ` "${clip(text.slice(x.start, x.end))}"`;
    const fix =
      x.replacement === undefined
        ? ''
        : x.replacement === ''
          ? ' → (delete)'
          : ` → "${clip(x.replacement)}"`;
    lines.push(`  ${where} ${x.category} [${x.rule}]${quote} ${x.message}${fix}`);
  }
  if (r.findings.length === 0) lines.push('  no findings');
  return lines.join('\n') + '\n';
}

/** Runs the CLI with the given arguments (without node and the script); returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'rewrite') {
    io.stderr(
      command === undefined || command === 'help' || command === '--help'
        ? USAGE
        : `crickets: unknown command ${command}\n${USAGE}`,
    );
    return command === 'help' || command === '--help' ? 0 : 1;
  }
  const opts = parseArgs(rest);
  if (typeof opts === 'string') {
    io.stderr(`crickets: ${opts}\n${USAGE}`);
    return 1;
  }
  if (opts.files.length === 0 || (command === 'rewrite' && opts.files.length !== 1)) {
    io.stderr(
      `crickets: ${command === 'rewrite' ? 'rewrite takes exactly one FILE' : 'check needs at least one FILE'}\n${USAGE}`,
    );
    return 1;
  }
  let code = 0;
  for (const file of opts.files) {
    const text = await load(io, file);
    if (text instanceof Error) {
      io.stderr(text.message + '\n');
      code = 2;
      continue;
    }
    if (command === 'check') {
      const result = check(text, opts.context);
      io.stdout(
        opts.json
          ? JSON.stringify(result) + '\n'
          : report(file === '-' ? '<stdin>' : file, text, result),
      );
    } else {
      // the test contract's four fields, no more: the optional removals are the panel's
      const { text: out, before, after, changes } = rewrite(text, opts.context);
      io.stdout(opts.json ? JSON.stringify({ text: out, before, after, changes }) + '\n' : out);
    }
  }
  return code;
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** The real terminal. */
export const nodeIO: CliIO = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
};

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  runCli(process.argv.slice(2), nodeIO).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`crickets: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}

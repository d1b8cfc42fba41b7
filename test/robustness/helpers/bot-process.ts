// Runs the real bot (`node --import tsx src/main.ts`) as a child process with a given
// environment, collects its pino log lines (stdout beside a chat door, stderr in the console door)
// and its plain messages (stderr), and waits for lines instead of sleeping.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A parsed log line of the bot. */
export type BotLine = Record<string, unknown> & { level?: number; msg?: string };

/** A running bot. */
export interface BotProcess {
  child: ChildProcess;
  /** Every output line, raw, in order (pino JSON and plain messages, stdout and stderr). */
  raw: string[];
  /** The raw lines of each stream. */
  streams: { stdout: string[]; stderr: string[] };
  /** The output lines that are pino JSON, parsed. */
  lines: BotLine[];
  /** Resolves with the first line (past or future) that matches; rejects on timeout or exit. */
  waitFor(match: (line: BotLine) => boolean, timeoutMs?: number): Promise<BotLine>;
  /** Resolves with the exit code or signal once the process has exited and all its output is read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Options of a bot process. */
export interface BotOptions {
  /** Moves the bot's wall clock forward by this many ms (a restart that came that much later). */
  clockShiftMs?: number;
  /** Runs this built entry point (plain node, e.g. a build of dist/main.js) instead of src/main.ts. */
  script?: string;
}

/** Starts src/main.ts (or a built script) with `env` (on top of a clean environment: no tokens from the caller's). */
export function startBot(env: Record<string, string>, options: BotOptions = {}): BotProcess {
  const shift = options.clockShiftMs
    ? ['--import', './test/robustness/helpers/shift-clock.ts', '--no-warnings']
    : [];
  const clock = options.clockShiftMs ? { SUMMIT_TEST_CLOCK_SHIFT_MS: String(options.clockShiftMs) } : {};
  const entry = options.script ? [options.script] : ['--import', 'tsx', ...shift, 'src/main.ts'];
  const child = spawn(process.execPath, entry, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'test', ...clock, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const raw: string[] = [];
  const lines: BotLine[] = [];
  const waiters = new Set<() => void>();
  const streams = { stdout: [] as string[], stderr: [] as string[] };
  for (const name of ['stdout', 'stderr'] as const) {
    const stream = child[name];
    let rest = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const part of parts) {
        raw.push(part);
        streams[name].push(part);
        if (part.startsWith('{')) {
          try {
            lines.push(JSON.parse(part) as BotLine);
          } catch {
            // A plain message that happens to start with a brace: kept in raw only.
          }
        }
      }
      for (const wake of [...waiters]) wake();
    });
  }
  // 'close', not 'exit': at 'exit' the last lines the bot wrote before exiting may still be unread
  // in the pipe (Node documents that stdio can still be open then), and a test reads them next.
  let closed = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('close', (code, signal) => {
      closed = true;
      resolve({ code, signal });
      for (const wake of [...waiters]) wake();
    }),
  );
  const waitFor = (match: (line: BotLine) => boolean, timeoutMs = 45_000) =>
    new Promise<BotLine>((resolve, reject) => {
      const check = () => {
        const found = lines.find(match);
        if (found) finish(() => resolve(found));
        else if (closed)
          finish(() =>
            reject(
              new Error(`bot exited (${child.exitCode ?? child.signalCode}):\n${raw.slice(-15).join('\n')}`),
            ),
          );
      };
      const timer = setTimeout(
        () =>
          finish(() =>
            reject(new Error(`bot log: no matching line in ${timeoutMs} ms:\n${raw.slice(-15).join('\n')}`)),
          ),
        timeoutMs,
      );
      const finish = (then: () => void) => {
        clearTimeout(timer);
        waiters.delete(check);
        then();
      };
      waiters.add(check);
      check();
    });
  return { child, raw, streams, lines, waitFor, exited };
}

/** Stops a bot politely (SIGTERM), or at once when it does not exit within `ms`. */
export async function stopBot(bot: BotProcess, ms = 5000): Promise<void> {
  if (bot.child.exitCode !== null || bot.child.signalCode !== null) return;
  bot.child.kill('SIGTERM');
  const timer = setTimeout(() => bot.child.kill('SIGKILL'), ms);
  await bot.exited;
  clearTimeout(timer);
}

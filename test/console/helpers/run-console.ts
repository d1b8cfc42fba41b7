// Runs the bot's entry point (`node --import tsx src/main.ts`) as `npm start` does without tokens:
// the console door, with text typed on stdin, until it exits at the end of input.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** What a console run printed and how it ended. */
export interface ConsoleRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** A BRIEFING_TIME twelve hours away, so no briefing is due while a test runs. */
export function briefingTimeAway(): string {
  return new Date(Date.now() + 12 * 3600_000).toISOString().slice(11, 16);
}

/**
 * Runs src/main.ts with `stdin` typed at the console and `env` on top of PATH alone (nothing from
 * the caller's environment); `nodeFlags` go before the entry point (e.g. a preload).
 */
export function runConsole(
  stdin: string,
  env: Record<string, string>,
  nodeFlags: string[] = [],
): Promise<ConsoleRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeFlags, 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(stdin);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

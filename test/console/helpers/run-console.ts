// Runs the bot's entry point (`node --import tsx src/main.ts`) as `npm start` does without tokens:
// the console door, with text typed on stdin, until it exits at the end of input.
import { type Finished, projectRoot, runToEnd } from '../../helpers/built-bot.ts';

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
): Promise<Finished> {
  return runToEnd(process.execPath, ['--import', 'tsx', ...nodeFlags, 'src/main.ts'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    input: stdin,
  });
}

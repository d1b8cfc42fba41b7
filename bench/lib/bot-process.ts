// Starts the real bot (src/main.ts, the composition root) on the measured core with the
// environment of a part, and waits until the log says every configured door is ready.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';
import { type Child, startChild } from './spawn.ts';

/** Log messages src/main.ts writes when a door is up. */
export const doorReadyMessages = { discord: 'Discord door ready', slack: 'Slack door ready' } as const;

/** A log line's `msg`, or null when the line is not pino JSON. */
export function logMessage(line: string): string | null {
  if (!line.startsWith('{')) return null;
  try {
    const msg = (JSON.parse(line) as { msg?: unknown }).msg;
    return typeof msg === 'string' ? msg : null;
  } catch {
    return null;
  }
}

/** Resolves once every message in `wanted` has been logged (a single 'ready' line also counts). */
export function waitForMessages(child: Child, wanted: string[], timeoutMs: number): Promise<string> {
  const seen = new Set<string>();
  return child.waitForLine((line) => {
    const msg = logMessage(line);
    if (msg === null) return false;
    if (/^(summit bot )?ready$/i.test(msg)) return true;
    if (wanted.includes(msg)) seen.add(msg);
    return seen.size === wanted.length;
  }, timeoutMs);
}

/** A TCP port free right now on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}

/** Node flags that write a V8 CPU profile into bench/profiles/ when `profile` is set. */
export function profileFlags(ctx: BenchContext, profile = ctx.profile): string[] {
  return profile ? ['--cpu-prof', `--cpu-prof-dir=${join(ctx.root, 'bench', 'profiles')}`] : [];
}

let built = false;

/** Compiles src/main.ts to dist/ once per bench run, as `npm start` does before it runs. */
export function buildOnce(ctx: BenchContext): void {
  if (built) return;
  execFileSync(process.execPath, [join(ctx.root, 'scripts', 'build.mjs')], {
    cwd: ctx.root,
    stdio: 'inherit',
  });
  built = true;
}

/** Starts the bot as `npm start` runs it (dist/main.js), pinned to the measured core with `env`. */
export function spawnBot(ctx: BenchContext, env: Record<string, string>, profile = false): Child {
  const flags = profileFlags(ctx, profile);
  buildOnce(ctx);
  return startChild({
    script: join(ctx.root, 'dist', 'main.js'),
    ipc: false,
    pin: { pinning: ctx.pinning, core: ctx.pinning.measuredCore },
    nodeFlags: flags,
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'info',
      CONTENT_DIR: join(ctx.root, 'content'),
      DATA_DIR: mkdtempSync(join(ctx.tmpDir, 'data-')),
      DISCORD_TOKEN: '',
      SLACK_BOT_TOKEN: '',
      SLACK_APP_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      ...env,
    },
  });
}

/** Starts the bot and waits until the doors in `doors` are ready; stops it when that fails. */
export async function startBot(
  ctx: BenchContext,
  env: Record<string, string>,
  doors: (keyof typeof doorReadyMessages)[],
  options: { profile?: boolean; timeoutMs?: number } = {},
): Promise<Child> {
  const child = spawnBot(ctx, env, options.profile);
  try {
    await waitForMessages(
      child,
      doors.map((d) => doorReadyMessages[d]),
      options.timeoutMs ?? 60_000,
    );
    return child;
  } catch (error) {
    await child.stop();
    throw error;
  }
}

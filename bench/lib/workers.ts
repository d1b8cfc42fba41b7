// Starts a bench worker on the measured core and waits for its 'ready' message.
import { join } from 'node:path';
import type { BenchContext } from './context.ts';
import { type Child, startChild } from './spawn.ts';

/**
 * Starts bench/workers/<name>.ts (through tsx) or <name>.mjs (plain node: the bare baselines)
 * pinned to the measured core; resolves with it and its ready message.
 */
export async function startWorker(
  ctx: BenchContext,
  name: string,
  options: { env?: Record<string, string>; profile?: boolean; readyMs?: number } = {},
): Promise<{ child: Child; ready: Record<string, unknown> }> {
  const flags = options.profile
    ? ['--cpu-prof', `--cpu-prof-dir=${join(ctx.root, 'bench', 'profiles')}`]
    : [];
  const child = startChild({
    script: join(ctx.root, 'bench', 'workers', /\.m?js$/.test(name) ? name : `${name}.ts`),
    env: options.env,
    pin: { pinning: ctx.pinning, core: ctx.pinning.measuredCore },
    nodeFlags: flags,
  });
  try {
    const ready = await child.waitForMessage('ready', options.readyMs ?? 60_000);
    return { child, ready };
  } catch (error) {
    await child.stop();
    throw error;
  }
}

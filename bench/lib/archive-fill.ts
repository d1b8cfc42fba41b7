// The archive benchmarks' pre-filled databases: one with a single story and one with many, made
// once per run in the run's scratch directory and shared by the parts that read them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';
import { startChild } from './spawn.ts';

/** Stored stories in the large archive. */
export const manyStories = 10_000;
/** Distinct analysed stories the large archive is made of (each stored under many headlines). */
const templates = 200;

/** DATA_DIR of an archive holding `count` stories, filled on first use in this run. */
export async function filledArchive(ctx: BenchContext, count: number): Promise<string> {
  const dataDir = join(ctx.tmpDir, `archive-${count}`);
  if (existsSync(join(dataDir, 'summit.sqlite'))) return dataDir;
  ctx.log(
    `filling an archive with ${count} stories (${Math.min(count, templates)} analysed, each stored under many headlines)`,
  );
  const child = startChild({ script: join(ctx.root, 'bench', 'workers', 'archive-worker.ts') });
  try {
    await child.waitForMessage('ready', 60_000);
    await child.request({ type: 'fill', dataDir, count, templates: Math.min(count, templates) }, 1_800_000);
    await child.request({ type: 'exit' }, 5000).catch(() => undefined);
  } finally {
    await child.stop();
  }
  return dataDir;
}

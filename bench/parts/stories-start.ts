// Part S2: the bot's stories start-up does not grow with the archive: src/main.ts's openStories
// (database, archive, content/ stored as a source, headline catalogue) over 10,000 stored stories
// vs one, until the newest summary and the first autocomplete are answered; fresh processes, A B B A.
import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { filledArchive, manyStories } from '../lib/archive-fill.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { compareStartsBySize } from '../lib/starts-by-size.ts';

/** A copy of a filled archive for this part: content/ is stored into it, the shared one stays as filled. */
async function ownCopy(ctx: BenchContext, count: number): Promise<string> {
  const dir = join(ctx.tmpDir, `stories-start-${count}`);
  if (!existsSync(dir)) cpSync(await filledArchive(ctx, count), dir, { recursive: true });
  return dir;
}

/** Part S2. */
export const storiesStartPart: Part = {
  id: 'S2',
  title: 'Bot stories start-up, 10,000 stories vs 1',
  async run(ctx: BenchContext) {
    return compareStartsBySize(ctx, {
      part: 'S2',
      worker: 'stories-start',
      many: await ownCopy(ctx, manyStories),
      one: await ownCopy(ctx, 1),
      env: (dataDir) => ({ DATA_DIR: dataDir, CONTENT_DIR: join(ctx.root, 'content') }),
      metric: 'process start to first summary and autocomplete',
      timing: {
        field: 'readyMs',
        metric: 'openStories + newest summary + autocomplete',
        note: 'database, archive, content/ stored, catalogue of the newest 1,000 headlines',
      },
      note: '"bare" column = one stored story (plus content/); fresh processes (tsx) pinned to the measured core',
    });
  },
};

// Part A2: start-up does not grow with the archive: opening an archive over a database of 10,000
// stored stories vs one, until the first reads the doors make are answered, and the memory then;
// fresh processes, A B B A.

import { filledArchive, manyStories } from '../lib/archive-fill.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { compareStartsBySize } from '../lib/starts-by-size.ts';

/** Part A2. */
export const archiveStartPart: Part = {
  id: 'A2',
  title: 'Archive start-up, 10,000 stories vs 1',
  async run(ctx: BenchContext) {
    return compareStartsBySize(ctx, {
      part: 'A2',
      worker: 'archive-start',
      many: await filledArchive(ctx, manyStories),
      one: await filledArchive(ctx, 1),
      env: (dataDir) => ({ DATA_DIR: dataDir }),
      metric: 'process start to archive ready',
      timing: {
        field: 'openMs',
        metric: 'open database + first reads',
        note: 'latest(10), the newest article, autocomplete',
      },
      note: '"bare" column = the archive with one story; both are fresh processes (tsx) pinned to the measured core',
    });
  },
};

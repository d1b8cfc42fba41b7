// Run as `node --expose-gc --import tsx memory-probe.ts <content dir>`: loads a large article,
// asks about it (filling every per-article cache), replaces and then removes it, collects garbage
// and prints {"collected", "retainedBytes"} as JSON: whether the old article was freed and how
// much of the main thread's heap the episode left behind.
import { unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composeSummit } from '../../../src/compose-summit.ts';
import { createContentLibrary } from '../../../src/content/library.ts';
import { createLogger } from '../../../src/logger.ts';
import { contentOnlyStories } from '../../../src/stories/content-only.ts';
import { largeArticle } from './large-article.ts';

const dir = process.argv[2] ?? '';
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const logger = createLogger('silent');
const small = (title: string) => `${title}\nThe first sentence of ${title} is here. A second one follows.\n`;
writeFileSync(join(dir, 'small.txt'), small('Small Story'));
const library = await createContentLibrary(dir, logger, {
  watch: false,
  checkIntervalMs: Number.POSITIVE_INFINITY,
});
const summit = composeSummit({ library: contentOnlyStories(library), now: () => new Date(), logger });
const ask = async (article: string): Promise<void> => {
  for (const [command, options] of [
    ['summary', {}],
    ['quotes', {}],
    ['quotes', { speaker: 'silva' }],
    ['section', { name: 'lead' }],
    ['ask', { question: 'what about the harbour berth?' }],
  ] as const) {
    await summit.handle({
      command,
      options: { ...options, article },
      who: { platform: 'console', userId: 'U1', canManage: false },
      where: { platform: 'console', channelId: 'C1' },
    });
  }
};

/** A weak reference to the served article (in a function, so no variable here keeps it alive). */
function weakRefTo(slug: string): WeakRef<object> {
  const article = library.bySlug(slug);
  if (!article) throw new Error(`the article ${slug} was not loaded`);
  return new WeakRef(article);
}

const settle = async (): Promise<number> => {
  for (let i = 0; i < 6; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
};

await ask('small');
const baseline = await settle();

writeFileSync(join(dir, 'big.txt'), largeArticle(1_000_000));
await library.refresh();
const ref = weakRefTo('big');
await ask('big');
writeFileSync(join(dir, 'big.txt'), small('Big Story Replaced'));
await library.refresh();
await ask('big');
unlinkSync(join(dir, 'big.txt'));
await library.refresh();

const after = await settle();
library.close();
process.stdout.write(
  `${JSON.stringify({ collected: ref.deref() === undefined, retainedBytes: after - baseline })}\n`,
);
process.exit(0);

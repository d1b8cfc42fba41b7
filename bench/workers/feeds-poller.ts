// Runs on the measured core: the real feed poller over SQLite with `feeds` feeds spread over 50
// host names (all resolving to the bench publisher), polling every due feed in rounds on an
// injected clock; the intake only counts (analysis has its own part), so this measures fetching,
// decoding, parsing and the registry.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/logger.ts';
import { createFeedPoller } from '../../src/sources/poller.ts';
import { createSafeFetcher, type LookupFunction } from '../../src/sources/safe-fetch.ts';
import { addFeed } from '../../src/storage/feeds.ts';
import { openDatabase } from '../../src/storage/open.ts';
import type { IncomingStory } from '../../src/stories/story.ts';
import { serveParent, tellParent } from '../lib/spawn.ts';

const toLocal: LookupFunction = (_host, options, callback) =>
  options.all ? callback(null, [{ address: '127.0.0.1', family: 4 }]) : callback(null, '127.0.0.1', 4);

const dir = mkdtempSync(join(tmpdir(), 'summit-bench-feeds-'));
const opened = await openDatabase({ dataDir: dir });
const fetcher = createSafeFetcher({ allowPrivate: true, lookup: toLocal });
const seen = new Set<string>();
let clock = new Date('2026-12-04T10:00:00Z');
const intake = {
  async ingest(story: IncomingStory) {
    const known = seen.has(story.key);
    seen.add(story.key);
    return { status: known ? ('unchanged' as const) : ('new' as const), slug: story.key, revision: 1 };
  },
};
const poller = createFeedPoller({
  db: opened.db,
  fetcher,
  intake,
  logger: createLogger('silent'),
  now: () => clock,
  concurrency: 32,
});

serveParent({
  async setup(m) {
    const feeds = Number(m.feeds);
    const port = Number(m.port);
    for (let n = 0; n < feeds; n++) {
      const url = `http://news-${n % 50}.bench:${port}/feed/${n}.xml`;
      await addFeed(
        opened.db,
        { url, name: `Feed ${n}`, scope: '*', addedBy: null, intervalSeconds: 600 },
        clock,
      );
    }
    return {};
  },
  async round(m) {
    clock = new Date(clock.getTime() + Number(m.advanceMs));
    const cpu = process.cpuUsage();
    const started = performance.now();
    const done = await poller.tick();
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpu);
    return {
      ms,
      cpuMs: (used.user + used.system) / 1000,
      polled: done.length,
      notModified: done.filter((d) => d.outcome === 'not-modified').length,
      failed: done.filter((d) => d.outcome === 'failed').length,
      stories: done.reduce((sum, d) => sum + d.newStories, 0),
      rssMb: process.memoryUsage().rss / 1024 / 1024,
    };
  },
  async exit() {
    await poller.stop();
    await fetcher.close();
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
    setImmediate(() => process.exit(0));
    return {};
  },
});
tellParent({ type: 'ready' });

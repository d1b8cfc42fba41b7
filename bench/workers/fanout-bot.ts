// Runs the real daily briefing on the measured core, wired as src/main.ts wires it (content
// library, the database, story archive, senders from the config paced in budgets kept in that
// database, startBriefings), and reports how long the start-up run took. The configured channels
// are subscribed an hour back first, so today's slot is owed at start-up, and five stories from
// five feeds are archived first: each channel gets a five-story digest.
import { analyzeInProcess } from '../../src/analysis/in-process.ts';
import { createStoryArchive } from '../../src/archive/archive.ts';
import { loadConfig } from '../../src/config/env.ts';
import { createContentLibrary } from '../../src/content/library.ts';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/storage/open.ts';
import { addStory } from '../../test/briefing/helpers/stories.ts';
import { tellParent } from '../lib/spawn.ts';

const { createSenders } = await import('../../src/briefing/senders/create.ts');
const { startBriefings } = await import('../../src/briefing/start.ts');
const { openStore } = await import('../../src/storage/store.ts');
const { createPacing } = await import('../../src/pace/paced-requests.ts');
const config = loadConfig();
const store = await openStore({ dataDir: config.DATA_DIR });
const hourAgo = new Date(Date.now() - 3_600_000);
const channels = [
  ...config.DISCORD_BRIEFING_CHANNELS.map((channelId) => ({ platform: 'discord' as const, channelId })),
  ...config.SLACK_BRIEFING_CHANNELS.map((channelId) => ({ platform: 'slack' as const, channelId })),
];
for (const { platform, channelId } of channels) {
  const input = {
    platform,
    channelId,
    time: config.BRIEFING_TIME,
    timezone: config.BRIEFING_TZ,
    mode: 'daily' as const,
    updatedBy: 'config',
  };
  await store.saveSubscription(input, 'config', hourAgo);
}
const logger = createLogger(config.LOG_LEVEL);
const database = await openDatabase({ dataDir: config.DATA_DIR });
const archive = createStoryArchive({ db: database.db, logger, analyze: analyzeInProcess });
for (let i = 0; i < 5; i++) {
  await addStory(archive, {
    seed: 500 + i,
    title: `Bench story ${i + 1}`,
    feed: `bench-feed-${i}`,
    sections: 2,
    quote: true,
    url: `https://news.example/bench-${i}`,
  });
}
const library = await createContentLibrary(config.CONTENT_DIR, logger, { watch: false });
const pacing = createPacing((key, intervalMs, nowMs, count) =>
  store.reservePace(key, intervalMs, nowMs, count),
);
const senders = await createSenders(config, { logger, pacing });
const t0 = performance.now();
const briefings = await startBriefings({ config, library, logger, senders, store, archive });
const t1 = performance.now();
tellParent({ type: 'started', wallClock: Date.now() });
await briefings.caughtUp;
const t2 = performance.now();
await briefings.stop();
await store.close();
await database.close();
library.close();
// Disconnecting lets the process end by itself, so a --cpu-prof profile gets written.
process.send?.({ type: 'done', syncMs: t1 - t0, runMs: t2 - t1 }, () => process.disconnect());

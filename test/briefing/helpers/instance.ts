// One bot instance in its own process, for the two-process test: it opens the shared database
// (DATA_DIR's file, or DATABASE_URL) and runs the briefing job once. Its sender posts to the test's
// recording server over HTTP (kept tiny so the process starts fast); what is under test is the claim.
import { pino } from 'pino';
import { runDueSlots } from '../../../src/briefing/job.ts';
import type { BriefingSender } from '../../../src/briefing/sender.ts';
import { openStore } from '../../../src/storage/store.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';

const env = process.env;
const base = env.RECORDER_URL ?? '';
const sender: BriefingSender = {
  platform: 'discord',
  async send(channelId, _reply, slot) {
    const res = await fetch(`${base}/post`, {
      method: 'POST',
      body: JSON.stringify({ channelId, slot: slot.key }),
    });
    return await res.text();
  },
  async alreadySent(channelId, slot) {
    const res = await fetch(`${base}/posted?${new URLSearchParams({ channelId, slot: slot.key })}`);
    return (await res.text()) === 'yes';
  },
};
const store = await openStore({ dataDir: env.DATA_DIR ?? '', databaseUrl: env.DATABASE_URL || undefined });
const summary = await runDueSlots({
  now: () => new Date(),
  store,
  senders: { discord: sender },
  library: memoryLibrary([handmadeArticle()]),
  logger: pino({ level: 'silent' }),
  catchupHours: 6,
  owner: env.OWNER ?? 'child',
  concurrency: 3,
});
await store.close();
process.stdout.write(`${JSON.stringify(summary)}\n`);

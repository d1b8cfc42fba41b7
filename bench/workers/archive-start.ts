// One start of the archive as the bot opens it: open (and migrate) the database, create the archive,
// and answer what the doors need first (the newest stories, the newest article, autocomplete).
// Reports how long that took and the memory then, as its 'ready' message.
import { createStoryArchive } from '../../src/archive/archive.ts';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/storage/open.ts';
import { tellReady } from '../lib/spawn.ts';

const t0 = performance.now();
const opened = await openDatabase({ dataDir: process.env.DATA_DIR ?? '.' });
const archive = createStoryArchive({ db: opened.db, logger: createLogger('warn') });
const latest = await archive.latest(10);
const article = latest[0] ? await archive.article(latest[0].slug) : null;
await archive.complete('', 25);
const readyAt = performance.now();
tellReady(readyAt, {
  openMs: readyAt - t0,
  stories: latest.length,
  article: article?.article.slug ?? null,
});

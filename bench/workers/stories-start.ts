// One start of the bot's stories as src/main.ts opens them (openStories: the database, the archive,
// content/ as a source), until the first things a door asks are answered: the newest story's
// summary and autocomplete of `article` (which waits for the headline catalogue). Reports how long
// that took and the memory then, as its 'ready' message.
import { loadConfig } from '../../src/config/env.ts';
import { newestArticle } from '../../src/core/library.ts';
import { openStories } from '../../src/lifecycle/open-stories.ts';
import { createLogger } from '../../src/logger.ts';
import { tellReady } from '../lib/spawn.ts';

const t0 = performance.now();
const config = loadConfig({ CONTENT_DIR: process.env.CONTENT_DIR, DATA_DIR: process.env.DATA_DIR });
const stories = await openStories({ config, logger: createLogger('warn') });
const storiesMs = performance.now();
const article = await newestArticle(stories.library);
const choices = await stories.library.headlines('', 25);
const readyAt = performance.now();
tellReady(readyAt, {
  openMs: storiesMs - t0,
  readyMs: readyAt - t0,
  choices: choices.length,
  article: article?.article.slug ?? null,
});

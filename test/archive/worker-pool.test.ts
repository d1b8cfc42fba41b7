// The archive analysing through real worker threads: a new story's analysis comes back from the
// pool, and a text that is not an article is rejected with the reason the worker gave.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type AnalysisPool, createAnalysisPool } from '../../src/analysis/pool.ts';
import { createStoryArchive } from '../../src/archive/archive.ts';
import { createLogger } from '../../src/logger.ts';
import { type OpenDatabase, openDatabase } from '../../src/storage/open.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { storyText } from './helpers/story-text.ts';

forEachDatabase((database) => {
  let place: DatabasePlace;
  let opened: OpenDatabase;
  let pool: AnalysisPool;

  beforeAll(async () => {
    place = await database.create();
    opened = await openDatabase(place.options);
    pool = createAnalysisPool({ size: 1 });
  });
  afterAll(async () => {
    await pool.close();
    await opened.close();
    await place.drop();
  });

  it('archive: stories are analysed in the worker pool; invalid text comes back rejected', async () => {
    const archive = createStoryArchive({
      db: opened.db,
      logger: createLogger('silent'),
      analyze: pool.analyze,
    });
    const text = storyText({
      title: 'Tram Line Opens to Passengers',
      lead: [
        'The new tram line opened to passengers on Sunday. “It is faster than the bus,” said Ana Ruiz, a nurse.',
        'The city expects twenty thousand riders a day by summer.',
      ],
    });
    const source = { kind: 'webhook' as const, name: 'newsroom' };
    expect(await archive.ingest({ key: 'tram', url: null, text, source, published: null })).toEqual({
      status: 'new',
      slug: 'tram-line-opens-to-passengers',
      revision: 1,
    });
    const article = await archive.article('tram-line-opens-to-passengers');
    expect(article?.quotes.map((q) => q.speaker)).toEqual(['Ana Ruiz']);
    const bad = await archive.ingest({
      key: 'x',
      url: null,
      text: '\u0000\u0001binary',
      source,
      published: null,
    });
    expect(bad).toMatchObject({ status: 'rejected', slug: null });
    expect(bad.reason).toMatch(/binary|text/i);
  });
});

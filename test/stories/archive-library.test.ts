// The archive as the core reads it: the headline catalogue learns of stories as sources store
// them, autocomplete matches headline words newest first, reaches older stories than it holds,
// and forgets withdrawn ones; article, latest, search and changes reach every stored story.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { type ArchiveLibrary, createArchiveLibrary } from '../../src/stories/archive-library.ts';
import { openArchive, type TestArchive } from '../archive/helpers/open-archive.ts';
import { storyText } from '../archive/helpers/story-text.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';

const day = (n: number) => `2026-10-${String(n).padStart(2, '0')}`;

function story(key: string, title: string, published: string, extra = '') {
  return {
    key: `test:${key}`,
    url: null,
    text: storyText({
      title,
      published,
      lead: [`${title} was reported on ${published}. Officials said more would follow soon.${extra}`],
      sections: [
        { heading: 'Background', paragraphs: [`The ${key} story began last year. Nobody expected it.`] },
      ],
    }),
    source: { kind: 'feed' as const, name: 'Test Wire' },
    published,
  };
}

forEachDatabase((database) => {
  let place: DatabasePlace;
  let t: TestArchive;
  let served: ArchiveLibrary;
  const open = (catalogueSize = 1000) =>
    createArchiveLibrary({
      archive: t.archive,
      problems: () => [],
      logger: createLogger('silent'),
      catalogueSize,
      settleMs: 5,
    });

  beforeEach(async () => {
    place = await database.create();
    t = await openArchive(place);
  });
  afterEach(async () => {
    served?.close();
    await t.close();
    await place.drop();
  });

  it('catalogue: a story stored through the library is offered by autocomplete once settled, newest first', async () => {
    served = open();
    await served.archive.ingest(story('ferry', 'Harbour ferry strike ends', day(3)));
    await served.archive.ingest(story('ferry-two', 'Ferry fares rise again', day(5)));
    await served.archive.ingest(story('tram', 'Tram line opens', day(4)));
    await served.settled();
    const found = await served.library.headlines('ferr', 25);
    expect(found.map((l) => l.title)).toEqual(['Ferry fares rise again', 'Harbour ferry strike ends']);
    expect((await served.library.headlines('', 25)).map((l) => l.published.slice(0, 10))).toEqual([
      day(5),
      day(4),
      day(3),
    ]);
    expect(await served.library.headlines('zebra', 25)).toEqual([]);
  });

  it('catalogue: a library opened over a filled archive holds its newest headlines without any ingest', async () => {
    await t.archive.ingest(story('ferry', 'Harbour ferry strike ends', day(3)));
    served = open();
    await served.settled();
    expect((await served.library.headlines('harbour strike', 25)).map((l) => l.slug)).toHaveLength(1);
  });

  it('catalogue: bounded to the newest, yet a headline older than all it holds is still found', async () => {
    for (let i = 1; i <= 6; i++) await t.archive.ingest(story(`s${i}`, `Council budget vote ${i}`, day(i)));
    await t.archive.ingest(story('old', 'Lighthouse keeper retires', day(1)));
    served = open(3);
    await served.settled();
    const council = await served.library.headlines('council', 25);
    expect(council.map((l) => l.title)).toEqual([6, 5, 4, 3, 2, 1].map((i) => `Council budget vote ${i}`));
    expect((await served.library.headlines('lighth', 25)).map((l) => l.title)).toEqual([
      'Lighthouse keeper retires',
    ]);
    expect(await served.library.headlines('council', 2)).toHaveLength(2);
  });

  it('catalogue: a withdrawn story is no longer offered', async () => {
    served = open();
    const outcome = await served.archive.ingest(story('tram', 'Tram line opens', day(4)));
    await served.settled();
    expect(await served.library.headlines('tram', 25)).toHaveLength(1);
    expect(await served.archive.withdraw('feed', 'test:tram')).toBe(outcome.slug);
    expect(await served.library.headlines('tram', 25)).toEqual([]);
  });

  it('reads: article, latest, search and changes reach every stored story; a revision has its changes', async () => {
    served = open();
    await served.archive.ingest(story('ferry', 'Harbour ferry strike ends', day(3)));
    const revised = await served.archive.ingest(
      story('ferry', 'Harbour ferry strike ends', day(3), ' Talks resume on Monday.'),
    );
    expect(revised.status).toBe('revised');
    const slug = revised.slug ?? '';
    expect((await served.library.article(slug))?.article.title).toBe('Harbour ferry strike ends');
    expect((await served.library.latest(5)).map((l) => l.slug)).toEqual([slug]);
    expect((await served.library.search('ferry strike', 5)).map((l) => l.slug)).toEqual([slug]);
    const changes = await served.library.changes(slug);
    expect(changes?.revision).toBe(2);
    expect(changes?.added.map((x) => x.text)).toContain('Talks resume on Monday.');
    expect(served.library.revisionsOff()).toBeNull();
  });
  it('reads: the newest story is served from memory, yet a story stored or withdrawn here shows at once', async () => {
    served = open();
    await served.archive.ingest(story('a', 'Harbour reopens', day(1)));
    expect((await served.library.latest(1)).map((l) => l.title)).toEqual(['Harbour reopens']);
    await served.archive.ingest(story('b', 'Bridge toll scrapped', day(2)));
    expect((await served.library.latest(1)).map((l) => l.title)).toEqual(['Bridge toll scrapped']);
    await served.archive.withdraw('feed', 'test:b');
    expect((await served.library.latest(1)).map((l) => l.title)).toEqual(['Harbour reopens']);
  });
});

// /summit latest, search and changes through the core: over content/ alone (no database) and over
// the real archive, where a story's revisions are kept.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { composeSummit } from '../../../src/compose-summit.ts';
import type { AnalyzedArticle } from '../../../src/core/article.ts';
import { sourceLabel } from '../../../src/core/handlers/story-list.ts';
import type { StoryLibrary } from '../../../src/core/library.ts';
import type { Reply } from '../../../src/core/reply.ts';
import type { CommandRequest } from '../../../src/core/request.ts';
import { ageOf } from '../../../src/core/text/age.ts';
import { createLogger } from '../../../src/logger.ts';
import { type ArchiveLibrary, createArchiveLibrary } from '../../../src/stories/archive-library.ts';
import { openArchive, type TestArchive } from '../../archive/helpers/open-archive.ts';
import { storyText } from '../../archive/helpers/story-text.ts';
import { type DatabasePlace, forEachDatabase } from '../../helpers/databases.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';

const now = new Date('2026-10-12T09:00:00Z');

function ask(library: StoryLibrary) {
  const summit = composeSummit({ library, now: () => now });
  return (command: string, options: CommandRequest['options'] = {}): Promise<Reply> =>
    summit.handle({
      command,
      options,
      who: { platform: 'console', userId: 'u1', canManage: false },
      where: { platform: 'console', channelId: 'c1' },
    });
}

const texts = (reply: Reply) =>
  reply.blocks.flatMap((b) =>
    b.kind === 'text' || b.kind === 'heading' ? [b.text] : b.kind === 'bullets' ? b.items : [],
  );
const headings = (reply: Reply) => reply.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

function stories(count: number): AnalyzedArticle[] {
  return Array.from({ length: count }, (_, i) =>
    handmadeArticle({
      slug: `story-${i + 1}`,
      title: `Harbour story number ${i + 1}`,
      published: `2026-10-${String(i + 1).padStart(2, '0')}`,
    }),
  );
}

describe('latest, search and changes over content/ alone', () => {
  it('latest: five newest by default, each with source, age, key point and a button to its summary', async () => {
    const reply = await ask(memoryLibrary(stories(8)))('latest');
    expect(reply.tone).toBe('info');
    expect(headings(reply)).toEqual([8, 7, 6, 5, 4].map((i) => `Harbour story number ${i}`));
    expect(texts(reply).filter((x) => x.endsWith(' · 4 days ago'))).toHaveLength(1);
    expect(texts(reply)).toContain('The harbour festival opened on Friday with record crowds.');
    expect(reply.actions?.map((a) => [a.command, a.options.article])).toEqual(
      [8, 7, 6, 5, 4].map((i) => ['summary', `story-${i}`]),
    );
  });

  it('latest: count picks how many, at most 10; 11 or 0 is refused with the range', async () => {
    const run = ask(memoryLibrary(stories(12)));
    expect(headings(await run('latest', { count: 10 }))).toHaveLength(10);
    expect(headings(await run('latest', { count: 1 }))).toEqual(['Harbour story number 12']);
    for (const count of [11, 0]) {
      const refused = await run('latest', { count });
      expect(refused.tone).toBe('error');
      expect(texts(refused).join(' ')).toContain('count must be from 1 to 10');
    }
  });

  it('latest: with no story at all, says how to add one', async () => {
    const reply = await ask(memoryLibrary([]))('latest');
    expect(reply.title).toBe('No article yet');
  });

  it('search: best match first, same layout; nothing matching gets a plain answer and a Latest button', async () => {
    const run = ask(memoryLibrary(stories(3)));
    const found = await run('search', { words: 'number 2' });
    expect(headings(found)[0]).toBe('Harbour story number 2');
    expect(found.actions?.[0]?.options.article).toBe('story-2');
    const none = await run('search', { words: 'zeppelin' });
    expect(none.title).toBe('Search: zeppelin');
    expect(texts(none).join(' ')).toContain("No story matches 'zeppelin'");
    expect(none.actions).toEqual([{ label: 'Latest stories', command: 'latest', options: {} }]);
  });

  it('changes: without the database, says that no earlier versions are kept and why', async () => {
    const reply = await ask(memoryLibrary(stories(1)))('changes');
    expect(reply.title).toBe('Changes: Harbour story number 1');
    expect(texts(reply).join(' ')).toContain('No earlier versions are kept.');
  });

  it('age: minutes, hours, yesterday, days, and the date past a month', () => {
    expect(ageOf('2026-10-12T08:55:00Z', now)).toBe('5 minutes ago');
    expect(ageOf('2026-10-12T06:00:00Z', now)).toBe('3 hours ago');
    expect(ageOf('2026-10-11', now)).toBe('yesterday');
    expect(ageOf('2026-10-12', now)).toBe('today');
    expect(ageOf('2026-10-02T10:00:00Z', now)).toBe('10 days ago');
    expect(ageOf('2026-01-02', now)).toBe('on 2026-01-02');
    expect(ageOf('', now)).toBe('');
  });
});

forEachDatabase((database) => {
  let place: DatabasePlace;
  let t: TestArchive;
  let served: ArchiveLibrary;
  const ferry = (extra: string[]) => ({
    key: 'wire:ferry',
    url: null,
    text: storyText({
      title: 'Harbour ferry strike ends',
      published: '2026-10-10',
      lead: ['The harbour ferry strike ended on Friday after nine days. Crews return on Monday.'],
      sections: [
        { heading: 'Talks', paragraphs: ['Union and operator met for six hours.', ...extra] },
        { heading: 'Passengers', paragraphs: ['Commuters used buses during the strike.'] },
      ],
    }),
    source: { kind: 'feed' as const, name: 'Harbour Wire' },
    published: '2026-10-10',
  });

  beforeEach(async () => {
    place = await database.create();
    t = await openArchive(place);
    served = createArchiveLibrary({ archive: t.archive, problems: () => [], logger: createLogger('silent') });
  });
  afterEach(async () => {
    served.close();
    await t.close();
    await place.drop();
  });

  it('changes: a story with one revision says nothing has changed', async () => {
    await served.archive.ingest(ferry([]));
    const reply = await ask(served.library)('changes');
    expect(texts(reply).join(' ')).toContain('This story has one version');
  });

  it('changes: the latest revision, sentences added by section, with a button back to the summary', async () => {
    await served.archive.ingest(ferry([]));
    await served.archive.ingest(ferry(['A mediator joined them at noon.']));
    const reply = await ask(served.library)('changes', { article: 'harbour-ferry' });
    expect(reply.title).toBe('What changed: Harbour ferry strike ends');
    expect(texts(reply)[0]).toMatch(
      /^Revision 2, stored \d{4}-\d{2}-\d{2}: 1 sentence added, 0 removed, 0 changed\.$/,
    );
    expect(headings(reply)).toEqual(['Talks']);
    expect(texts(reply)).toContain('Added: A mediator joined them at noon.');
    expect(reply.actions?.map((a) => a.command)).toEqual(['summary']);
  });

  it('summary, latest and search reach a story stored in the archive only', async () => {
    await served.archive.ingest(ferry([]));
    const run = ask(served.library);
    expect((await run('summary')).title).toBe('Harbour ferry strike ends');
    expect(headings(await run('latest'))).toEqual(['Harbour ferry strike ends']);
    expect(texts(await run('latest'))).toContain('Harbour Wire · 2 days ago');
    expect(headings(await run('search', { words: 'ferry crews' }))).toEqual(['Harbour ferry strike ends']);
  });
});

describe('source names', () => {
  it('a content file stored under its full path is shown as folder/name, never the host path', () => {
    expect(sourceLabel('/srv/summit/content/tide.md')).toBe('content/tide.md');
    expect(sourceLabel('C:\\bot\\content\\tide.md')).toBe('content/tide.md');
    expect(sourceLabel('Harbour Wire')).toBe('Harbour Wire');
    expect(sourceLabel('content/tide.md')).toBe('content/tide.md');
  });
});

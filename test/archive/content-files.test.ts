// content/ files through the archive: the library serves them as before, edits become revisions,
// a restart analyses nothing again, a deleted file's story is withdrawn, a bad file is reported.
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openArchivedContent } from '../../src/archive/content-files.ts';
import type { ContentLibrary } from '../../src/content/library.ts';
import { createLogger } from '../../src/logger.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { openArchive, type TestArchive } from './helpers/open-archive.ts';

const survey = (count: string) =>
  [
    '---',
    'published: 2026-10-02',
    '---',
    'Otters Return to the River Wend',
    `A volunteer survey found signs of otters at ${count} of twenty sites this summer. The trust said it was the best result since counts began.`,
    'Teams walked each stretch twice, looking for footprints on sandbanks. Every find was checked by an ecologist.',
  ].join('\n');

forEachDatabase((database) => {
  let place: DatabasePlace;
  let root: string;
  let dir: string;
  let t: TestArchive;
  let library: ContentLibrary | undefined;
  const logger = createLogger('silent');

  beforeEach(async () => {
    place = await database.create();
    root = mkdtempSync(join(tmpdir(), 'summit-archive-content-'));
    dir = join(root, 'content');
    mkdirSync(dir);
    t = await openArchive(place);
  });
  afterEach(async () => {
    library?.close();
    await t.close();
    await place.drop();
    rmSync(root, { recursive: true, force: true });
  });

  const open = async () => {
    library?.close();
    library = await openArchivedContent(dir, t.archive, logger, { checkIntervalMs: 0, watch: false });
    return library;
  };

  it('content files: served by the library as before, and stored in the archive under the file-name slug', async () => {
    writeFileSync(join(dir, '2026-10-02-otters.txt'), survey('eleven'));
    const lib = await open();
    expect(lib.bySlug('otters')?.article.title).toBe('Otters Return to the River Wend');
    const [listing] = await t.archive.latest(5);
    expect(listing).toMatchObject({
      slug: 'otters',
      sources: ['content/2026-10-02-otters.txt'],
      revision: 1,
    });
  });

  it('content files: an edited file becomes a revision with its diff, and the library serves the edit', async () => {
    writeFileSync(join(dir, 'otters.txt'), survey('eleven'));
    const lib = await open();
    writeFileSync(join(dir, 'otters.txt'), survey('twelve'));
    await lib.refresh();
    expect(JSON.stringify(lib.bySlug('otters'))).toContain('twelve of twenty');
    const changes = await t.archive.changes('otters');
    expect(changes?.changed).toEqual([
      {
        section: 'Lead',
        before: 'A volunteer survey found signs of otters at eleven of twenty sites this summer.',
        after: 'A volunteer survey found signs of otters at twelve of twenty sites this summer.',
      },
    ]);
  });

  it('content files: a restart analyses nothing already stored', async () => {
    writeFileSync(join(dir, 'otters.txt'), survey('eleven'));
    await open();
    expect(t.analysed()).toBe(1);
    library?.close();
    library = undefined;
    await t.close();
    t = await openArchive(place);
    const lib = await open();
    expect(lib.bySlug('otters')?.article.title).toBe('Otters Return to the River Wend');
    expect(t.analysed()).toBe(0);
  });

  it('content files: a deleted file leaves the library and its story is withdrawn from the archive', async () => {
    writeFileSync(join(dir, 'otters.txt'), survey('eleven'));
    const lib = await open();
    unlinkSync(join(dir, 'otters.txt'));
    await lib.refresh();
    expect(lib.bySlug('otters')).toBeNull();
    expect(await t.archive.article('otters')).toBeNull();
    expect(await t.archive.latest(5)).toEqual([]);
  });

  it('content files: a file deleted while the bot was stopped is withdrawn when it opens', async () => {
    writeFileSync(join(dir, 'otters.txt'), survey('eleven'));
    await open();
    library?.close();
    library = undefined;
    unlinkSync(join(dir, 'otters.txt'));
    await open();
    expect(await t.archive.latest(5)).toEqual([]);
  });

  it('content files: a file that is not an article is reported by the library and not stored', async () => {
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const lib = await open();
    expect(lib.problems().map((p) => p.file)).toEqual([join(dir, 'empty.txt')]);
    expect(await t.archive.latest(5)).toEqual([]);
  });
});

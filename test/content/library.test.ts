import { copyFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { analyzeInWorker } from '../../src/analysis/pool.ts';
import { type ContentLibraryOptions, createContentLibrary } from '../../src/content/library.ts';
import { createLogger } from '../../src/logger.ts';

const fixtures = new URL('../fixtures/content/', import.meta.url);
let dir: string;
let logLines: { msg: string; file?: string; problem?: string }[];
const libraries: { close(): void }[] = [];

async function open(options: ContentLibraryOptions = { checkIntervalMs: 0 }) {
  const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) });
  const library = await createContentLibrary(dir, logger, options);
  libraries.push(library);
  return library;
}
const copy = (name: string, as = name): void => copyFileSync(new URL(name, fixtures), join(dir, as));
const write = (name: string, text: string): void => writeFileSync(join(dir, name), text);
const slugs = (library: { list(): { article: { slug: string } }[] }): string[] =>
  library.list().map((a) => a.article.slug);
const story = (title: string, published: string): string =>
  `---\npublished: ${published}\n---\n${title}\nThe first sentence of ${title} is here. A second one follows.\n`;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'summit-content-'));
  logLines = [];
});
afterEach(async () => {
  for (const library of libraries.splice(0)) library.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('createContentLibrary', async () => {
  it('library: serves every article newest first and finds one by slug', async () => {
    for (const name of [
      'harbour-ferry-strike.txt',
      '2024-05-20-orchard-festival.txt',
      'river-survey.md',
      'pinned-budget.md',
    ]) {
      copy(name);
    }
    write('notes.json', '{"not": "an article"}');
    const library = await open();
    expect(slugs(library)).toEqual([
      'river-survey',
      'orchard-festival',
      'council-budget',
      'harbour-ferry-strike',
    ]);
    expect(library.newest()?.article.slug).toBe('river-survey');
    expect(library.bySlug('council-budget')?.keyPoints).toEqual([
      'The council set a budget that freezes parking charges.',
      'Libraries keep their opening hours.',
    ]);
    expect(library.bySlug('nope')).toBeNull();
    expect(library.problems()).toEqual([]);
  });

  it('library: reports malformed files with path and reason, logs them, and serves the rest', async () => {
    copy('river-survey.md');
    write('empty.txt', '');
    write('bad-date.md', '---\npublished: last Tuesday\n---\n# Title\n\nText here.\n');
    write('bad-yaml.txt', '---\ntitle: "unclosed\n---\nHeadline\nText here.\n');
    write('no-paragraphs.txt', 'Just A Headline\n');
    const library = await open();
    expect(slugs(library)).toEqual(['river-survey']);
    const problems = library.problems();
    expect(problems.map((p) => p.file)).toEqual(
      ['bad-date.md', 'bad-yaml.txt', 'empty.txt', 'no-paragraphs.txt'].map((n) => join(dir, n)),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^bad-date\.md: front matter: 'published' must be a date written YYYY-MM-DD/),
      expect.stringMatching(/^bad-yaml\.txt: front matter is not valid YAML/),
      expect.stringMatching(/^empty\.txt: the file is empty/),
      expect.stringMatching(/^no-paragraphs\.txt: the article has no paragraphs/),
    ]);
    const skipped = logLines.filter((l) => l.msg === 'content file skipped').map((l) => l.file);
    expect(skipped.sort()).toEqual(['bad-date.md', 'bad-yaml.txt', 'empty.txt', 'no-paragraphs.txt']);
  });

  it('library: a second file with the same slug is reported and the first is served', async () => {
    write(
      'a-first.txt',
      '---\nslug: same\npublished: 2024-01-01\n---\nAlpha Story\nThe alpha text is here.\n',
    );
    write('b-second.md', '---\nslug: same\n---\n# Beta Story\n\nBeta text is here.\n');
    const library = await open();
    expect(library.bySlug('same')?.article.title).toBe('Alpha Story');
    expect(library.problems()).toEqual([
      {
        file: join(dir, 'b-second.md'),
        message: expect.stringMatching(/slug 'same' is already used by a-first\.txt/),
      },
    ]);
  });

  it('library: edits, additions and removals take effect without a restart', async () => {
    write('one.txt', story('First Story', '2024-01-01'));
    const library = await open();
    expect(library.newest()?.article.title).toBe('First Story');
    write('two.txt', story('Second Story', '2024-02-01'));
    await library.refresh();
    expect(slugs(library)).toEqual(['two', 'one']);
    write('one.txt', story('First Story Rewritten', '2024-03-01'));
    await library.refresh();
    expect(library.newest()?.article.title).toBe('First Story Rewritten');
    unlinkSync(join(dir, 'one.txt'));
    await library.refresh();
    expect(slugs(library)).toEqual(['two']);
    expect(library.bySlug('one')).toBeNull();
  });

  it('library: a file that breaks keeps its last good version and reports why', async () => {
    write('one.txt', story('Good Story', '2024-01-01'));
    const library = await open();
    write('one.txt', '---\npublished: soon\n---\nGood Story\nText.\n');
    await library.refresh();
    expect(library.bySlug('one')?.article.title).toBe('Good Story');
    expect(library.problems()[0]?.message).toMatch(/'published'.*still serving the last good version/);
    write('one.txt', story('Fixed Story', '2024-01-02'));
    await library.refresh();
    expect(library.bySlug('one')?.article.title).toBe('Fixed Story');
    expect(library.problems()).toEqual([]);
  });

  it('library: checks the directory at most once per interval on access', async () => {
    let clock = 0;
    const library = await open({ checkIntervalMs: 1000, watch: false, now: () => clock });
    expect(library.list()).toEqual([]);
    write('one.txt', story('Late Story', '2024-01-01'));
    clock = 999;
    expect(library.list()).toEqual([]);
    await library.ready();
    expect(library.list()).toEqual([]);
    clock = 1000;
    expect(library.list()).toEqual([]);
    await library.ready();
    expect(slugs(library)).toEqual(['one']);
  });

  it('library: fs.watch reloads a changed file before any access', async () => {
    write('one.txt', story('Watched Story', '2024-01-01'));
    const library = await open({ checkIntervalMs: Number.POSITIVE_INFINITY });
    const changed = new Promise<void>((resolve) => library.onChange(resolve));
    write('two.txt', story('Arrived Story', '2024-06-01'));
    await changed;
    expect(library.newest()?.article.title).toBe('Arrived Story');
  });

  it('library: an unchanged file is analyzed once, even when touched', async () => {
    write('one.txt', story('Cached Story', '2024-01-01'));
    let analyses = 0;
    const library = await open({
      checkIntervalMs: 0,
      analyze: (text, file, version) => {
        analyses++;
        return analyzeInWorker(text, file, version);
      },
    });
    const before = library.newest();
    utimesSync(join(dir, 'one.txt'), new Date(), new Date(Date.now() + 5000));
    await library.refresh();
    expect(library.newest()).toBe(before);
    expect(analyses).toBe(1);
  });

  it('library: an analyzer failure is reported as a problem, not a crash', async () => {
    write('one.txt', story('Doomed Story', '2024-01-01'));
    const library = await open({
      analyze: async () => {
        throw new TypeError('boom');
      },
    });
    expect(library.list()).toEqual([]);
    expect(library.problems()[0]?.message).toMatch(/^one\.txt: could not be analyzed \(boom\)/);
  });

  it('library: a missing directory is a problem, not a crash, and is read once it exists', async () => {
    rmSync(dir, { recursive: true });
    const library = await open();
    expect(library.list()).toEqual([]);
    expect(library.problems()[0]?.message).toMatch(/cannot be read \(ENOENT\); create it/);
    mkdirSync(dir);
    write('one.txt', story('Born Story', '2024-01-01'));
    await library.refresh();
    expect(slugs(library)).toEqual(['one']);
    expect(library.problems()).toEqual([]);
  });
});

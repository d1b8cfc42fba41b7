// The stories as main.ts opens them: content/'s first load on a new database is analysed on this
// thread (a start pays for no analysis worker), every later text in the worker pool; either way
// the stories served are the same.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../src/config/env.ts';
import { type OpenStories, openStories } from '../../src/lifecycle/open-stories.ts';
import { createLogger } from '../../src/logger.ts';

const pool = vi.hoisted(() => ({ texts: [] as string[] }));

// The real pool, with the texts it is handed counted.
vi.mock('../../src/analysis/pool.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/analysis/pool.ts')>();
  return {
    ...real,
    analyzeInWorker: (text: string, fileName: string, version: string) => {
      pool.texts.push(fileName);
      return real.analyzeInWorker(text, fileName, version);
    },
  };
});

describe('openStories', () => {
  let dir: string;
  let stories: OpenStories | undefined;
  const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');

  beforeEach(() => {
    pool.texts = [];
    dir = mkdtempSync(join(tmpdir(), 'summit-open-stories-'));
    cpSync(fixtures, join(dir, 'content'), { recursive: true });
  });
  afterEach(async () => {
    await stories?.close();
    stories = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const open = async () => {
    const config = loadConfig({ CONTENT_DIR: join(dir, 'content'), DATA_DIR: join(dir, 'data') });
    stories = await openStories({ config, logger: createLogger('silent'), warn: () => undefined });
    return stories;
  };

  it('first load: every content/ file is stored and served, none analysed in the worker pool', async () => {
    const { library } = await open();
    const titles = (await library.latest(10)).map((l) => l.title);
    expect(titles).toHaveLength(4);
    expect(titles).toContain('Port Calder Ferry Strike Halts Harbour Crossings');
    expect(pool.texts).toEqual([]);
  });

  it('after the first load, a new content/ file is analysed in the worker pool and served', async () => {
    const { library, content } = await open();
    const text = readFileSync(join(fixtures, 'harbour-ferry-strike.txt'), 'utf8').replace(
      'Port Calder Ferry Strike Halts Harbour Crossings',
      'Port Calder Ferry Strike Ends After Two Days',
    );
    writeFileSync(join(dir, 'content', 'ferry-strike-ends.txt'), text);
    await content.refresh();
    expect(pool.texts).toEqual(['ferry-strike-ends.txt']);
    const titles = (await library.latest(10)).map((l) => l.title);
    expect(titles).toContain('Port Calder Ferry Strike Ends After Two Days');
  });
});

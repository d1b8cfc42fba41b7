// `npm run summit -- fetch <url> [--json]` as a script calls it: a child process against the fake
// publisher, printing what the bot would ingest without storing anything.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NewsServer, startNewsServer } from '../fakes/news/server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let news: NewsServer;
beforeAll(async () => {
  news = await startNewsServer();
});
afterAll(() => news.close());

function summit(args: string[], env: Record<string, string> = { FEEDS_ALLOW_PRIVATE: '1' }) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/summit.ts', ...args],
      { cwd: root, env: { PATH: process.env.PATH ?? '', DATA_DIR: '/nonexistent-never-written', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('summit fetch', () => {
  it('fetch --json: a feed’s articles in exactly the documented shape; an unreadable teaser on stderr', async () => {
    const { code, stdout, stderr } = await summit(['fetch', news.url('/teaser.xml'), '--json']);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^Skipped .*\/pages\/gone\.html: it is a teaser and its page could not be read \(the server answered HTTP 404\)$/m,
    );
    const { articles, ...rest } = JSON.parse(stdout);
    expect(rest).toEqual({});
    expect(articles).toHaveLength(2);
    const [bridge] = articles;
    expect(Object.keys(bridge).sort()).toEqual([
      'published',
      'quotes',
      'sections',
      'slug',
      'source',
      'summary',
      'title',
      'url',
    ]);
    expect(bridge).toMatchObject({
      slug: 'council-votes-to-rebuild-the-harbour-bridge',
      title: 'Council votes to rebuild the harbour bridge',
      url: news.url('/news/harbour-bridge'),
      published: '2026-12-01T18:30:00.000Z',
      source: 'Teaser Times',
    });
    expect(bridge.sections.map((s: { heading: string }) => s.heading)).toEqual([
      'Lead',
      'What the council said',
      'Shops on the quay',
    ]);
    expect(bridge.summary.length).toBeGreaterThan(0);
    expect(bridge.quotes).toContainEqual(
      expect.objectContaining({ speaker: 'Ada Finch', section: 'What the council said' }),
    );
  });

  it('fetch: an article page prints one article as text', async () => {
    const { code, stdout } = await summit(['fetch', news.url('/pages/library-hours.html')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Library keeps longer hours\n.*2026-12-03T12:00:00\.000Z/);
    expect(stdout).toMatch(/Quotes \(1\):\n {2}“People told us clearly.*” — Tomas Reyes/);
  });

  it('fetch: without FEEDS_ALLOW_PRIVATE a loopback address is refused, exit code 1', async () => {
    const { code, stdout, stderr } = await summit(['fetch', news.url('/rss2.xml')], {});
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Cannot read .*: refused to connect: 127\.0\.0\.1 is a loopback address/);
    expect(news.hits('/rss2.xml')).toBe(0);
  });

  it('fetch: without a URL prints the usage, exit code 2', async () => {
    expect(await summit(['fetch'])).toMatchObject({
      code: 2,
      stderr: 'Usage: npm run summit -- fetch <feed-or-page-url> [--json]\n',
    });
  });
});

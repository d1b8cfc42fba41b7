// Reading what a URL holds: every feed format, encodings declared in the prolog or only in the
// header, malformed XML, article pages with and without headings; and items made into article
// text the content parser reads, with teasers replaced by their page's article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticle } from '../../src/content/parse.ts';
import type { ParsedFeed } from '../../src/sources/feed-parse.ts';
import { itemToStory, pageToStory } from '../../src/sources/feed-stories.ts';
import type { ExtractedPage } from '../../src/sources/page-extract.ts';
import { readUrl } from '../../src/sources/read-url.ts';
import { createSafeFetcher, type SafeFetcher } from '../../src/sources/safe-fetch.ts';
import { type NewsServer, startNewsServer } from '../fakes/news/server.ts';

let news: NewsServer;
let fetcher: SafeFetcher;
beforeAll(async () => {
  news = await startNewsServer();
  fetcher = createSafeFetcher({ allowPrivate: true });
});
afterAll(async () => {
  await fetcher.close();
  await news.close();
});

async function feedAt(path: string): Promise<ParsedFeed> {
  const read = await readUrl(fetcher, news.url(path));
  if (read.kind !== 'feed') throw new Error(`expected a feed at ${path}, got ${read.kind}`);
  return read.feed;
}

async function pageAt(path: string): Promise<ExtractedPage> {
  const read = await readUrl(fetcher, news.url(path));
  if (read.kind !== 'page') throw new Error(`expected a page at ${path}, got ${read.kind}`);
  return read.page;
}

const readPage = (url: string) => pageAtUrl(url);
async function pageAtUrl(url: string): Promise<ExtractedPage> {
  const read = await readUrl(fetcher, url);
  if (read.kind !== 'page') throw new Error(read.kind === 'refused' ? read.reason : 'not a page');
  return read.page;
}

describe('feeds', () => {
  it('feeds: RSS 2.0 items get guid, absolute link, ISO date, author, tags, and the ttl as a hint', async () => {
    const feed = await feedAt('/rss2.xml');
    expect(feed).toMatchObject({ format: 'rss', title: 'Millbrook Gazette', refreshHintMs: 30 * 60_000 });
    expect(feed.items[0]).toMatchObject({
      guid: 'gazette-1001',
      link: 'https://gazette.test/news/harbour-bridge',
      title: 'Council votes to rebuild the harbour bridge',
      published: '2026-12-01T18:30:00.000Z',
      author: 'Rosa Lindqvist',
      tags: ['Transport', 'Council'],
    });
    expect(feed.items[1]?.published).toBe('2026-12-02T08:00:00.000Z');
  });

  it('feeds: RSS 1.0 (RDF) uses rdf:about as the guid and sy:updatePeriod as the hint', async () => {
    const feed = await feedAt('/rss1.rdf');
    expect(feed).toMatchObject({ format: 'rdf', title: 'Valley Weekly', refreshHintMs: 3_600_000 });
    expect(feed.items[0]).toMatchObject({
      guid: 'https://valley.test/stories/bridge',
      published: '2026-12-01T18:45:00.000Z',
      tags: ['Infrastructure'],
    });
  });

  it('feeds: Atom resolves relative links against the site and makes HTML titles plain text', async () => {
    const feed = await feedAt('/atom.xml');
    expect(feed.items[0]).toMatchObject({
      guid: 'tag:notes.test,2026:bridge-next',
      link: 'https://notes.test/2026/12/bridge-next',
      title: 'Bridge vote: what comes next',
      author: 'Omar Haddad',
      tags: ['Harbour'],
    });
  });

  it('feeds: JSON Feed reads content_html and content_text items', async () => {
    const feed = await feedAt('/feed.json');
    expect(feed.format).toBe('json');
    expect(feed.items.map((i) => i.guid)).toEqual(['qd-77', 'qd-78']);
    expect(feed.items[1]?.contentHtml).toMatch(/^<p>The Millbrook library .*<\/p><p>The longer hours/);
  });

  it('feeds: windows-1252 declared only in the XML prolog reads as the right characters', async () => {
    const feed = await feedAt('/cp1252.xml');
    expect(feed.title).toBe('Café Crème Chronicle');
    expect(feed.items[0]?.title).toBe('“Café” owners cheer the bridge – a €2m boost');
  });

  it('feeds: ISO-8859-1 declared only in the Content-Type header reads as the right characters', async () => {
    const feed = await feedAt('/latin1.xml');
    expect(feed.items[0]?.title).toBe('Le pont sera reconstruit, annonce la maire Hélène Dubois');
  });

  it('feeds: malformed XML (bare &, an entity XML does not define) still yields its items', async () => {
    const feed = await feedAt('/malformed.xml');
    expect(feed.items.map((i) => i.title)).toEqual(['Fish & chips shop reopens', 'Second item & more']);
  });

  it('feeds: XML that is not a feed is an error that says so', async () => {
    await expect(readUrl(fetcher, news.url('/not-a-feed.xml'))).rejects.toThrow(/not a readable feed/);
  });

  it('feeds: a matching ETag costs a 304 and nothing more', async () => {
    const first = await readUrl(fetcher, news.url('/rss2.xml'));
    if (first.kind !== 'feed') throw new Error('expected a feed');
    expect(first.validators.etag).toBe('"rss2-v1"');
    expect(await readUrl(fetcher, news.url('/rss2.xml'), first.validators)).toEqual({ kind: 'not-modified' });
  });

  it('feeds: a 429 is handed back with its Retry-After in ms', async () => {
    expect(await readUrl(fetcher, news.url('/rate-limited.xml'))).toMatchObject({
      kind: 'refused',
      status: 429,
      retryAfterMs: 3_600_000,
    });
  });
});

describe('pages', () => {
  it('pages: keeps h2/h3 as sections, the byline, date, canonical URL and site; no script or pixel', async () => {
    const page = await pageAt('/pages/harbour-bridge.html');
    expect(page).toMatchObject({
      title: 'Council votes to rebuild the harbour bridge',
      published: '2026-12-01T18:30:00.000Z',
      canonicalUrl: news.url('/news/harbour-bridge'),
      siteName: 'Teaser Times',
      feedLinks: [news.url('/teaser.xml')],
    });
    expect(page.byline).toMatch(/Rosa Lindqvist/);
    expect(page.blocks.map((b) => b.heading)).toEqual([null, 'What the council said', 'Shops on the quay']);
    const all = JSON.stringify(page.blocks);
    expect(all).not.toMatch(/injected|track|window\.|<|Subscribe|Home/);
  });

  it('pages: a page without headings is one lead section; its date comes from JSON-LD', async () => {
    const page = await pageAt('/pages/library-hours.html');
    expect(page.blocks).toHaveLength(1);
    expect(page.blocks[0]?.paragraphs).toHaveLength(4);
    expect(page.published).toBe('2026-12-03T12:00:00.000Z');
  });

  it('pages: a page becomes article text that the content parser reads with its sections', async () => {
    const story = pageToStory(await pageAt('/pages/harbour-bridge.html'), '127.0.0.1');
    expect(story).toMatchObject({
      key: news.url('/news/harbour-bridge'),
      source: { kind: 'page', name: 'Teaser Times' },
    });
    const { article } = readArticle(story.text, 'story.md');
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Lead',
      'What the council said',
      'Shops on the quay',
    ]);
    expect(article).toMatchObject({
      published: '2026-12-01',
      source: 'Teaser Times',
      url: news.url('/news/harbour-bridge'),
    });
  });
});

describe('items to stories', () => {
  const feedCtx = { id: 'f1', name: 'Gazette' };

  it('items: a full-text item keys on its guid and keeps its sections, with no markup', async () => {
    const feed = await feedAt('/rss2.xml');
    const result = await itemToStory(feed.items[0] as never, feedCtx, readPage);
    if (!('story' in result)) throw new Error(result.rejected);
    expect(result.story).toMatchObject({
      key: 'feed:f1:gazette-1001',
      url: 'https://gazette.test/news/harbour-bridge',
      published: '2026-12-01T18:30:00.000Z',
    });
    expect(result.story.text).not.toMatch(/steal|pixel|<script|<img/);
    const { article } = readArticle(result.story.text, 'story.md');
    expect(article.sections.map((s) => s.heading)).toEqual([
      'Lead',
      'What the council said',
      'Shops on the quay',
    ]);
    expect(article.tags).toEqual(['Transport', 'Council']);
  });

  it('items: a teaser item is replaced by the article on its page; a dead page is counted, not fatal', async () => {
    const feed = await feedAt('/teaser.xml');
    const [bridge, library, gone] = await Promise.all(
      feed.items.map((i) => itemToStory(i, feedCtx, readPage)),
    );
    if (!bridge || !('story' in bridge)) throw new Error('bridge should be a story');
    expect(bridge.story.url).toBe(news.url('/news/harbour-bridge'));
    expect(readArticle(bridge.story.text, 's.md').article.sections).toHaveLength(3);
    if (!library || !('story' in library)) throw new Error('library should be a story');
    expect(readArticle(library.story.text, 's.md').article.sections[0]?.paragraphs).toHaveLength(4);
    expect(gone).toEqual({
      rejected: expect.stringMatching(
        /teaser and its page could not be read \(the server answered HTTP 404\)/,
      ),
    });
  });
});

// Reading bodies in the read worker thread: plain data back, errors by name and reason, and a body
// that takes too long stops the thread without stopping the next read.
import { afterEach, expect, it } from 'vitest';
import { createReadPool, type ReadPool } from '../../src/sources/read-pool.ts';

let pool: ReadPool | undefined;
afterEach(async () => {
  await pool?.close();
});

const rss = (items: number, words = 20) =>
  new TextEncoder().encode(
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Worker News</title>${Array.from(
      { length: items },
      (_, i) =>
        `<item><title>Story ${i}</title><guid>s${i}</guid><description>&lt;p&gt;${'Word and more. '.repeat(words)}&lt;/p&gt;</description></item>`,
    ).join('')}</channel></rss>`,
  );

it('read pool: a feed is parsed in the worker and comes back as plain data with text blocks', async () => {
  pool = createReadPool();
  const read = await pool.read(rss(2), 'application/rss+xml', 'https://news.test/feed');
  if (read.kind !== 'feed') throw new Error('expected a feed');
  expect(read.feed.title).toBe('Worker News');
  expect(read.feed.items[1]).toMatchObject({
    guid: 's1',
    link: null,
    blocks: [{ heading: null, paragraphs: [expect.stringMatching(/^Word and more\./)] }],
  });
});

it('read pool: a body that is not a feed is refused with the reader’s reason', async () => {
  pool = createReadPool();
  const body = new TextEncoder().encode('<?xml version="1.0"?><catalog/>');
  await expect(pool.read(body, 'application/xml', 'https://news.test/x')).rejects.toMatchObject({
    name: 'NotAFeed',
    message: expect.stringMatching(/not a readable feed/),
  });
});

it('read pool: a read over the time limit is stopped, and the next read still works', async () => {
  // The big feed takes 400-700 ms to read on a 2-core machine and a one-item feed a few ms: a limit of 150 ms
  // stops the first whatever the load, and leaves the second (timed from its fresh thread's start) far inside.
  pool = createReadPool({ timeoutMs: 150 });
  await expect(pool.read(rss(3000, 200), 'application/rss+xml', 'https://news.test/big')).rejects.toThrow(
    /reading https:\/\/news\.test\/big took longer than 0\.15 s/,
  );
  expect((await pool.read(rss(1), 'application/rss+xml', 'https://news.test/small')).kind).toBe('feed');
});

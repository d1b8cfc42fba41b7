// The bench's fake publisher: `feeds` RSS feeds at /feed/<n>.xml, each with a few items of plain
// newsroom text and an ETag; bump() changes a share of them (a new item, a new ETag), so a poll
// round meets both 200s and 304s, as a real interval would.
import { createServer } from 'node:http';
import { closeServer, listenLocal } from '../../test/fakes/http.ts';

/** The running publisher and what it served. */
export interface BenchNews {
  port: number;
  /** Changes every feed whose number is below `share` of the total (0..1). */
  bump(share: number): void;
  /** Requests answered 200 and 304 since the start. */
  counts(): { full: number; notModified: number };
  close(): Promise<void>;
}

const paragraph =
  'The harbour board met on Tuesday to agree the winter timetable for the ferries, after a month in which storms cancelled more crossings than in any year since records began. Members said the new plan keeps one early boat on every weekday and moves the last return an hour earlier.';

function feedBody(n: number, version: number): string {
  const items = Array.from({ length: 5 }, (_, i) => {
    const id = version * 5 + i;
    return `<item><title>Feed ${n} story ${id}</title><link>https://feeds.example/${n}/${id}</link><guid>f${n}-${id}</guid><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description>&lt;p&gt;${paragraph}&lt;/p&gt;&lt;p&gt;${paragraph}&lt;/p&gt;</description></item>`;
  }).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed ${n}</title><link>https://feeds.example/${n}</link>${items}</channel></rss>`;
}

/** Starts the publisher with `feeds` feeds on 127.0.0.1. */
export async function startBenchNews(feeds: number): Promise<BenchNews> {
  const versions = new Array<number>(feeds).fill(0);
  let full = 0;
  let notModified = 0;
  const server = createServer((req, res) => {
    const n = Number(/^\/feed\/(\d+)\.xml$/.exec(req.url ?? '')?.[1] ?? -1);
    const version = versions[n];
    if (version === undefined) {
      res.writeHead(404).end();
      return;
    }
    const etag = `"${n}-${version}"`;
    if (req.headers['if-none-match'] === etag) {
      notModified++;
      res.writeHead(304, { etag }).end();
      return;
    }
    full++;
    res
      .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag })
      .end(feedBody(n, version));
  });
  server.keepAliveTimeout = 60_000;
  const port = await listenLocal(server);
  return {
    port,
    bump(share) {
      const count = Math.round(feeds * share);
      for (let n = 0; n < count; n++) versions[n] = (versions[n] ?? 0) + 1;
    },
    counts: () => ({ full, notModified }),
    close: () => closeServer(server),
  };
}

// One fetch of a feed or page URL, classified: a feed (parsed), an article page (extracted), a
// 304 (nothing changed), or an HTTP refusal with its Retry-After. Shared by the poller, `feeds add`
// and the CLI, so all three read a URL the same way; the reading itself runs in a worker thread.
import type { ParsedFeed } from './feed-parse.ts';
import type { ExtractedPage } from './page-extract.ts';
import type { ReadBody } from './read-body.ts';
import { readInWorker } from './read-pool.ts';
import type { SafeFetcher } from './safe-fetch.ts';

/** What a URL turned out to be. */
export type ReadResult =
  | { kind: 'feed'; feed: ParsedFeed; url: string; validators: Validators }
  | { kind: 'page'; page: ExtractedPage; url: string }
  | { kind: 'not-modified' }
  | { kind: 'refused'; status: number; reason: string; retryAfterMs: number | null };

/** Conditional-GET validators of the last good answer. */
export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

/** Fetches `url` (conditionally, when `validators` are known) and reads what came back. */
export async function readUrl(
  fetcher: SafeFetcher,
  url: string,
  validators: Validators = { etag: null, lastModified: null },
  now: () => Date = () => new Date(),
  reader: BodyReader = readInWorker,
): Promise<ReadResult> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['if-none-match'] = validators.etag;
  if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
  const res = await fetcher.fetch(url, headers);
  if (res.status === 304) return { kind: 'not-modified' };
  if (res.status < 200 || res.status >= 300) {
    return {
      kind: 'refused',
      status: res.status,
      reason: `the server answered HTTP ${res.status}`,
      retryAfterMs: retryAfter(res.headers['retry-after'], now()),
    };
  }
  const read = await reader(res.body, res.headers['content-type'] ?? '', res.url);
  if (read.kind === 'page') return { kind: 'page', page: read.page, url: res.url };
  const fresh = { etag: res.headers.etag ?? null, lastModified: res.headers['last-modified'] ?? null };
  return { kind: 'feed', feed: read.feed, url: res.url, validators: fresh };
}

/** Reads a body as a feed or a page (default: in the read worker thread). */
export type BodyReader = (body: Uint8Array, contentType: string, url: string) => Promise<ReadBody>;

/** Retry-After (seconds or an HTTP date) in ms from now; null when absent or unreadable. */
export function retryAfter(header: string | undefined, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

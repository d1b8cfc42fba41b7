// One poll of one claimed feed: a conditional GET, then each item that changed since the last read
// handed to the intake (its page read first when the item is only a teaser), yielding to the event
// loop between items. A bad item is logged and counted, never stops the others; the outcome and the
// next due time are written back and the lease freed.

import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from '../logger.ts';
import { countFeedFetch } from '../metrics/metrics.ts';
import { everyone, type Feed, type PollRecord, recordPoll } from '../storage/feeds.ts';
import type { Database } from '../storage/schema.ts';
import type { StoryIntake } from '../stories/story.ts';
import type { FeedItem, ParsedFeed } from './feed-parse.ts';
import { type FeedContext, itemToStory, type PageReader } from './feed-stories.ts';
import { backoffOf, intervalOf, type PollTiming } from './poll-timing.ts';
import { readUrl } from './read-url.ts';
import type { SafeFetcher } from './safe-fetch.ts';

/** What one poll found. */
export interface PollSummary {
  outcome: 'ok' | 'not-modified' | 'failed';
  /** Items in the feed (0 when not read). */
  items: number;
  /** Items the archive stored as new or revised. */
  newStories: number;
  /** Items that could not become stories. */
  failedItems: number;
  /** Why the poll failed, or the first item's reason. */
  error: string | null;
  /** The feed's title, when it was read. */
  title: string | null;
  /** Set when this poll paused the feed. */
  paused?: string;
}

/** What a poll needs. */
export interface PollDeps {
  db: Kysely<Database>;
  fetcher: SafeFetcher;
  intake: StoryIntake;
  logger: Logger;
  timing: PollTiming;
  now: () => Date;
  /** Article pages fetched per poll at most; teaser items beyond wait for the next poll. */
  maxPagesPerPoll: number;
}

/** Polls a feed we hold the lease on, records the outcome and releases the lease. */
export async function pollFeed(feed: Feed, owner: string, deps: PollDeps): Promise<PollSummary> {
  let summary: PollSummary;
  let record: PollRecord;
  try {
    const read = await readUrl(deps.fetcher, feed.url, feed, deps.now);
    if (read.kind === 'not-modified') {
      summary = {
        outcome: 'not-modified',
        items: feed.itemCount,
        newStories: 0,
        failedItems: 0,
        error: null,
        title: null,
      };
      record = {
        outcome: 'not-modified',
        error: feed.lastError,
        nextFetchAt: after(deps, intervalOf(feed, deps.timing)),
      };
    } else if (read.kind === 'refused') {
      return await failed(feed, owner, read.reason, read.retryAfterMs, deps);
    } else if (read.kind === 'page') {
      return await failed(feed, owner, 'the address is an article page, not a feed', null, deps);
    } else {
      const hintSeconds = read.feed.refreshHintMs ? Math.round(read.feed.refreshHintMs / 1000) : null;
      const found = await ingestItems(feed, read.feed, deps);
      summary = { ...found.summary, title: read.feed.title };
      record = {
        outcome: 'ok',
        error: found.summary.error,
        nextFetchAt: after(deps, intervalOf({ ...feed, hintSeconds }, deps.timing)),
        // Items left for later (failed, or past the page budget) need a full read next time, not a 304.
        etag: found.incomplete ? null : read.validators.etag,
        lastModified: found.incomplete ? null : read.validators.lastModified,
        hintSeconds,
        itemCount: found.summary.items,
        failedItems: found.summary.failedItems,
        newStories: found.summary.newStories,
        seenItems: found.seen,
        // A configured feed is listed under the name its stories are credited to (its own title).
        ...(feed.scope === everyone && read.feed.title ? { name: clip(read.feed.title) } : {}),
      };
    }
  } catch (error) {
    return failed(feed, owner, error instanceof Error ? error.message : String(error), null, deps);
  }
  await recordPoll(deps.db, feed.id, owner, record, deps.now());
  countFeedFetch(summary.outcome === 'not-modified' ? 'not_modified' : 'ok');
  return summary;
}

async function failed(
  feed: Feed,
  owner: string,
  fullReason: string,
  retryAfterMs: number | null,
  deps: PollDeps,
): Promise<PollSummary> {
  const reason = clip(fullReason);
  const failures = feed.consecutiveFailures + 1;
  const wait = backoffOf(intervalOf(feed, deps.timing), failures, retryAfterMs, deps.timing);
  const pause =
    failures >= deps.timing.pauseAfter ? `failed ${failures} times in a row (last: ${reason})` : undefined;
  deps.logger.warn(
    { feed: feed.name, url: feed.url, reason, failures, paused: Boolean(pause) },
    'feed poll failed',
  );
  countFeedFetch(pause ? 'paused' : retryAfterMs !== null ? 'rate_limited' : 'failed');
  await recordPoll(
    deps.db,
    feed.id,
    owner,
    { outcome: 'failed', error: reason, nextFetchAt: after(deps, wait), pause },
    deps.now(),
  );
  return {
    outcome: 'failed',
    items: 0,
    newStories: 0,
    failedItems: 0,
    error: reason,
    title: null,
    ...(pause ? { paused: pause } : {}),
  };
}

/** Hands the feed's changed items to the intake; returns the counts and the hashes now read. */
async function ingestItems(
  feed: Feed,
  parsed: ParsedFeed,
  deps: PollDeps,
): Promise<{ summary: Omit<PollSummary, 'title'>; seen: string[]; incomplete: boolean }> {
  const seenBefore = new Set(feed.seenItems);
  const seen: string[] = [];
  let pages = 0;
  let deferred = 0;
  let newStories = 0;
  const problems: string[] = [];
  const readPage: PageReader = async (url) => {
    pages++;
    const read = await readUrl(deps.fetcher, url, undefined, deps.now);
    if (read.kind === 'page') return read.page;
    throw new Error(read.kind === 'refused' ? read.reason : 'the link is not an article page');
  };
  for (const item of parsed.items) {
    await yieldToLoop();
    const hash = itemHash(item);
    if (seenBefore.has(hash)) {
      seen.push(hash);
      continue;
    }
    if (pages >= deps.maxPagesPerPoll) {
      deferred++;
      continue;
    }
    const why = await ingestOne(item, { id: feed.id, name: sourceName(feed, parsed) }, readPage, deps);
    if (why === null) seen.push(hash);
    else if (why === 'stored') {
      seen.push(hash);
      newStories++;
    } else {
      problems.push(clip(why));
      deps.logger.warn(
        { feed: feed.name, url: feed.url, item: item.link ?? item.guid ?? item.title, reason: why },
        'feed item skipped',
      );
    }
  }
  const error =
    problems.length > 0
      ? `${problems.length} of ${parsed.items.length} items could not be read; first: ${problems[0]}`
      : null;
  return {
    summary: { outcome: 'ok', items: parsed.items.length, newStories, failedItems: problems.length, error },
    seen,
    incomplete: deferred + problems.length > 0,
  };
}

/** null when the intake already had it, 'stored' when new or revised, else why it failed. */
async function ingestOne(
  item: FeedItem,
  feed: FeedContext,
  readPage: PageReader,
  deps: PollDeps,
): Promise<string | null> {
  const result = await itemToStory(item, feed, readPage);
  if ('rejected' in result) return result.rejected;
  try {
    const outcome = await deps.intake.ingest(result.story);
    if (outcome.status === 'rejected') return outcome.reason ?? 'the archive rejected it';
    return outcome.status === 'new' || outcome.status === 'revised' ? 'stored' : null;
  } catch (error) {
    return `the archive failed on it: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The name stories are credited to: the name a workspace gave its feed, else (FEED_URLS) the feed's own title. */
function sourceName(feed: Feed, parsed: ParsedFeed): string {
  return feed.scope === everyone ? (parsed.title ?? feed.name) : feed.name;
}

function itemHash(item: FeedItem): string {
  return createHash('sha1')
    .update(
      [item.guid, item.link, item.title, item.published, item.summaryHtml, item.contentHtml].join('\u0000'),
    )
    .digest('base64url')
    .slice(0, 16);
}

/** A reason short enough to store and show (a stranger's server chooses part of it). */
function clip(reason: string): string {
  return reason.length <= 300 ? reason : `${reason.slice(0, 299)}…`;
}

function after(deps: PollDeps, ms: number): Date {
  return new Date(deps.now().getTime() + ms);
}

function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

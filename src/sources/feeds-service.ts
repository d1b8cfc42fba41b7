// What `/summit feeds` does: list a workspace's feeds (its own and the FEED_URLS ones), add one
// (read it at once, follow a page's advertised feed, or take a plain article page as one story)
// and remove one. Owners are scopes: `<platform>:<workspace id>`, or `*` for FEED_URLS.
import type { Kysely } from 'kysely';
import { addFeed, everyone, type Feed, getFeed, listFeeds, removeFeed } from '../storage/feeds.ts';
import type { Database } from '../storage/schema.ts';
import type { IngestOutcome, StoryIntake } from '../stories/story.ts';
import { pageToStory } from './feed-stories.ts';
import type { PollSummary } from './poll-feed.ts';
import type { FeedPoller } from './poller.ts';
import { readUrl } from './read-url.ts';
import type { SafeFetcher } from './safe-fetch.ts';

/** What adding a URL came to. */
export type AddOutcome =
  | { kind: 'feed'; feed: Feed; poll: PollSummary | null; discoveredFrom?: string }
  | { kind: 'page'; outcome: IngestOutcome; title: string }
  | { kind: 'error'; reason: string };

/** The feeds commands' view of the registry. */
export interface FeedsService {
  list(scope: string): Promise<Feed[]>;
  add(input: { scope: string; url: string; name?: string; by: string }): Promise<AddOutcome>;
  /** The removed feed; 'configured' when the name is a FEED_URLS feed; null when there is none. */
  remove(scope: string, nameOrUrl: string): Promise<Feed | 'configured' | null>;
}

/** What the service works with. */
export interface FeedsServiceDeps {
  db: Kysely<Database>;
  poller: FeedPoller;
  fetcher: SafeFetcher;
  intake: StoryIntake;
  /** Most feeds one workspace may add (default 50). */
  maxPerScope?: number;
}

/** The scope of a workspace on a platform. */
export function scopeOf(platform: string, workspaceId: string | undefined): string {
  return `${platform}:${workspaceId ?? ''}`;
}

/** The service over the registry and the running poller. */
export function createFeedsService(deps: FeedsServiceDeps): FeedsService {
  const maxPerScope = deps.maxPerScope ?? 50;
  return {
    list: (scope) => listFeeds(deps.db, [scope, everyone]),
    async remove(scope, nameOrUrl) {
      const removed = await removeFeed(deps.db, scope, nameOrUrl);
      if (removed) return removed;
      const configured = (await listFeeds(deps.db, [everyone])).some(
        (f) => f.name.toLowerCase() === nameOrUrl.trim().toLowerCase() || f.url === nameOrUrl.trim(),
      );
      return configured ? 'configured' : null;
    },
    async add({ scope, url, name, by }) {
      const mine = await listFeeds(deps.db, [scope]);
      if (mine.length >= maxPerScope)
        return {
          kind: 'error',
          reason: `this workspace already follows ${maxPerScope} feeds; remove one first`,
        };
      let read: Awaited<ReturnType<typeof readUrl>>;
      let feedUrl = url;
      let discoveredFrom: string | undefined;
      try {
        read = await readUrl(deps.fetcher, url);
        if (read.kind === 'page' && read.page.feedLinks[0]) {
          discoveredFrom = url;
          feedUrl = read.page.feedLinks[0];
          read = await readUrl(deps.fetcher, feedUrl);
        }
      } catch (error) {
        return { kind: 'error', reason: error instanceof Error ? error.message : String(error) };
      }
      if (read.kind === 'refused' || read.kind === 'not-modified')
        return {
          kind: 'error',
          reason: read.kind === 'refused' ? read.reason : 'the server sent no content',
        };
      if (read.kind === 'page') {
        const outcome = await deps.intake.ingest(pageToStory(read.page, new URL(read.url).hostname));
        return { kind: 'page', outcome, title: read.page.title };
      }
      if ((await listFeeds(deps.db, [everyone])).some((f) => f.url === feedUrl))
        return { kind: 'error', reason: `${feedUrl} is already followed by every workspace (FEED_URLS)` };
      const wanted = name?.trim() || read.feed.title || new URL(feedUrl).hostname;
      const interval = deps.poller.timing.defaultIntervalMs / 1000;
      const input = { url: feedUrl, name: wanted, scope, by, interval };
      const added = await addUnique(deps.db, input, Boolean(name?.trim()));
      if (typeof added === 'string') return { kind: 'error', reason: added };
      const poll = await deps.poller.pollNow(added.id);
      return { kind: 'feed', feed: (await getFeed(deps.db, added.id)) ?? added, poll, discoveredFrom };
    },
  };
}

/** Adds the feed; a name chosen for the user gets " 2", " 3" when taken. A string says why not. */
async function addUnique(
  db: Kysely<Database>,
  input: { url: string; name: string; scope: string; by: string; interval: number },
  nameGiven: boolean,
): Promise<Feed | string> {
  const base = input.name.replace(/\s+/g, ' ').slice(0, 80).trim();
  for (let n = 1; n < 50; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    const result = await addFeed(
      db,
      { url: input.url, name, scope: input.scope, addedBy: input.by, intervalSeconds: input.interval },
      new Date(),
    );
    if (result === 'url') return `this workspace already follows ${input.url}`;
    if (result !== 'name') return result;
    if (nameGiven) return `this workspace already has a feed named ${name}; choose another name`;
  }
  return `too many feeds are named ${base}; choose another name`;
}

// Data access for the feeds registry: add, remove and list by owner, sync the FEED_URLS feeds, and
// the poll lease: a feed is claimed by one instance with a single atomic UPDATE ... RETURNING (the
// same idea as deliveries.ts), then its outcome and next due time are written and the lease freed.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { FeedRow } from './feeds-schema.ts';
import type { Database } from './schema.ts';

/** The scope of FEED_URLS feeds: they belong to everyone. */
export const everyone = '*';

/** One followed feed. */
export interface Feed {
  id: string;
  url: string;
  name: string;
  /** `*` (FEED_URLS) or `<platform>:<workspace id>`. */
  scope: string;
  addedBy: string | null;
  intervalSeconds: number;
  hintSeconds: number | null;
  etag: string | null;
  lastModified: string | null;
  nextFetchAt: Date;
  lastFetchAt: Date | null;
  lastOutcome: 'ok' | 'not-modified' | 'failed' | null;
  lastError: string | null;
  itemCount: number;
  failedItems: number;
  storiesCount: number;
  consecutiveFailures: number;
  pausedReason: string | null;
  /** Hashes of the items already read. */
  seenItems: string[];
  createdAt: Date;
}

/** A feed to add. */
export interface NewFeed {
  url: string;
  name: string;
  scope: string;
  addedBy: string | null;
  intervalSeconds: number;
}

/** What one poll found, written when the lease is released. */
export interface PollRecord {
  outcome: 'ok' | 'not-modified' | 'failed';
  /** Why it failed, or which items could not be read; null clears it. */
  error: string | null;
  nextFetchAt: Date;
  etag?: string | null;
  lastModified?: string | null;
  hintSeconds?: number | null;
  itemCount?: number;
  failedItems?: number;
  /** Stories the archive stored as new or revised in this poll. */
  newStories?: number;
  seenItems?: string[];
  /** Pause the feed with this reason. */
  pause?: string;
  /** A new display name (a FEED_URLS feed takes its own title once read). */
  name?: string;
}

function toFeed(row: FeedRow): Feed {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    scope: row.scope,
    addedBy: row.added_by,
    intervalSeconds: Number(row.interval_seconds),
    hintSeconds: row.hint_seconds === null ? null : Number(row.hint_seconds),
    etag: row.etag,
    lastModified: row.last_modified,
    nextFetchAt: new Date(row.next_fetch_at),
    lastFetchAt: row.last_fetch_at ? new Date(row.last_fetch_at) : null,
    lastOutcome: row.last_outcome as Feed['lastOutcome'],
    lastError: row.last_error,
    itemCount: Number(row.item_count),
    failedItems: Number(row.failed_items),
    storiesCount: Number(row.stories_count),
    consecutiveFailures: Number(row.consecutive_failures),
    pausedReason: row.paused_reason,
    seenItems: row.seen_items ? (JSON.parse(row.seen_items) as string[]) : [],
    createdAt: new Date(row.created_at),
  };
}

/** The case- and space-insensitive form names are compared in. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Adds a feed due now; 'url' or 'name' when the scope already has a feed with that URL or name. */
export async function addFeed(
  db: Kysely<Database>,
  feed: NewFeed,
  now: Date,
): Promise<Feed | 'url' | 'name'> {
  const clash = await db
    .selectFrom('feeds')
    .select(['url', 'name_key'])
    .where('scope', '=', feed.scope)
    .where((eb) => eb.or([eb('url', '=', feed.url), eb('name_key', '=', nameKey(feed.name))]))
    .executeTakeFirst();
  if (clash) return clash.url === feed.url ? 'url' : 'name';
  const row = await db
    .insertInto('feeds')
    .values({
      id: `f${randomBytes(6).toString('hex')}`,
      url: feed.url,
      name: feed.name,
      name_key: nameKey(feed.name),
      scope: feed.scope,
      owner_platform: feed.scope === everyone ? null : (feed.scope.split(':')[0] ?? null),
      owner_workspace: feed.scope === everyone ? null : feed.scope.slice(feed.scope.indexOf(':') + 1),
      added_by: feed.addedBy,
      interval_seconds: feed.intervalSeconds,
      next_fetch_at: now.toISOString(),
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? toFeed(row) : 'url';
}

/** Makes the FEED_URLS feeds exactly `urls`: adds the missing ones, removes those no longer listed. */
export async function syncConfiguredFeeds(
  db: Kysely<Database>,
  urls: string[],
  intervalSeconds: number,
  now: Date,
): Promise<{ added: string[]; removed: string[] }> {
  const existing = await db.selectFrom('feeds').select(['id', 'url']).where('scope', '=', everyone).execute();
  const known = new Set(existing.map((r) => r.url));
  const stale = existing.filter((r) => !urls.includes(r.url));
  if (stale.length > 0)
    await db
      .deleteFrom('feeds')
      .where(
        'id',
        'in',
        stale.map((r) => r.id),
      )
      .execute();
  const added: string[] = [];
  for (const url of urls) {
    if (known.has(url)) continue;
    let name = new URL(url).hostname;
    for (let n = 2; ; n++) {
      const result = await addFeed(db, { url, name, scope: everyone, addedBy: null, intervalSeconds }, now);
      if (result !== 'name') break;
      name = `${new URL(url).hostname} ${n}`;
    }
    added.push(url);
  }
  return { added, removed: stale.map((r) => r.url) };
}

/** Removes the scope's feed named `nameOrUrl` (or with that URL); the removed feed, or null. */
export async function removeFeed(
  db: Kysely<Database>,
  scope: string,
  nameOrUrl: string,
): Promise<Feed | null> {
  const row = await db
    .deleteFrom('feeds')
    .where('scope', '=', scope)
    .where((eb) => eb.or([eb('name_key', '=', nameKey(nameOrUrl)), eb('url', '=', nameOrUrl.trim())]))
    .returningAll()
    .executeTakeFirst();
  return row ? toFeed(row) : null;
}

/** The feeds of these scopes, FEED_URLS feeds first, then by name. */
export async function listFeeds(db: Kysely<Database>, scopes: string[]): Promise<Feed[]> {
  const rows = await db.selectFrom('feeds').selectAll().where('scope', 'in', scopes).execute();
  return rows
    .map(toFeed)
    .sort(
      (a, b) => Number(b.scope === everyone) - Number(a.scope === everyone) || a.name.localeCompare(b.name),
    );
}

/** One feed by id. */
export async function getFeed(db: Kysely<Database>, id: string): Promise<Feed | null> {
  const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toFeed(row) : null;
}

/**
 * Claims up to `limit` due, unpaused feeds whose lease is free or expired, in one atomic UPDATE:
 * two instances claiming at once never get the same feed.
 */
export async function claimDueFeeds(
  db: Kysely<Database>,
  owner: string,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<Feed[]> {
  const nowIso = now.toISOString();
  const due = db
    .selectFrom('feeds')
    .select('id')
    .where('paused_reason', 'is', null)
    .where('next_fetch_at', '<=', nowIso)
    .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', nowIso)]))
    .orderBy('next_fetch_at')
    .limit(limit);
  const rows = await db
    .updateTable('feeds')
    .set({ lease_owner: owner, lease_expires_at: new Date(now.getTime() + leaseMs).toISOString() })
    .where('id', 'in', due)
    .where('next_fetch_at', '<=', nowIso)
    .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', nowIso)]))
    .returningAll()
    .execute();
  return rows.map(toFeed).sort((a, b) => a.nextFetchAt.getTime() - b.nextFetchAt.getTime());
}

/** Claims one feed now whatever its due time (a feed just added), unless someone holds its lease. */
export async function claimFeed(
  db: Kysely<Database>,
  id: string,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<Feed | null> {
  const nowIso = now.toISOString();
  const row = await db
    .updateTable('feeds')
    .set({ lease_owner: owner, lease_expires_at: new Date(now.getTime() + leaseMs).toISOString() })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('lease_expires_at', 'is', null), eb('lease_expires_at', '<', nowIso)]))
    .returningAll()
    .executeTakeFirst();
  return row ? toFeed(row) : null;
}

/** Writes a poll's outcome and frees our lease; false when the lease was no longer ours. */
export async function recordPoll(
  db: Kysely<Database>,
  id: string,
  owner: string,
  poll: PollRecord,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('feeds')
    .set((eb) => ({
      lease_owner: null,
      lease_expires_at: null,
      last_fetch_at: now.toISOString(),
      last_outcome: poll.outcome,
      last_error: poll.error,
      next_fetch_at: poll.nextFetchAt.toISOString(),
      consecutive_failures: poll.outcome === 'failed' ? eb('consecutive_failures', '+', 1) : 0,
      ...(poll.pause ? { paused_reason: poll.pause } : {}),
      ...(poll.name ? { name: poll.name, name_key: nameKey(poll.name) } : {}),
      ...(poll.etag !== undefined ? { etag: poll.etag } : {}),
      ...(poll.lastModified !== undefined ? { last_modified: poll.lastModified } : {}),
      ...(poll.hintSeconds !== undefined ? { hint_seconds: poll.hintSeconds } : {}),
      ...(poll.itemCount !== undefined ? { item_count: poll.itemCount } : {}),
      ...(poll.failedItems !== undefined ? { failed_items: poll.failedItems } : {}),
      ...(poll.newStories ? { stories_count: eb('stories_count', '+', poll.newStories) } : {}),
      ...(poll.seenItems ? { seen_items: JSON.stringify(poll.seenItems) } : {}),
    }))
    .where('id', '=', id)
    .where('lease_owner', '=', owner)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Start-up: every unpaused feed not read in the last `freshMs` becomes due now. */
export async function bringDueForward(db: Kysely<Database>, now: Date, freshMs: number): Promise<number> {
  const freshSince = new Date(now.getTime() - freshMs).toISOString();
  const result = await db
    .updateTable('feeds')
    .set({ next_fetch_at: now.toISOString() })
    .where('paused_reason', 'is', null)
    .where('next_fetch_at', '>', now.toISOString())
    .where((eb) => eb.or([eb('last_fetch_at', 'is', null), eb('last_fetch_at', '<', freshSince)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** When the next unpaused feed is due, or null when none is. */
export async function nextDueAt(db: Kysely<Database>): Promise<Date | null> {
  const row = await db
    .selectFrom('feeds')
    .select((eb) => eb.fn.min('next_fetch_at').as('next'))
    .where('paused_reason', 'is', null)
    .executeTakeFirst();
  return row?.next ? new Date(String(row.next)) : null;
}

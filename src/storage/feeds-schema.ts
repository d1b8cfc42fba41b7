// The feeds registry table as Kysely types: one row per feed a workspace (or FEED_URLS) follows,
// with its conditional-GET validators, its schedule, its last outcome and the poll lease.
import type { Generated, Selectable } from 'kysely';

/** One followed feed. Times are ISO-8601 UTC text; counts are integers. */
export interface FeedsTable {
  /** Short random id, used in story keys (`feed:<id>:<guid>`). */
  id: string;
  url: string;
  /** Display name, unique within its scope (case-insensitive, `name_key`). */
  name: string;
  name_key: string;
  /** `*` for a FEED_URLS feed that belongs to everyone, else `<platform>:<workspace id>`. */
  scope: string;
  /** Platform of the workspace that added it; null for a FEED_URLS feed. */
  owner_platform: string | null;
  /** Discord guild or Slack team id; null for a FEED_URLS feed. */
  owner_workspace: string | null;
  /** Platform user id of who added it. */
  added_by: string | null;
  /** Poll interval asked for, in seconds (the feed's own ttl may make it longer). */
  interval_seconds: number;
  /** The feed's own hint (ttl, sy:updatePeriod), in seconds. */
  hint_seconds: number | null;
  etag: string | null;
  last_modified: string | null;
  next_fetch_at: string;
  last_fetch_at: string | null;
  /** 'ok', 'not-modified' or 'failed'. */
  last_outcome: string | null;
  /** Why the last fetch failed, or which items could not be read. */
  last_error: string | null;
  /** Items in the feed at its last read. */
  item_count: Generated<number>;
  /** Items in the feed at its last read that could not become stories. */
  failed_items: Generated<number>;
  /** Stories handed to the archive that were new or revised, all time. */
  stories_count: Generated<number>;
  consecutive_failures: Generated<number>;
  /** Why polling stopped; null while the feed is polled. */
  paused_reason: string | null;
  /** JSON array of short hashes of the items already read, so unchanged items cost nothing. */
  seen_items: string | null;
  /** Instance holding the poll lease, and until when. */
  lease_owner: string | null;
  lease_expires_at: string | null;
  created_at: string;
}

export type FeedRow = Selectable<FeedsTable>;

// Data access for briefing subscriptions: one row per channel, written by /summit subscribe,
// /summit unsubscribe and the start-up configuration, read by the delivery job.
import type { Kysely } from 'kysely';
import type {
  BriefingMode,
  BriefingPlatform,
  Database,
  SubscriptionRow,
  SubscriptionState,
} from './schema.ts';

/** A channel's briefing schedule. */
export interface Subscription {
  /** `${platform}:${channelId}`. */
  id: string;
  platform: BriefingPlatform;
  channelId: string;
  workspaceId: string | null;
  /** Local time HH:MM. */
  time: string;
  /** IANA time zone. */
  timezone: string;
  mode: BriefingMode;
  source: 'chat' | 'config';
  state: SubscriptionState;
  /** Why it is paused, when it is. */
  pausedReason: string | null;
  /** Gone/forbidden deliveries in a row. */
  consecutiveFailures: number;
  /** Slots before this instant are not owed. */
  activeSince: Date;
  updatedBy: string | null;
  updatedAt: Date;
  /** `${slug}@${version}` last briefed here. */
  lastArticle: string | null;
  /** Which stories the channel's digest keeps and how it is posted. */
  filter: DigestFilter;
  /** End of the window the last sent digest covered; null before the first digest. */
  briefedUntil: Date | null;
}

/** A subscription's digest filter and layout. */
export interface DigestFilter {
  /** Words a story must match (the matching /summit search uses), or null. */
  topic: string | null;
  /** The one feed whose stories are kept (its name or id), or null. */
  feed: string | null;
  /** Stories shown in full (1-10; the rest as one line). */
  stories: number;
  /** A short post with each story as a reply in its thread. */
  thread: boolean;
}

/** Stories shown in full when the subscription does not say. */
export const defaultDigestStories = 5;
/** Most stories shown in full. */
export const maxDigestStories = 10;

/** The filter of a subscription that chose nothing. */
export const noFilter: DigestFilter = {
  topic: null,
  feed: null,
  stories: defaultDigestStories,
  thread: false,
};

/** What a subscriber chooses (or the configuration sets). */
export interface SubscriptionInput {
  platform: BriefingPlatform;
  channelId: string;
  workspaceId?: string | null;
  time: string;
  timezone: string;
  mode: BriefingMode;
  updatedBy?: string | null;
  /** Digest filter (default: no filter, 5 stories, no thread). */
  filter?: Partial<DigestFilter>;
}

/** The id of a channel's subscription. */
export function subscriptionId(platform: BriefingPlatform, channelId: string): string {
  return `${platform}:${channelId}`;
}

/** Maps a row to the domain type. */
export function toSubscription(row: SubscriptionRow): Subscription {
  return {
    id: row.id,
    platform: row.platform,
    channelId: row.channel_id,
    workspaceId: row.workspace_id,
    time: row.time,
    timezone: row.timezone,
    mode: row.mode,
    source: row.source,
    state: row.state,
    pausedReason: row.paused_reason,
    consecutiveFailures: Number(row.consecutive_failures),
    activeSince: new Date(row.active_since),
    updatedBy: row.updated_by,
    updatedAt: new Date(row.updated_at),
    lastArticle: row.last_article,
    filter: {
      topic: row.topic ?? null,
      feed: row.feed ?? null,
      stories: row.stories === null || row.stories === undefined ? defaultDigestStories : Number(row.stories),
      thread: Number(row.thread ?? 0) === 1,
    },
    briefedUntil: row.briefed_until ? new Date(row.briefed_until) : null,
  };
}

/** Reads one channel's subscription (any state), or null. */
export async function getSubscription(
  db: Kysely<Database>,
  platform: BriefingPlatform,
  channelId: string,
): Promise<Subscription | null> {
  const row = await db
    .selectFrom('subscriptions')
    .selectAll()
    .where('id', '=', subscriptionId(platform, channelId))
    .executeTakeFirst();
  return row ? toSubscription(row) : null;
}

/** Every subscription in a state, oldest first. */
export async function listSubscriptions(
  db: Kysely<Database>,
  state: SubscriptionState,
): Promise<Subscription[]> {
  const rows = await db
    .selectFrom('subscriptions')
    .selectAll()
    .where('state', '=', state)
    .orderBy('id')
    .execute();
  return rows.map(toSubscription);
}

/**
 * Creates or replaces a channel's subscription and makes it active from `now` (a change takes
 * effect from the next scheduled time; a slot already delivered today is never repeated).
 */
export async function saveSubscription(
  db: Kysely<Database>,
  input: SubscriptionInput,
  source: 'chat' | 'config',
  now: Date,
): Promise<Subscription> {
  const iso = now.toISOString();
  const values = {
    platform: input.platform,
    channel_id: input.channelId,
    workspace_id: input.workspaceId ?? null,
    time: input.time,
    timezone: input.timezone,
    mode: input.mode,
    source,
    state: 'active' as const,
    paused_reason: null,
    consecutive_failures: 0,
    active_since: iso,
    updated_by: input.updatedBy ?? null,
    updated_at: iso,
    topic: input.filter?.topic ?? null,
    feed: input.filter?.feed ?? null,
    stories: input.filter?.stories ?? null,
    thread: input.filter?.thread ? 1 : 0,
  };
  const id = subscriptionId(input.platform, input.channelId);
  const saved = await db
    .insertInto('subscriptions')
    .values({ id, ...values, last_article: null })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .returningAll()
    .executeTakeFirst();
  if (!saved) throw new Error(`subscription ${id} vanished while saving`);
  return toSubscription(saved);
}

/** Marks a subscription unsubscribed (kept, so config does not bring it back). Null when none is active. */
export async function endSubscription(
  db: Kysely<Database>,
  platform: BriefingPlatform,
  channelId: string,
  by: string | null,
  now: Date,
): Promise<Subscription | null> {
  const result = await db
    .updateTable('subscriptions')
    .set({ state: 'unsubscribed', source: 'chat', updated_by: by, updated_at: now.toISOString() })
    .where('id', '=', subscriptionId(platform, channelId))
    .where('state', '!=', 'unsubscribed')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return null;
  return getSubscription(db, platform, channelId);
}

/** Unsubscribes config-sourced subscriptions on `platforms` whose ids are not in `keep`; returns their ids. */
export async function retireConfigSubscriptions(
  db: Kysely<Database>,
  keep: string[],
  platforms: BriefingPlatform[],
  now: Date,
): Promise<string[]> {
  if (platforms.length === 0) return [];
  const live = await db
    .selectFrom('subscriptions')
    .select('id')
    .where('source', '=', 'config')
    .where('platform', 'in', platforms)
    .where('state', '!=', 'unsubscribed')
    .execute();
  const ids = live.map((r) => r.id).filter((id) => !keep.includes(id));
  if (ids.length > 0) {
    await db
      .updateTable('subscriptions')
      .set({ state: 'unsubscribed', updated_at: now.toISOString(), updated_by: 'config' })
      .where('id', 'in', ids)
      .execute();
  }
  return ids;
}

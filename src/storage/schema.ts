// The tables behind the daily briefing, as Kysely types. Columns use only text and integer
// (timestamps are ISO-8601 UTC strings) so the same queries run on SQLite and PostgreSQL.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { ArchiveTables } from './archive-tables.ts';
import type { BriefingPartsTable } from './briefing-parts-table.ts';
import type { FeedsTable } from './feeds-schema.ts';
import type { InstallationsTable } from './installations-table.ts';
import type { InteractionClaimsTable } from './interaction-claims.ts';
import type { RateLimitsTable } from './rate-limits-table.ts';

/** Where a briefing is posted. */
export type BriefingPlatform = 'console' | 'discord' | 'slack';

/** 'daily' posts every day; 'new-only' skips days with no new article. */
export type BriefingMode = 'daily' | 'new-only';

/** Whether a subscription is being served. */
export type SubscriptionState = 'active' | 'paused' | 'unsubscribed';

/** Lifecycle of one slot: 'claimed' while someone holds the lease, then one final outcome. */
export type DeliveryStatus = 'claimed' | 'sent' | 'skipped' | 'missed' | 'failed' | 'gone';

/** One channel's daily briefing schedule (one row per platform + channel). */
export interface SubscriptionsTable {
  /** `${platform}:${channelId}`. */
  id: string;
  platform: BriefingPlatform;
  channel_id: string;
  workspace_id: string | null;
  /** Local time HH:MM. */
  time: string;
  /** IANA time zone. */
  timezone: string;
  mode: BriefingMode;
  /** 'chat' (a /summit subscribe) or 'config' (start-up env); chat settings win over config. */
  source: 'chat' | 'config';
  state: SubscriptionState;
  /** Why the subscription is paused, when it is. */
  paused_reason: string | null;
  /** Deliveries in a row that found the channel gone or forbidden. */
  consecutive_failures: Generated<number>;
  /** Slots scheduled before this instant are not owed (ISO). */
  active_since: string;
  /** Who subscribed (platform user id), when known. */
  updated_by: string | null;
  updated_at: string;
  /** `${slug}@${version}` of the last article briefed here, to mark the next one as new. */
  last_article: string | null;
  /** Digest filter: words a story must match (as /summit search matches them), or null. */
  topic: string | null;
  /** Digest filter: the one feed (name or id) whose stories are kept, or null. */
  feed: string | null;
  /** Stories shown in full (null: the default, 5). */
  stories: number | null;
  /** 1: a short post with each story as a reply in its thread. */
  thread: Generated<number>;
  /** End of the window the last sent digest covered (ISO); the next one starts there. */
  briefed_until: string | null;
}

/** One (subscription, local date) slot: claimed before sending, then its outcome. */
export interface DeliveriesTable {
  /** `${subscriptionId}@${localDate}`. */
  slot_key: string;
  subscription_id: string;
  platform: BriefingPlatform;
  channel_id: string;
  /** Local date YYYY-MM-DD in the subscription's time zone. */
  local_date: string;
  /** The instant the slot was due (ISO). */
  scheduled_at: string;
  status: DeliveryStatus;
  /** Instance holding (or last holding) the claim. */
  owner: string | null;
  /** The claim may be taken over after this instant (ISO). */
  lease_expires_at: string | null;
  /** Send attempts made. */
  attempts: Generated<number>;
  /** Why it did not post, or how it was confirmed. */
  reason: string | null;
  /** Platform id of the posted message. */
  message_id: string | null;
  /** `${slug}@${version}` that was briefed. */
  article: string | null;
  claimed_at: string | null;
  finished_at: string | null;
  /** The digest being posted (JSON of DigestRecord), noted before its first part is sent. */
  digest: string | null;
}

/** The whole database, for Kysely<Database>. */
export interface Database extends ArchiveTables {
  subscriptions: SubscriptionsTable;
  deliveries: DeliveriesTable;
  feeds: FeedsTable;
  briefing_parts: BriefingPartsTable;
  installations: InstallationsTable;
  rate_limits: RateLimitsTable;
  interaction_claims: InteractionClaimsTable;
}

export type SubscriptionRow = Selectable<SubscriptionsTable>;
export type NewSubscriptionRow = Insertable<SubscriptionsTable>;
export type DeliveryRow = Selectable<DeliveriesTable>;

// The one data-access module the briefing uses. Every query goes through Kysely in a
// dialect-neutral form, so PostgreSQL can be added in open.ts without touching delivery logic.
import type { Kysely } from 'kysely';
import {
  type ClaimResult,
  claimSlot,
  type Delivery,
  findDeliveries,
  lastDelivery,
  listDeliveries,
  recordMissed,
  renewLease,
  type SlotIdentity,
} from './deliveries.ts';
import { openDatabase, type StorageOptions } from './open.ts';
import type { BriefingPlatform, Database, SubscriptionState } from './schema.ts';
import {
  endSubscription,
  getSubscription,
  listSubscriptions,
  type Subscription,
  type SubscriptionInput,
  saveSubscription,
} from './subscriptions.ts';

/** A final outcome for a claimed slot. */
export interface Outcome {
  status: 'sent' | 'skipped' | 'failed' | 'gone' | 'missed';
  /** Why it did not post, or how it was confirmed. */
  reason?: string | null;
  messageId?: string | null;
  /** `${slug}@${version}` briefed; undefined keeps what the attempt noted. */
  article?: string | null;
}

/** What recording an outcome did. */
export interface RecordResult {
  /** False when the claim was no longer ours (nothing written). */
  recorded: boolean;
  /** True when this outcome paused the subscription. */
  paused: boolean;
}

/** Typed storage for subscriptions and delivery slots. */
export interface BriefingStore {
  getSubscription(platform: BriefingPlatform, channelId: string): Promise<Subscription | null>;
  listSubscriptions(state: SubscriptionState): Promise<Subscription[]>;
  saveSubscription(input: SubscriptionInput, source: 'chat' | 'config', now: Date): Promise<Subscription>;
  endSubscription(
    platform: BriefingPlatform,
    channelId: string,
    by: string | null,
    now: Date,
  ): Promise<Subscription | null>;
  /** Unsubscribes config-sourced subscriptions on `platforms` whose ids are not in `keep`; returns their ids. */
  retireConfigSubscriptions(keep: string[], platforms: BriefingPlatform[], now: Date): Promise<string[]>;
  findDeliveries(keys: string[]): Promise<Map<string, Delivery>>;
  claimSlot(slot: SlotIdentity, owner: string, now: Date, leaseMs: number): Promise<ClaimResult>;
  /** Extends our lease; with `attempt`, counts an attempt and notes its article. False when no longer ours. */
  renewLease(slotKey: string, owner: string, until: Date, attempt?: { article: string }): Promise<boolean>;
  /** Writes the outcome of our claim; on 'gone' counts a failure and pauses at `pauseAfter`. */
  recordOutcome(
    slotKey: string,
    owner: string,
    outcome: Outcome,
    now: Date,
    pauseAfter: number,
  ): Promise<RecordResult>;
  recordMissed(slot: SlotIdentity, reason: string, now: Date): Promise<boolean>;
  lastDelivery(subscriptionId: string): Promise<Delivery | null>;
  listDeliveries(subscriptionId: string): Promise<Delivery[]>;
  /** Where the data lives (for logs and status). */
  readonly location: string;
  close(): Promise<void>;
}

/** Builds the store over an open Kysely instance. */
export function createStore(
  db: Kysely<Database>,
  location: string,
  close: () => Promise<void>,
): BriefingStore {
  return {
    location,
    close,
    getSubscription: (platform, channelId) => getSubscription(db, platform, channelId),
    listSubscriptions: (state) => listSubscriptions(db, state),
    saveSubscription: (input, source, now) => saveSubscription(db, input, source, now),
    endSubscription: (platform, channelId, by, now) => endSubscription(db, platform, channelId, by, now),
    async retireConfigSubscriptions(keep, platforms, now) {
      if (platforms.length === 0) return [];
      const stale = await db
        .selectFrom('subscriptions')
        .select('id')
        .where('source', '=', 'config')
        .where('platform', 'in', platforms)
        .where('state', '!=', 'unsubscribed')
        .execute();
      const ids = stale.map((r) => r.id).filter((id) => !keep.includes(id));
      if (ids.length > 0) {
        await db
          .updateTable('subscriptions')
          .set({ state: 'unsubscribed', updated_at: now.toISOString(), updated_by: 'config' })
          .where('id', 'in', ids)
          .execute();
      }
      return ids;
    },
    findDeliveries: (keys) => findDeliveries(db, keys),
    claimSlot: (slot, owner, now, leaseMs) => claimSlot(db, slot, owner, now, leaseMs),
    renewLease: (slotKey, owner, until, attempt) => renewLease(db, slotKey, owner, until, attempt),
    async recordOutcome(slotKey, owner, outcome, now, pauseAfter) {
      // Single statements, each atomic, in an order that keeps the delivery row authoritative: no
      // lock is held across an await (two instances may share one file). A crash between them can
      // only leave the channel's "new" marker or failure count one step behind.
      const finished = await db
        .updateTable('deliveries')
        .set({
          status: outcome.status,
          reason: outcome.reason ?? null,
          message_id: outcome.messageId ?? null,
          finished_at: now.toISOString(),
          lease_expires_at: null,
          ...(outcome.article !== undefined ? { article: outcome.article } : {}),
        })
        .where('slot_key', '=', slotKey)
        .where('owner', '=', owner)
        .where('status', '=', 'claimed')
        .returning(['subscription_id', 'article'])
        .executeTakeFirst();
      if (!finished) return { recorded: false, paused: false };
      const id = finished.subscription_id;
      if (outcome.status === 'sent') {
        await db
          .updateTable('subscriptions')
          .set({ consecutive_failures: 0, ...(finished.article ? { last_article: finished.article } : {}) })
          .where('id', '=', id)
          .execute();
        return { recorded: true, paused: false };
      }
      if (outcome.status !== 'gone') return { recorded: true, paused: false };
      const counted = await db
        .updateTable('subscriptions')
        .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
        .where('id', '=', id)
        .returning('consecutive_failures')
        .executeTakeFirst();
      const failures = Number(counted?.consecutive_failures ?? 0);
      if (failures < pauseAfter) return { recorded: true, paused: false };
      const paused = await db
        .updateTable('subscriptions')
        .set({
          state: 'paused',
          paused_reason: `${failures} deliveries in a row failed; the last one: ${outcome.reason ?? 'unknown'}`,
          updated_at: now.toISOString(),
        })
        .where('id', '=', id)
        .where('state', '=', 'active')
        .executeTakeFirst();
      return { recorded: true, paused: Number(paused.numUpdatedRows) > 0 };
    },
    recordMissed: (slot, reason, now) => recordMissed(db, slot, reason, now),
    lastDelivery: (subscriptionId) => lastDelivery(db, subscriptionId),
    listDeliveries: (subscriptionId) => listDeliveries(db, subscriptionId),
  };
}

/** Opens the configured database, migrates it and returns the store. Throws StorageError. */
export async function openStore(options: StorageOptions): Promise<BriefingStore> {
  const { db, location, close } = await openDatabase(options);
  return createStore(db, location, close);
}

export type { ClaimResult, Delivery, SlotIdentity } from './deliveries.ts';
export { StorageError } from './open.ts';
export type { BriefingMode, BriefingPlatform } from './schema.ts';
export { type Subscription, type SubscriptionInput, subscriptionId } from './subscriptions.ts';

// The one data-access module the briefing uses. Every query goes through Kysely in a
// dialect-neutral form, so PostgreSQL can be added in open.ts without touching delivery logic.
import type { Kysely } from 'kysely';
import {
  type AttemptNote,
  type ClaimResult,
  claimSlot,
  claimSlots,
  type Delivery,
  findDeliveries,
  lastDelivery,
  listDeliveries,
  listPostedParts,
  type PostedPart,
  recordMissed,
  recordPostedPart,
  releaseClaim,
  renewLease,
  type SlotIdentity,
} from './deliveries.ts';
import {
  deleteInstallation,
  findInstallation,
  pauseWorkspace,
  type StoredInstallation,
  saveInstallation,
} from './installations.ts';
import { claimInteraction, interactionClaimKeepMs, pruneInteractionClaims } from './interaction-claims.ts';
import { openDatabase, type StorageOptions } from './open.ts';
import { type Outcome, type RecordResult, recordOutcome } from './outcomes.ts';
import { reservePace } from './rate-limits.ts';
import type { BriefingPlatform, Database, SubscriptionState } from './schema.ts';
import {
  endSubscription,
  getSubscription,
  listSubscriptions,
  retireConfigSubscriptions,
  type Subscription,
  type SubscriptionInput,
  saveSubscription,
} from './subscriptions.ts';

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
  /** Claims several slots in two statements at most; the slots won, by key (absent: someone else's). */
  claimSlots(
    slots: SlotIdentity[],
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<Map<string, 'new' | 'takeover'>>;
  /** Extends our lease; with `attempt`, counts an attempt and notes its article (and digest). False when no longer ours. */
  renewLease(slotKey: string, owner: string, until: Date, attempt?: AttemptNote): Promise<boolean>;
  /** Writes the outcome of our claim; on 'gone' counts a failure and pauses at `pauseAfter`. */
  recordOutcome(
    slotKey: string,
    owner: string,
    outcome: Outcome,
    now: Date,
    pauseAfter: number,
  ): Promise<RecordResult>;
  recordMissed(slot: SlotIdentity, reason: string, now: Date): Promise<boolean>;
  /** Ends our lease now (shutting down), so another instance takes the slot over at once. */
  releaseClaim(slotKey: string, owner: string, now: Date): Promise<boolean>;
  /**
   * Claims a Discord interaction for this instance: true for the first caller only. Claims older
   * than a minute are pruned, at most once a minute per store.
   */
  claimInteraction(id: string, nowMs: number): Promise<boolean>;
  /** Reserves the next `count` (default 1) turns in a shared rate-limit budget; returns its new theoretical arrival time (ms). */
  reservePace(key: string, intervalMs: number, nowMs: number, count?: number): Promise<number>;
  lastDelivery(subscriptionId: string): Promise<Delivery | null>;
  listDeliveries(subscriptionId: string): Promise<Delivery[]>;
  /** Parts of a slot's digest already posted, in order. */
  listPostedParts(slotKey: string): Promise<PostedPart[]>;
  /** Records a posted part of a slot's digest. */
  recordPostedPart(slotKey: string, part: PostedPart, now: Date): Promise<void>;
  /** Saves an installation (an older one never replaces a newer one). */
  saveInstallation(row: StoredInstallation): Promise<void>;
  findInstallation(id: string): Promise<StoredInstallation | null>;
  /** Deletes a workspace's installation; true when there was one. */
  deleteInstallation(id: string): Promise<boolean>;
  /** Pauses a workspace's active subscriptions (and feeds) with the reason; returns how many. */
  pauseWorkspace(platform: BriefingPlatform, workspaceId: string, reason: string, now: Date): Promise<number>;
  /** Opens up to `connections` database connections ahead of parallel work (PostgreSQL; else nothing to do). */
  warm(connections: number): Promise<void>;
  /** Where the data lives (for logs and status). */
  readonly location: string;
  close(): Promise<void>;
}

/** Builds the store over an open Kysely instance. */
export function createStore(
  db: Kysely<Database>,
  location: string,
  close: () => Promise<void>,
  warm: (connections: number) => Promise<void> = async () => undefined,
): BriefingStore {
  let prunedAt = 0;
  return {
    location,
    close,
    warm,
    getSubscription: (platform, channelId) => getSubscription(db, platform, channelId),
    listSubscriptions: (state) => listSubscriptions(db, state),
    saveSubscription: (input, source, now) => saveSubscription(db, input, source, now),
    endSubscription: (platform, channelId, by, now) => endSubscription(db, platform, channelId, by, now),
    retireConfigSubscriptions: (keep, platforms, now) => retireConfigSubscriptions(db, keep, platforms, now),
    findDeliveries: (keys) => findDeliveries(db, keys),
    claimSlot: (slot, owner, now, leaseMs) => claimSlot(db, slot, owner, now, leaseMs),
    claimSlots: (slots, owner, now, leaseMs) => claimSlots(db, slots, owner, now, leaseMs),
    renewLease: (slotKey, owner, until, attempt) => renewLease(db, slotKey, owner, until, attempt),
    recordOutcome: (slotKey, owner, outcome, now, pauseAfter) =>
      recordOutcome(db, slotKey, owner, outcome, now, pauseAfter),
    recordMissed: (slot, reason, now) => recordMissed(db, slot, reason, now),
    releaseClaim: (slotKey, owner, now) => releaseClaim(db, slotKey, owner, now),
    async claimInteraction(id, nowMs) {
      if (nowMs - prunedAt >= interactionClaimKeepMs) {
        prunedAt = nowMs;
        await pruneInteractionClaims(db, nowMs);
      }
      return claimInteraction(db, id, nowMs);
    },
    reservePace: (key, intervalMs, nowMs, count) => reservePace(db, key, intervalMs, nowMs, count),
    lastDelivery: (subscriptionId) => lastDelivery(db, subscriptionId),
    listDeliveries: (subscriptionId) => listDeliveries(db, subscriptionId),
    listPostedParts: (slotKey) => listPostedParts(db, slotKey),
    recordPostedPart: (slotKey, part, now) => recordPostedPart(db, slotKey, part, now),
    saveInstallation: (row) => saveInstallation(db, row),
    findInstallation: (id) => findInstallation(db, id),
    deleteInstallation: (id) => deleteInstallation(db, id),
    pauseWorkspace: (platform, workspaceId, reason, now) =>
      pauseWorkspace(db, platform, workspaceId, reason, now),
  };
}

/** Opens the configured database, migrates it and returns the store. Throws StorageError. */
export async function openStore(options: StorageOptions): Promise<BriefingStore> {
  const { db, location, close, warm } = await openDatabase(options);
  return createStore(db, location, close, warm);
}

export type {
  AttemptNote,
  ClaimResult,
  Delivery,
  DigestRecord,
  PostedPart,
  SlotIdentity,
} from './deliveries.ts';
export type { StoredInstallation } from './installations.ts';
export { StorageError } from './open.ts';
export type { Outcome, RecordResult } from './outcomes.ts';
export type { BriefingMode, BriefingPlatform } from './schema.ts';
export {
  type DigestFilter,
  defaultDigestStories,
  maxDigestStories,
  noFilter,
  type Subscription,
  type SubscriptionInput,
  subscriptionId,
} from './subscriptions.ts';

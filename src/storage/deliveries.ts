// Data access for delivery slots: the claim (insert-or-nothing, with a lease that a crashed
// owner's successor can take over), lease renewal, and the recorded outcome.
import type { Kysely } from 'kysely';
import type { BriefingPlatform, Database, DeliveryRow, DeliveryStatus } from './schema.ts';

/** One (subscription, local date) slot. */
export interface SlotIdentity {
  /** `${subscriptionId}@${localDate}`. */
  key: string;
  subscriptionId: string;
  platform: BriefingPlatform;
  channelId: string;
  /** YYYY-MM-DD in the subscription's time zone. */
  localDate: string;
  /** When the slot was due. */
  scheduledAt: Date;
}

/** A recorded slot. */
export interface Delivery {
  slotKey: string;
  subscriptionId: string;
  localDate: string;
  scheduledAt: Date;
  status: DeliveryStatus;
  owner: string | null;
  leaseExpiresAt: Date | null;
  attempts: number;
  reason: string | null;
  messageId: string | null;
  article: string | null;
  finishedAt: Date | null;
  /** The digest this slot posts (noted before its first part), or null. */
  digest: DigestRecord | null;
}

/** What a slot's digest covers, noted so a successor after a crash posts the same stories. */
export interface DigestRecord {
  /** Start of the window (ISO). */
  since: string;
  /** End of the window (ISO); the channel's next digest starts here once this one is sent. */
  until: string;
  /** Slugs of the stories shown in full, in order. */
  stories: string[];
  /** True for a day with nothing new: the one story is the top story, shown under "no new stories". */
  quiet?: boolean;
}

/** Parses a noted digest; null for none or for anything unreadable. */
export function parseDigestRecord(text: string | null): DigestRecord | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<DigestRecord>;
    if (typeof value.since !== 'string' || typeof value.until !== 'string' || !Array.isArray(value.stories))
      return null;
    return {
      since: value.since,
      until: value.until,
      stories: value.stories.map(String),
      ...(value.quiet ? { quiet: true } : {}),
    };
  } catch {
    return null;
  }
}

/** One posted part of a multi-part digest. */
export interface PostedPart {
  part: number;
  messageId: string;
}

/** 'new': we inserted the claim; 'takeover': we took over an expired lease; null: someone else has it. */
export type ClaimResult = 'new' | 'takeover' | null;

function toDelivery(row: DeliveryRow): Delivery {
  return {
    slotKey: row.slot_key,
    subscriptionId: row.subscription_id,
    localDate: row.local_date,
    scheduledAt: new Date(row.scheduled_at),
    status: row.status,
    owner: row.owner,
    leaseExpiresAt: row.lease_expires_at ? new Date(row.lease_expires_at) : null,
    attempts: Number(row.attempts),
    reason: row.reason,
    messageId: row.message_id,
    article: row.article,
    finishedAt: row.finished_at ? new Date(row.finished_at) : null,
    digest: parseDigestRecord(row.digest ?? null),
  };
}

function slotValues(slot: SlotIdentity) {
  return {
    slot_key: slot.key,
    subscription_id: slot.subscriptionId,
    platform: slot.platform,
    channel_id: slot.channelId,
    local_date: slot.localDate,
    scheduled_at: slot.scheduledAt.toISOString(),
  };
}

/** The recorded slots among these keys. */
export async function findDeliveries(db: Kysely<Database>, keys: string[]): Promise<Map<string, Delivery>> {
  const found = new Map<string, Delivery>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    const rows = await db.selectFrom('deliveries').selectAll().where('slot_key', 'in', chunk).execute();
    for (const row of rows) found.set(row.slot_key, toDelivery(row));
  }
  return found;
}

/**
 * Claims a slot before sending: an insert that does nothing when the slot exists, else a takeover
 * of a claim whose lease has expired (its owner crashed). Both are single atomic statements.
 */
export async function claimSlot(
  db: Kysely<Database>,
  slot: SlotIdentity,
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<ClaimResult> {
  return (await claimSlots(db, [slot], owner, now, leaseMs)).get(slot.key) ?? null;
}

/**
 * Claims several slots at once, as claimSlot claims one: one insert-or-nothing for them all, then
 * one takeover of those whose claim's lease has expired. The slots won, by key ('new' or
 * 'takeover'); a slot missing from the answer is someone else's.
 */
export async function claimSlots(
  db: Kysely<Database>,
  slots: SlotIdentity[],
  owner: string,
  now: Date,
  leaseMs: number,
): Promise<Map<string, 'new' | 'takeover'>> {
  const won = new Map<string, 'new' | 'takeover'>();
  if (slots.length === 0) return won;
  const nowIso = now.toISOString();
  const lease = new Date(now.getTime() + leaseMs).toISOString();
  const inserted = await db
    .insertInto('deliveries')
    .values(
      slots.map((slot) => ({
        ...slotValues(slot),
        status: 'claimed' as const,
        owner,
        lease_expires_at: lease,
        claimed_at: nowIso,
      })),
    )
    .onConflict((oc) => oc.column('slot_key').doNothing())
    .returning('slot_key')
    .execute();
  for (const row of inserted) won.set(row.slot_key, 'new');
  const rest = slots.map((slot) => slot.key).filter((key) => !won.has(key));
  if (rest.length === 0) return won;
  const taken = await db
    .updateTable('deliveries')
    .set({ owner, lease_expires_at: lease, claimed_at: nowIso })
    .where('slot_key', 'in', rest)
    .where('status', '=', 'claimed')
    .where('lease_expires_at', '<', nowIso)
    .returning('slot_key')
    .execute();
  for (const row of taken) won.set(row.slot_key, 'takeover');
  return won;
}

/** What a send attempt notes on its claim. */
export interface AttemptNote {
  /** The article (or the digest's lead story) it posts. */
  article: string;
  /** The digest it posts, so a successor after a crash posts the same stories. */
  digest?: DigestRecord;
}

/**
 * Extends our lease. With `attempt`, also counts a send attempt and notes which article (and
 * digest) it posts, so a successor that finds the post after a crash knows what was briefed.
 * False when the claim is no longer ours.
 */
export async function renewLease(
  db: Kysely<Database>,
  slotKey: string,
  owner: string,
  until: Date,
  attempt?: AttemptNote,
): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set((eb) => ({
      lease_expires_at: until.toISOString(),
      ...(attempt ? { attempts: eb('attempts', '+', 1), article: attempt.article } : {}),
      ...(attempt?.digest ? { digest: JSON.stringify(attempt.digest) } : {}),
    }))
    .where('slot_key', '=', slotKey)
    .where('owner', '=', owner)
    .where('status', '=', 'claimed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records a slot that is too old to post as missed; does nothing when it is already recorded. */
export async function recordMissed(
  db: Kysely<Database>,
  slot: SlotIdentity,
  reason: string,
  now: Date,
): Promise<boolean> {
  const inserted = await db
    .insertInto('deliveries')
    .values({ ...slotValues(slot), status: 'missed', reason, finished_at: now.toISOString() })
    .onConflict((oc) => oc.column('slot_key').doNothing())
    .returning('slot_key')
    .executeTakeFirst();
  return Boolean(inserted);
}

/** The most recent slot recorded for a subscription (by due time), or null. */
export async function lastDelivery(db: Kysely<Database>, subscriptionId: string): Promise<Delivery | null> {
  const row = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .orderBy('scheduled_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toDelivery(row) : null;
}

/** Every slot recorded for a subscription, newest first (for tests and diagnostics). */
export async function listDeliveries(db: Kysely<Database>, subscriptionId: string): Promise<Delivery[]> {
  const rows = await db
    .selectFrom('deliveries')
    .selectAll()
    .where('subscription_id', '=', subscriptionId)
    .orderBy('scheduled_at', 'desc')
    .execute();
  return rows.map(toDelivery);
}

/** The parts of a slot's digest already posted, in order. */
export async function listPostedParts(db: Kysely<Database>, slotKey: string): Promise<PostedPart[]> {
  const rows = await db
    .selectFrom('briefing_parts')
    .select(['part', 'message_id'])
    .where('slot_key', '=', slotKey)
    .orderBy('part')
    .execute();
  return rows.map((r) => ({ part: Number(r.part), messageId: r.message_id }));
}

/** Records a posted part (a repeat of the same part keeps the first record). */
export async function recordPostedPart(
  db: Kysely<Database>,
  slotKey: string,
  part: PostedPart,
  now: Date,
): Promise<void> {
  await db
    .insertInto('briefing_parts')
    .values({ slot_key: slotKey, part: part.part, message_id: part.messageId, posted_at: now.toISOString() })
    .onConflict((oc) => oc.columns(['slot_key', 'part']).doNothing())
    .execute();
}

/**
 * Gives up our claim on a slot at once (its lease ends now), so another instance takes it over on
 * its next look instead of after the lease; that takeover checks the channel before sending.
 */
export async function releaseClaim(
  db: Kysely<Database>,
  slotKey: string,
  owner: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('deliveries')
    .set({ lease_expires_at: now.toISOString() })
    .where('slot_key', '=', slotKey)
    .where('owner', '=', owner)
    .where('status', '=', 'claimed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

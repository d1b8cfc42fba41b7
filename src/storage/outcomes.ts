// Recording how a claimed slot ended: the delivery row first (only by the claim's owner), then what
// it means for the channel: a sent briefing remembers its article (a digest: where its window
// ended, where the next one starts) and clears the failure count; a
// channel gone or forbidden counts a failure and pauses the subscription after too many in a row.
import type { Kysely } from 'kysely';
import { parseDigestRecord } from './deliveries.ts';
import type { Database } from './schema.ts';

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

/**
 * Writes the outcome of our claim; on 'gone' counts a failure and pauses at `pauseAfter`.
 * Single statements, each atomic, in an order that keeps the delivery row authoritative: no lock is
 * held across an await (two instances may share one file). A crash between them can only leave the
 * channel's "new" marker or failure count one step behind.
 */
export async function recordOutcome(
  db: Kysely<Database>,
  slotKey: string,
  owner: string,
  outcome: Outcome,
  now: Date,
  pauseAfter: number,
): Promise<RecordResult> {
  const finished = await finishDelivery(db, slotKey, owner, outcome, now);
  if (!finished) return { recorded: false, paused: false };
  const id = finished.subscription_id;
  if (outcome.status === 'sent') {
    const until = parseDigestRecord(finished.digest)?.until;
    await db
      .updateTable('subscriptions')
      .set({
        consecutive_failures: 0,
        ...(finished.article ? { last_article: finished.article } : {}),
        ...(until ? { briefed_until: until } : {}),
      })
      .where('id', '=', id)
      .execute();
    return { recorded: true, paused: false };
  }
  if (outcome.status !== 'gone') return { recorded: true, paused: false };
  return { recorded: true, paused: await countFailure(db, id, outcome, now, pauseAfter) };
}

/** Closes our claimed delivery row with its outcome; undefined when the claim is no longer ours. */
function finishDelivery(db: Kysely<Database>, slotKey: string, owner: string, outcome: Outcome, now: Date) {
  return db
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
    .returning(['subscription_id', 'article', 'digest'])
    .executeTakeFirst();
}

/** Counts one more gone/forbidden delivery; true when that paused the (active) subscription. */
async function countFailure(
  db: Kysely<Database>,
  id: string,
  outcome: Outcome,
  now: Date,
  pauseAfter: number,
): Promise<boolean> {
  const counted = await db
    .updateTable('subscriptions')
    .set((eb) => ({ consecutive_failures: eb('consecutive_failures', '+', 1) }))
    .where('id', '=', id)
    .returning('consecutive_failures')
    .executeTakeFirst();
  const failures = Number(counted?.consecutive_failures ?? 0);
  if (failures < pauseAfter) return false;
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
  return Number(paused.numUpdatedRows) > 0;
}

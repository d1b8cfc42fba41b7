// Delivering one slot exactly once: claim it in the database, keep the lease alive while
// working, check the channel first when taking over a crashed claim, send, record the outcome.
import type { Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import { countBriefingDelivery } from '../metrics/metrics.ts';
import type { BriefingStore, Outcome, SlotIdentity, Subscription } from '../storage/store.ts';
import type { ClaimOne } from './batched-claims.ts';
import type { DigestRun } from './digest/plan.ts';
import { type Decision, decide } from './post-slot.ts';
import type { RetryPolicy } from './retry.ts';
import type { Senders } from './sender.ts';
import { missedReason, type OwedSlot } from './slots.ts';

/** Everything delivering a slot needs; built once per run by runDueSlots. */
export interface DeliverDeps {
  now: () => Date;
  store: BriefingStore;
  senders: Senders;
  library: Library;
  logger: Logger;
  /** This instance's id, written into claims. */
  owner: string;
  /** Claims a slot for `owner` (batched with the run's other claims; see batched-claims.ts). */
  claim: ClaimOne;
  leaseMs: number;
  /** Gone/forbidden deliveries in a row before the subscription pauses. */
  pauseAfter: number;
  graceMs: number;
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** Aborted on shutdown: no new attempt starts; a claim not yet sent is released at once. */
  signal?: AbortSignal;
  /** The run's digest state when the briefing reads the story archive (else: the newest article). */
  digests?: DigestRun;
}

/** A slot owed by a subscription, as a run hands it to delivery. */
export interface DueSlot extends OwedSlot {
  sub: Subscription;
}

/** How a slot ended ('busy': someone else holds it; 'lost': our claim was taken over; 'stopped': shutting down). */
export type SlotResult = Outcome['status'] | 'busy' | 'lost' | 'stopped' | 'error';

/**
 * Settles one owed slot. A slot past its catch-up window (`late`) is never posted: never claimed,
 * it is recorded as missed at once; claimed before by an owner that crashed, it is taken over so
 * the channel is checked first, then recorded as sent (found there) or missed.
 */
export async function deliverSlot(
  deps: DeliverDeps,
  due: DueSlot,
  claimedBefore: boolean,
): Promise<SlotResult> {
  if (due.late && !claimedBefore) return recordMissed(deps, due.slot);
  const { store, owner, leaseMs, logger } = deps;
  const { slot } = due;
  const claim = await deps.claim(slot);
  if (!claim) return 'busy';
  const renew = () => store.renewLease(slot.key, owner, new Date(deps.now().getTime() + leaseMs));
  const heartbeat = setInterval(
    () => {
      renew().catch((err: unknown) => logger.warn({ err, slot: slot.key }, 'could not renew briefing lease'));
    },
    Math.max(1000, Math.floor(leaseMs / 3)),
  );
  heartbeat.unref();
  try {
    return await record(deps, slot, await decide(deps, due, claim === 'takeover'));
  } finally {
    clearInterval(heartbeat);
  }
}

/** Records a late slot nobody claimed as missed; 'busy' when someone recorded it first. */
async function recordMissed(deps: DeliverDeps, slot: SlotIdentity): Promise<SlotResult> {
  if (!(await deps.store.recordMissed(slot, missedReason, deps.now()))) return 'busy';
  logDelivery(deps.logger, slot, 'missed', 0, missedReason);
  return 'missed';
}

/** Writes a claimed slot's outcome (when the claim is still ours) and logs what happened. */
async function record(
  deps: DeliverDeps,
  slot: SlotIdentity,
  { outcome, attempts }: Decision,
): Promise<SlotResult> {
  const { logger } = deps;
  if (!outcome && deps.signal?.aborted) {
    const released = await deps.store.releaseClaim(slot.key, deps.owner, deps.now());
    const why = released
      ? 'shutting down; claim released for another instance to take over now'
      : 'shutting down; the claim was no longer ours';
    logDelivery(logger, slot, 'stopped', attempts, why);
    return 'stopped';
  }
  if (!outcome) {
    logDelivery(logger, slot, 'lost', attempts, 'another instance took the claim over');
    return 'lost';
  }
  const recorded = await deps.store.recordOutcome(slot.key, deps.owner, outcome, deps.now(), deps.pauseAfter);
  if (!recorded.recorded) {
    logDelivery(logger, slot, 'lost', attempts, 'claim expired before the outcome was recorded');
    return 'lost';
  }
  logDelivery(logger, slot, outcome.status, attempts, outcome.reason ?? null, outcome.messageId ?? null);
  if (recorded.paused) {
    logger.warn(
      { slot: slot.key, platform: slot.platform, channel: slot.channelId },
      'briefing subscription paused',
    );
  }
  return outcome.status;
}

function logDelivery(
  logger: Logger,
  slot: SlotIdentity,
  outcome: SlotResult,
  attempt: number,
  reason: string | null,
  messageId: string | null = null,
): void {
  countBriefingDelivery(slot.platform, outcome);
  const line = {
    slot: slot.key,
    platform: slot.platform,
    channel: slot.channelId,
    outcome,
    attempt,
    reason,
    messageId,
  };
  if (outcome === 'sent' || outcome === 'skipped') logger.info(line, 'briefing delivery');
  else logger.warn(line, 'briefing delivery');
}

// Delivering one slot exactly once: claim it in the database, keep the lease alive while
// working, check the channel first when taking over a crashed claim, send, record the outcome.
import type { Library } from '../core/library.ts';
import { memoReply } from '../core/reply-cache.ts';
import type { Logger } from '../logger.ts';
import type { BriefingStore, Outcome, SlotIdentity, Subscription } from '../storage/store.ts';
import { buildBriefing, markForSlot } from './compose.ts';
import { confirmPosted, type RetryPolicy, sendWithRetry } from './retry.ts';
import type { Senders } from './sender.ts';
import { articleIdOf, slotRefOf } from './slots.ts';

/** Everything delivering a slot needs; built once per run by runDueSlots. */
export interface DeliverDeps {
  now: () => Date;
  store: BriefingStore;
  senders: Senders;
  library: Library;
  logger: Logger;
  /** This instance's id, written into claims. */
  owner: string;
  leaseMs: number;
  /** Gone/forbidden deliveries in a row before the subscription pauses. */
  pauseAfter: number;
  graceMs: number;
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  /** Aborted on shutdown: no new attempt starts; the claim is left for its lease to expire. */
  signal?: AbortSignal;
}

/** How a slot ended ('busy': someone else holds it; 'lost': our claim was taken over; 'stopped': shutting down). */
export type SlotResult = Outcome['status'] | 'busy' | 'lost' | 'stopped' | 'error';

/** Claims, sends and records one slot. `late` slots are only settled (found or missed), never posted. */
export async function deliverSlot(
  deps: DeliverDeps,
  sub: Subscription,
  slot: SlotIdentity,
  late: boolean,
): Promise<SlotResult> {
  const { store, owner, leaseMs, logger } = deps;
  const claim = await store.claimSlot(slot, owner, deps.now(), leaseMs);
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
    const { outcome, attempts } = await decide(deps, sub, slot, late, claim === 'takeover');
    if (!outcome && deps.signal?.aborted) {
      logDelivery(
        logger,
        slot,
        'stopped',
        attempts,
        'shutting down; the next run takes the slot over when the lease ends',
      );
      return 'stopped';
    }
    if (!outcome) {
      logDelivery(logger, slot, 'lost', attempts, 'another instance took the claim over');
      return 'lost';
    }
    const recorded = await store.recordOutcome(slot.key, owner, outcome, deps.now(), deps.pauseAfter);
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
  } finally {
    clearInterval(heartbeat);
  }
}

async function decide(
  deps: DeliverDeps,
  sub: Subscription,
  slot: SlotIdentity,
  late: boolean,
  takeover: boolean,
): Promise<{ outcome: Outcome | null; attempts: number }> {
  const sender = deps.senders[slot.platform];
  const ref = slotRefOf(slot);
  if (!sender)
    return {
      outcome: { status: 'failed', reason: `no ${slot.platform} connection in this process` },
      attempts: 0,
    };
  if (takeover) {
    const found = await confirmPosted({
      alreadySent: () => sender.alreadySent(slot.channelId, ref),
      ...deps,
    });
    if (found === true)
      return {
        outcome: {
          status: 'sent',
          reason: 'found in the channel after an earlier claim crashed; not re-sent',
        },
        attempts: 0,
      };
    if (found === 'unknown')
      return {
        outcome: {
          status: 'failed',
          reason:
            'an earlier claim crashed and the channel could not be checked; not re-sent to avoid a double post',
        },
        attempts: 0,
      };
  }
  if (late)
    return { outcome: { status: 'missed', reason: 'not delivered within the catch-up window' }, attempts: 0 };
  const article = deps.library.newest();
  if (!article)
    return { outcome: { status: 'skipped', reason: 'there was no valid article in content/' }, attempts: 0 };
  const articleId = articleIdOf(article.article.slug, article.version);
  const isNew = sub.lastArticle !== articleId;
  if (sub.mode === 'new-only' && !isNew)
    return {
      outcome: { status: 'skipped', reason: 'no new article since the last briefing (mode new-only)' },
      attempts: 0,
    };
  // Composed once per article version and newness, shared by every channel; each slot only adds its footer.
  const briefing = memoReply(article, `briefing\u0000${isNew}`, () => buildBriefing(article, { isNew }));
  const reply = markForSlot(briefing, slot.localDate, ref.ref);
  const started = deps.now().getTime();
  const result = await sendWithRetry({
    send: () => sender.send(slot.channelId, reply, ref),
    alreadySent: () => sender.alreadySent(slot.channelId, ref),
    beginAttempt: async () => {
      if (deps.signal?.aborted) return false;
      const until = new Date(deps.now().getTime() + deps.leaseMs);
      return deps.store.renewLease(slot.key, deps.owner, until, { article: articleId });
    },
    sleep: deps.sleep,
    now: deps.now,
    deadline: Math.max(slot.scheduledAt.getTime() + deps.graceMs, started + 5 * 60_000),
    policy: deps.policy,
    onRetry: (info) =>
      deps.logger.info(
        { slot: slot.key, platform: slot.platform, channel: slot.channelId, ...info },
        'briefing retry',
      ),
  });
  switch (result.status) {
    case 'lost':
      return { outcome: null, attempts: result.attempts };
    case 'sent':
      return {
        outcome: { status: 'sent', messageId: result.messageId, reason: result.reason },
        attempts: result.attempts,
      };
    default:
      return { outcome: { status: result.status, reason: result.reason }, attempts: result.attempts };
  }
}

function logDelivery(
  logger: Logger,
  slot: SlotIdentity,
  outcome: SlotResult,
  attempt: number,
  reason: string | null,
  messageId: string | null = null,
): void {
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

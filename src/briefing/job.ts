// One run of the briefing job, as a plain function of an injected clock: find the slots that
// are due (or past the catch-up window), fan them out through one bounded queue per platform (each
// platform has its own rate limits, so one slow platform never holds up another), and report.
import PQueue from 'p-queue';
import type { Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import type { BriefingStore } from '../storage/store.ts';
import { type DeliverDeps, deliverSlot, type SlotResult } from './deliver.ts';
import { defaultRetryPolicy, type RetryPolicy } from './retry.ts';
import type { Senders } from './sender.ts';
import { graceMsOf, owedSlots } from './slots.ts';

/** Inputs of one run; only the first six are required. */
export interface JobOptions {
  now: () => Date;
  store: BriefingStore;
  senders: Senders;
  library: Library;
  logger: Logger;
  /** BRIEFING_CATCHUP_HOURS: how late a slot may still be posted. */
  catchupHours: number;
  /** This instance's id (default: one per process). */
  owner?: string;
  /** Deliveries in flight at once on each platform (default 8). */
  concurrency?: number;
  /** Claim lease; renewed while working (default 2 minutes). */
  leaseMs?: number;
  /** Gone/forbidden deliveries in a row before pausing (default 3). */
  pauseAfter?: number;
  policy?: RetryPolicy;
  sleep?: (ms: number) => Promise<void>;
  /** Slot keys this process is handling already (shared between overlapping runs). */
  inFlight?: Set<string>;
  /** Aborted on shutdown: waiting slots are left alone and retry waits end early. */
  signal?: AbortSignal;
}

/** What a run did, by outcome. */
export type RunSummary = Record<SlotResult, number> & { due: number };

/** An id for this process, used when no owner is given. */
export const processOwner = `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;

/**
 * Deliveries in flight at once per platform: enough to keep a platform at its rate limit while each
 * delivery waits on the database and the network (senders surface 429s and delivery waits as told).
 */
const defaultConcurrency = 8;

/** Fan-outs larger than this log their progress. */
const progressThreshold = 20;

/** A wait that ends early when the signal aborts. */
function sleepUnless(signal: AbortSignal | undefined): (ms: number) => Promise<void> {
  return (ms) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      timer.unref();
      signal?.addEventListener('abort', done, { once: true });
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
    });
}

/** Runs every due slot once (catch-up included) and records those past the window as missed. */
export async function runDueSlots(options: JobOptions): Promise<RunSummary> {
  const now = options.now();
  const graceMs = graceMsOf(options.catchupHours);
  const deps: DeliverDeps = {
    now: options.now,
    store: options.store,
    senders: options.senders,
    library: options.library,
    logger: options.logger,
    owner: options.owner ?? processOwner,
    leaseMs: options.leaseMs ?? 120_000,
    pauseAfter: options.pauseAfter ?? 3,
    graceMs,
    policy: options.policy ?? defaultRetryPolicy,
    sleep: options.sleep ?? sleepUnless(options.signal),
    signal: options.signal,
  };
  const summary: RunSummary = {
    due: 0,
    sent: 0,
    skipped: 0,
    missed: 0,
    failed: 0,
    gone: 0,
    busy: 0,
    lost: 0,
    stopped: 0,
    error: 0,
  };
  const inFlight = options.inFlight ?? new Set<string>();
  const subs = (await options.store.listSubscriptions('active')).filter((s) => options.senders[s.platform]);
  const owed = subs.flatMap((sub) => owedSlots(sub, now, graceMs).map((o) => ({ sub, ...o })));
  const recorded = await options.store.findDeliveries(owed.map((o) => o.slot.key));
  const work = owed.filter(({ slot }) => {
    const found = recorded.get(slot.key);
    if (inFlight.has(slot.key) || (found && found.status !== 'claimed')) return false;
    if (found?.leaseExpiresAt && found.leaseExpiresAt > now) {
      summary.busy++;
      return false;
    }
    return true;
  });
  summary.due = work.length;

  /** One slot: late and never claimed -> recorded as missed; otherwise claimed and delivered. */
  const settle = async ({ sub, slot, late }: (typeof work)[number]): Promise<SlotResult> => {
    if (options.signal?.aborted) return 'stopped';
    if (!late || recorded.has(slot.key)) return deliverSlot(deps, sub, slot, late);
    const reason = 'not delivered within the catch-up window';
    if (!(await options.store.recordMissed(slot, reason, options.now()))) return 'busy';
    const line = {
      slot: slot.key,
      platform: slot.platform,
      channel: slot.channelId,
      outcome: 'missed',
      attempt: 0,
      reason,
    };
    options.logger.warn(line, 'briefing delivery');
    return 'missed';
  };

  const queues = new Map<string, PQueue>();
  const queueFor = (platform: string): PQueue => {
    let queue = queues.get(platform);
    if (!queue) {
      queue = new PQueue({ concurrency: options.concurrency ?? defaultConcurrency });
      queues.set(platform, queue);
    }
    return queue;
  };
  let done = 0;
  const every = Math.max(10, Math.ceil(work.length / 10));
  for (const item of work) {
    inFlight.add(item.slot.key);
    void queueFor(item.slot.platform).add(async () => {
      let result: SlotResult;
      try {
        result = await settle(item);
      } catch (err) {
        result = 'error';
        const { slot } = item;
        options.logger.error(
          { err, slot: slot.key, platform: slot.platform, channel: slot.channelId },
          'briefing slot failed',
        );
      } finally {
        inFlight.delete(item.slot.key);
      }
      summary[result]++;
      done++;
      if (work.length > progressThreshold && (done % every === 0 || done === work.length)) {
        const progress = { done, total: work.length, sent: summary.sent, failed: summary.failed };
        options.logger.info(progress, 'briefing fan-out progress');
      }
    });
  }
  await Promise.all([...queues.values()].map((queue) => queue.onIdle()));
  return summary;
}

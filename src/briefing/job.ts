// One run of the briefing job, as a plain function of an injected clock: find the slots that
// are due (or past the catch-up window), fan them out through one bounded queue per platform (each
// platform has its own rate limits, so one slow platform never holds up another), and report.
import type { Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import type { BriefingStore, Delivery } from '../storage/store.ts';
import type { StoryArchive } from '../stories/story.ts';
import { type DeliverDeps, type DueSlot, deliverSlot, type SlotResult } from './deliver.ts';
import { DigestRun } from './digest/plan.ts';
import { fanOut, progressLog } from './fan-out.ts';
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
  /** The story archive: when given, each slot posts the day's digest of it instead of the newest article. */
  archive?: StoryArchive;
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
  const deps = deliverDepsOf(options);
  const summary = emptySummary();
  const inFlight = options.inFlight ?? new Set<string>();
  const { work, recorded } = await findWork(options, deps.graceMs, inFlight, summary);
  summary.due = work.length;
  for (const item of work) inFlight.add(item.slot.key);
  const progress = progressLog(options.logger, work.length, summary);
  await fanOut(work, options.concurrency ?? defaultConcurrency, async (item) => {
    summary[await settle(deps, item, recorded.has(item.slot.key), inFlight)]++;
    progress();
  });
  return summary;
}

function deliverDepsOf(options: JobOptions): DeliverDeps {
  return {
    now: options.now,
    store: options.store,
    senders: options.senders,
    library: options.library,
    logger: options.logger,
    owner: options.owner ?? processOwner,
    leaseMs: options.leaseMs ?? 120_000,
    pauseAfter: options.pauseAfter ?? 3,
    graceMs: graceMsOf(options.catchupHours),
    policy: options.policy ?? defaultRetryPolicy,
    sleep: options.sleep ?? sleepUnless(options.signal),
    signal: options.signal,
    ...(options.archive ? { digests: new DigestRun(options.archive, options.now()) } : {}),
  };
}

function emptySummary(): RunSummary {
  return {
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
}

/**
 * The slots this run works on: owed by an active subscription on a platform this process serves,
 * not recorded with an outcome, not in flight here, and not under another instance's live lease
 * (those are counted as busy). `recorded` holds the slots claimed before.
 */
async function findWork(
  options: JobOptions,
  graceMs: number,
  inFlight: ReadonlySet<string>,
  summary: RunSummary,
): Promise<{ work: DueSlot[]; recorded: Map<string, Delivery> }> {
  const now = options.now();
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
  return { work, recorded };
}

/** One slot, never throwing: its result, 'stopped' when shutting down, 'error' (logged) when it threw. */
async function settle(
  deps: DeliverDeps,
  item: DueSlot,
  claimedBefore: boolean,
  inFlight: Set<string>,
): Promise<SlotResult> {
  const { slot } = item;
  try {
    if (deps.signal?.aborted) return 'stopped';
    return await deliverSlot(deps, item, claimedBefore);
  } catch (err) {
    const where = { slot: slot.key, platform: slot.platform, channel: slot.channelId };
    deps.logger.error({ err, ...where }, 'briefing slot failed');
    return 'error';
  } finally {
    inFlight.delete(slot.key);
  }
}

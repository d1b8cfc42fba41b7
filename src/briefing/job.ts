// One run of the briefing job, as a plain function of an injected clock: find the slots that
// are due (or past the catch-up window), fan them out in an order of this instance's own through one
// bounded queue per platform (each platform has its own rate limits, so one slow platform never
// holds up another), watch the slots other instances hold until they settle or come free, and report.
import type { Library } from '../core/library.ts';
import type { Logger } from '../logger.ts';
import type { BriefingStore, Delivery, Subscription } from '../storage/store.ts';
import type { StoryArchive } from '../stories/story.ts';
import { batchedClaims } from './batched-claims.ts';
import { type DeliverDeps, type DueSlot, deliverSlot, type SlotResult } from './deliver.ts';
import { DigestRun, planDigest } from './digest/plan.ts';
import { fanOut, progressLog } from './fan-out.ts';
import { defaultRetryPolicy, type RetryPolicy } from './retry.ts';
import type { Senders } from './sender.ts';
import { graceMsOf, owedSlots } from './slots.ts';
import { watchHeld } from './watch-held.ts';

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
  /**
   * How long to keep watching slots another instance holds (default 0: not at all): one whose
   * holder released it (shutting down) or whose lease ran out (it crashed) is taken over then.
   */
  watchMs?: number;
  /** Told once the fan-out is done, before any watching (with `busy` = slots held elsewhere then). */
  onFannedOut?: (summary: RunSummary) => void;
  /** What prepareRun readied for this run (its digests are used when it read the same archive). */
  prepared?: PreparedRun;
  /**
   * The due minute of a run started ahead of it (see startEarlyMs in schedule.ts): the slots due
   * then are found, claimed and readied now, and posted from that instant on. Default: now.
   */
  dueAt?: Date;
}

/** What prepareRun readied ahead of a due minute. */
export interface PreparedRun {
  /** The due minute it was prepared for. */
  dueAt: Date;
  /** Digests planned for the slots coming due (with the archive only). */
  digests?: DigestRun;
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
  const { work, held, recorded } = await findWork(options, deps.graceMs, inFlight);
  summary.due = work.length;
  for (const item of [...work, ...held]) inFlight.add(item.slot.key);
  const progress = progressLog(options.logger, work.length, summary);
  const concurrency = options.concurrency ?? defaultConcurrency;
  const order = shuffled(work);
  reserveFirstTurns(options.senders, order, recorded, concurrency, asOf(options));
  await fanOut(order, concurrency, async (item) => {
    const result = await settle(deps, item, recorded.has(item.slot.key), inFlight);
    if (result === 'busy') held.push(item);
    else summary[result]++;
    progress();
  });
  options.onFannedOut?.({ ...summary, busy: held.length });
  const stillHeld = await watchHeld(held, {
    deps,
    watchMs: options.watchMs ?? 0,
    concurrency,
    settle: (item) => settle(deps, item, true, inFlight),
    settled: (item, result) => {
      inFlight.delete(item.slot.key);
      if (result) summary[result]++;
    },
  });
  summary.busy = stillHeld.length;
  for (const item of stillHeld) inFlight.delete(item.slot.key);
  return summary;
}

/**
 * Lets each platform's sender reserve the turns its first posts will take (the first `concurrency`
 * new slots that are not late: those the fan-out starts with), while their claims are on their way.
 */
function reserveFirstTurns(
  senders: Senders,
  order: DueSlot[],
  recorded: ReadonlyMap<string, unknown>,
  concurrency: number,
  from: Date,
): void {
  const first = new Map<DueSlot['slot']['platform'], (string | null | undefined)[]>();
  for (const item of order) {
    if (item.late || recorded.has(item.slot.key)) continue;
    const list = first.get(item.slot.platform) ?? [];
    if (list.length >= concurrency) continue;
    list.push(item.sub.workspaceId);
    first.set(item.slot.platform, list);
  }
  for (const [platform, workspaces] of first) senders[platform]?.reserveAhead?.(workspaces, from);
}

/** The instant a run works for: its due minute when started ahead of it, else now. */
function asOf(options: Pick<JobOptions, 'now' | 'dueAt'>): Date {
  const now = options.now();
  return options.dueAt && options.dueAt > now ? options.dueAt : now;
}

/** The work in an order of this instance's own, so instances working one list rarely collide. */
function shuffled<T>(items: T[]): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function deliverDepsOf(options: JobOptions): DeliverDeps {
  const owner = options.owner ?? processOwner;
  const leaseMs = options.leaseMs ?? 120_000;
  return {
    now: options.now,
    store: options.store,
    senders: options.senders,
    library: options.library,
    logger: options.logger,
    owner,
    claim: batchedClaims(options.store, owner, leaseMs, options.now),
    leaseMs,
    pauseAfter: options.pauseAfter ?? 3,
    graceMs: graceMsOf(options.catchupHours),
    policy: options.policy ?? defaultRetryPolicy,
    sleep: options.sleep ?? sleepUnless(options.signal),
    signal: options.signal,
    ...(options.archive ? { digests: digestsOf(options, options.archive) } : {}),
  };
}

/** The run's digests: the prepared ones (planned a few seconds ago, up to then), else from now on. */
function digestsOf(options: JobOptions, archive: StoryArchive): DigestRun {
  const prepared = options.prepared?.digests;
  return prepared?.archive === archive ? prepared : new DigestRun(archive, options.now());
}

/**
 * Readies what the slots coming due at `dueAt` (the next minute) will need, so that the run for
 * that minute (started a second ahead, see schedule.ts) only claims and posts: the connections the
 * fan-out will use are opened, and with the archive the digests are planned and composed. Nothing
 * is claimed or recorded here: which slots are owed, and whether another instance has them, is
 * found by that run. The digests cover the
 * stories up to the moment of preparing (their window ends there, so a story that arrives in the
 * last seconds before the tick is in the next digest, not lost). Undefined when nothing comes due.
 */
export async function prepareRun(options: JobOptions, dueAt: Date): Promise<PreparedRun | undefined> {
  const at = options.now();
  const graceMs = graceMsOf(options.catchupHours);
  const subs = (await options.store.listSubscriptions('active')).filter((s) => options.senders[s.platform]);
  const coming = subs.filter((sub) =>
    owedSlots(sub, dueAt, graceMs).some((o) => !o.late && o.slot.scheduledAt.getTime() > at.getTime()),
  );
  if (coming.length === 0) return undefined;
  const platforms = new Set(coming.map((sub) => sub.platform)).size;
  const warming = options.store.warm(
    Math.min(coming.length, (options.concurrency ?? defaultConcurrency) * platforms),
  );
  const prepared: PreparedRun = { dueAt };
  if (options.archive) {
    const digests = new DigestRun(options.archive, at);
    // Channels with the same window and filter share one digest: plan each kind once.
    const kinds = new Map<string, Subscription>();
    for (const sub of coming)
      kinds.set(JSON.stringify([sub.briefedUntil, sub.filter, sub.mode, sub.timezone]), sub);
    await Promise.all([...kinds.values()].map((sub) => planDigest(digests, sub, null)));
    prepared.digests = digests;
  }
  await warming;
  return prepared;
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
 * not recorded with an outcome and not in flight here. Those under another instance's live lease
 * are `held` (watched, not worked); `recorded` holds the slots claimed before.
 */
async function findWork(
  options: JobOptions,
  graceMs: number,
  inFlight: ReadonlySet<string>,
): Promise<{ work: DueSlot[]; held: DueSlot[]; recorded: Map<string, Delivery> }> {
  const now = asOf(options);
  const subs = (await options.store.listSubscriptions('active')).filter((s) => options.senders[s.platform]);
  const owed = subs.flatMap((sub) => owedSlots(sub, now, graceMs).map((o) => ({ sub, ...o })));
  const recorded = await options.store.findDeliveries(owed.map((o) => o.slot.key));
  const work: DueSlot[] = [];
  const held: DueSlot[] = [];
  for (const item of owed) {
    const found = recorded.get(item.slot.key);
    if (inFlight.has(item.slot.key) || (found && found.status !== 'claimed')) continue;
    if (found?.leaseExpiresAt && found.leaseExpiresAt > now) held.push(item);
    else work.push(item);
  }
  return { work, held, recorded };
}

/**
 * One slot, never throwing: its result, 'stopped' when shutting down, 'error' (logged) when it
 * threw. A 'busy' slot stays in `inFlight`: the run watches it.
 */
async function settle(
  deps: DeliverDeps,
  item: DueSlot,
  claimedBefore: boolean,
  inFlight: Set<string>,
): Promise<SlotResult> {
  const { slot } = item;
  let result: SlotResult = 'error';
  try {
    result = deps.signal?.aborted ? 'stopped' : await deliverSlot(deps, item, claimedBefore);
    return result;
  } catch (err) {
    const where = { slot: slot.key, platform: slot.platform, channel: slot.channelId };
    deps.logger.error({ err, ...where }, 'briefing slot failed');
    return 'error';
  } finally {
    if (result !== 'busy') inFlight.delete(slot.key);
  }
}

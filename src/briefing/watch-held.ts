// Slots another instance holds, watched after a run's own fan-out: each is left alone while its
// holder works on it, taken over once it comes free (released by a holder shutting down, or its
// lease run out after a crash), and forgotten once its holder records an outcome.
import type { DeliverDeps, DueSlot, SlotResult } from './deliver.ts';
import { fanOut } from './fan-out.ts';

/** What watching needs from the run. */
export interface WatchOptions {
  deps: DeliverDeps;
  /** How long to keep watching (0: not at all). */
  watchMs: number;
  concurrency: number;
  /** Works a slot that came free (a takeover); 'busy' when someone else got it first. */
  settle: (item: DueSlot) => Promise<SlotResult>;
  /** Told when a slot is done with: its holder recorded it (undefined) or we settled it. */
  settled: (item: DueSlot, result?: Exclude<SlotResult, 'busy'>) => void;
}

/** Longest pause between two looks (a released slot waits at most this long). */
const watchPollMs = 1000;

/**
 * Looks at the held slots until each is recorded or comes free and is taken over; gives up after
 * `watchMs` (and as many looks, so a test clock that does not move still ends) or on shutdown.
 * Returns the slots still held by others.
 */
export async function watchHeld(held: DueSlot[], options: WatchOptions): Promise<DueSlot[]> {
  const { deps, watchMs } = options;
  let waiting = held;
  if (watchMs <= 0) return waiting;
  const until = deps.now().getTime() + watchMs;
  for (let look = 0; waiting.length > 0 && look <= Math.ceil(watchMs / watchPollMs); look++) {
    if (deps.signal?.aborted || deps.now().getTime() > until) break;
    const rows = await deps.store.findDeliveries(waiting.map((item) => item.slot.key));
    const now = deps.now();
    const free: DueSlot[] = [];
    const next: DueSlot[] = [];
    let soonest = now.getTime() + watchPollMs;
    for (const item of waiting) {
      const row = rows.get(item.slot.key);
      if (row && row.status !== 'claimed') options.settled(item);
      else if (!row?.leaseExpiresAt || row.leaseExpiresAt < now) free.push(item);
      else {
        next.push(item);
        soonest = Math.min(soonest, row.leaseExpiresAt.getTime());
      }
    }
    await fanOut(free, options.concurrency, async (item) => {
      const result = await options.settle(item);
      if (result === 'busy') next.push(item);
      else options.settled(item, result);
    });
    waiting = next;
    if (waiting.length > 0) await deps.sleep(Math.max(25, soonest - deps.now().getTime() + 1));
  }
  return waiting;
}

// A run's fan-out: every slot through one bounded queue per platform (each platform has its own
// rate limits, so one slow platform never holds up another), with progress logs for large runs.
import PQueue from 'p-queue';
import type { Logger } from '../logger.ts';
import type { DueSlot } from './deliver.ts';

/** Fan-outs larger than this log their progress. */
const progressThreshold = 20;

/** Counts of a run by outcome, as progress logs report them. */
interface Counts {
  sent: number;
  failed: number;
}

/**
 * Runs `task` for every slot through one bounded queue per platform; resolves when all are done.
 * Slots in `more` join the queues when it resolves (behind those already there); when it fails,
 * the slots already queued are still worked before the failure is thrown.
 */
export async function fanOut(
  work: DueSlot[],
  concurrency: number,
  task: (item: DueSlot) => Promise<void>,
  more?: Promise<DueSlot[]>,
) {
  const queues = new Map<string, PQueue>();
  const add = (items: DueSlot[]) => {
    for (const item of items) {
      let queue = queues.get(item.slot.platform);
      if (!queue) {
        queue = new PQueue({ concurrency });
        queues.set(item.slot.platform, queue);
      }
      void queue.add(() => task(item));
    }
  };
  add(work);
  const [added] = await Promise.allSettled([more ?? Promise.resolve([])]);
  if (added.status === 'fulfilled') add(added.value);
  await Promise.all([...queues.values()].map((queue) => queue.onIdle()));
  if (added.status === 'rejected') throw added.reason;
}

/**
 * Counts finished slots; logs progress every tenth (at least every 10) of a large fan-out. `total`
 * is asked each time: a fan-out may learn of more slots while it runs.
 */
export function progressLog(logger: Logger, totalOf: () => number, summary: Counts): () => void {
  let done = 0;
  return () => {
    done++;
    const total = totalOf();
    const every = Math.max(10, Math.ceil(total / 10));
    if (total > progressThreshold && (done % every === 0 || done === total)) {
      logger.info({ done, total, sent: summary.sent, failed: summary.failed }, 'briefing fan-out progress');
    }
  };
}

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

/** Runs `task` for every slot through one bounded queue per platform; resolves when all are done. */
export async function fanOut(work: DueSlot[], concurrency: number, task: (item: DueSlot) => Promise<void>) {
  const queues = new Map<string, PQueue>();
  for (const item of work) {
    let queue = queues.get(item.slot.platform);
    if (!queue) {
      queue = new PQueue({ concurrency });
      queues.set(item.slot.platform, queue);
    }
    void queue.add(() => task(item));
  }
  await Promise.all([...queues.values()].map((queue) => queue.onIdle()));
}

/** Counts finished slots; logs progress every tenth (at least every 10) of a large fan-out. */
export function progressLog(logger: Logger, total: number, summary: Counts): () => void {
  let done = 0;
  const every = Math.max(10, Math.ceil(total / 10));
  return () => {
    done++;
    if (total > progressThreshold && (done % every === 0 || done === total)) {
      logger.info({ done, total, sent: summary.sent, failed: summary.failed }, 'briefing fan-out progress');
    }
  };
}

// Waits for a backlog to finish: polls a counter until it stops moving (or reaches a target).
import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `read` every 25 ms until it reaches `target` or has not changed for `quietMs`; resolves with the ms waited. */
export async function waitUntilSettled(
  read: () => number,
  options: { target?: number; quietMs?: number; maxMs?: number } = {},
): Promise<number> {
  const start = performance.now();
  const quietMs = options.quietMs ?? 300;
  let value = read();
  let changedAt = start;
  while (performance.now() - start < (options.maxMs ?? 10_000)) {
    if (options.target !== undefined && value >= options.target) break;
    if (performance.now() - changedAt >= quietMs) break;
    await sleep(25);
    const next = read();
    if (next !== value) {
      value = next;
      changedAt = performance.now();
    }
  }
  return performance.now() - start;
}

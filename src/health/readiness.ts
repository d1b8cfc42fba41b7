// Whether this process should be sent work: each door reports whether it is connected, and checks
// run at each ask (the database is reachable and migrated). /readyz answers from it; a part that
// has not reported yet counts as not ready, so a starting or stopping process is never "ready".
import { errorMessage } from '../error-message.ts';

/** A part that reports its own state (a door). */
export interface ReadinessPart {
  /** The part is working. */
  ready(): void;
  /** The part is not working, and why ("gateway disconnected"). */
  notReady(reason: string): void;
}

/** One part's or check's state. */
export interface PartState {
  name: string;
  ready: boolean;
  /** Why it is not ready. */
  reason?: string;
}

/** The whole process's state: ready when every part and check is. */
export interface ReadinessStatus {
  ready: boolean;
  parts: PartState[];
}

/** The registry the doors and the database report into. */
export interface Readiness {
  /** Registers a part, not ready with `reason` until it reports otherwise. */
  part(name: string, reason?: string): ReadinessPart;
  /** Registers a check run at each status(): resolves null when fine, else why not. */
  check(name: string, run: () => Promise<string | null>): void;
  /** Every part's state and every check's result now (a check slower than the limit is not ready). */
  status(): Promise<ReadinessStatus>;
}

/** How long one check may take before it counts as failed (ms). */
const checkLimitMs = 2000;

/** An empty registry: ready until something registers. */
export function createReadiness(limitMs = checkLimitMs): Readiness {
  const parts = new Map<string, PartState>();
  const checks = new Map<string, () => Promise<string | null>>();
  return {
    part(name, reason = 'starting') {
      const state: PartState = { name, ready: false, reason };
      parts.set(name, state);
      return {
        ready: () => {
          state.ready = true;
          delete state.reason;
        },
        notReady: (why) => {
          state.ready = false;
          state.reason = why;
        },
      };
    },
    check: (name, run) => void checks.set(name, run),
    async status() {
      const checked = await Promise.all(
        [...checks].map(async ([name, run]): Promise<PartState> => {
          const reason = await withinLimit(run, limitMs);
          return reason === null ? { name, ready: true } : { name, ready: false, reason };
        }),
      );
      const all = [...[...parts.values()].map((p) => ({ ...p })), ...checked];
      return { ready: all.every((p) => p.ready), parts: all };
    },
  };
}

/** The check's answer, its error as the reason, or a timeout reason. */
async function withinLimit(run: () => Promise<string | null>, limitMs: number): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${limitMs} ms`), limitMs);
  });
  try {
    return await Promise.race([run().catch((error: unknown) => errorMessage(error)), late]);
  } finally {
    clearTimeout(timer);
  }
}

// Sending one slot's briefing with retries inside the slot: 429s wait as long as the platform
// says, 5xx and timeouts back off, and after an unclear failure the channel is checked before
// trying again so a post that did land is never repeated.

import { errorMessage } from '../error-message.ts';
import { DeliveryError } from './sender.ts';

/** Retry limits for one slot. */
export interface RetryPolicy {
  /** Attempts after transient failures (5xx, timeouts) before giving up. */
  maxAttempts: number;
  /** Rate-limit waits before giving up. */
  maxRateLimitWaits: number;
  /** First backoff delay; doubles each attempt. */
  baseDelayMs: number;
  /** Longest backoff delay. */
  maxDelayMs: number;
  /** One attempt that takes longer counts as a timeout. */
  attemptTimeoutMs: number;
}

/** Defaults for production. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  maxRateLimitWaits: 5,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  attemptTimeoutMs: 30_000,
};

/** How sending a slot ended. */
export type SendResult =
  | { status: 'sent'; messageId: string | null; attempts: number; reason: string | null }
  | { status: 'gone' | 'failed'; reason: string; attempts: number; workspaceGone?: boolean }
  | { status: 'lost' | 'stopped'; attempts: number };

/** What sendWithRetry works with. */
export interface SendDeps {
  send: () => Promise<string>;
  alreadySent: () => Promise<boolean>;
  /** Renews the claim's lease and counts an attempt; false when the claim is no longer ours. */
  beginAttempt: () => Promise<boolean>;
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
  /** No wait may end after this instant (ms); the slot gives up instead. */
  deadline: number;
  policy: RetryPolicy;
  /** Called before each wait, for logs. */
  onRetry?: (info: { attempt: number; kind: string; reason: string; waitMs: number }) => void;
}

/** Any thrown value as a DeliveryError (unknown errors are permanent: retrying a bug helps nobody). */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof DeliveryError) return error;
  return new DeliveryError('permanent', `unexpected error: ${errorMessage(error)}`);
}

/** Runs a promise with a time limit; a late answer becomes a transient failure. */
export async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeliveryError('transient', `no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Backoff before attempt n+1 after n transient failures (doubling, with +-20% jitter). */
export function backoffMs(attempt: number, policy: RetryPolicy, random = Math.random): number {
  const base = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** Asks the channel whether the slot was posted (retrying the check); 'unknown' when it cannot tell. */
export async function confirmPosted(
  deps: Pick<SendDeps, 'alreadySent' | 'sleep' | 'policy'>,
): Promise<boolean | 'unknown'> {
  for (let tries = 1; tries <= 3; tries++) {
    try {
      return await withTimeout(deps.alreadySent(), deps.policy.attemptTimeoutMs);
    } catch (error) {
      const err = asDeliveryError(error);
      if (err.kind === 'gone' || err.kind === 'permanent' || err.kind === 'stopped' || tries === 3)
        return 'unknown';
      await deps.sleep(
        err.kind === 'rate-limited' ? (err.retryAfterMs ?? 1000) : backoffMs(tries, deps.policy),
      );
    }
  }
  return 'unknown';
}

/** Sends with retries within the slot. Never throws. */
export async function sendWithRetry(deps: SendDeps): Promise<SendResult> {
  const { policy } = deps;
  let attempts = 0;
  let rateWaits = 0;
  let unclear = false;
  for (;;) {
    if (unclear) {
      const found = await confirmPosted(deps);
      if (found === true)
        return {
          status: 'sent',
          messageId: null,
          attempts,
          reason: 'found in the channel after an unclear failure',
        };
      if (found === 'unknown')
        return {
          status: 'failed',
          attempts,
          reason:
            'an attempt failed unclearly and the channel could not be checked; not re-sent to avoid a double post',
        };
    }
    if (!(await deps.beginAttempt())) return { status: 'lost', attempts };
    attempts++;
    try {
      const messageId = await withTimeout(deps.send(), policy.attemptTimeoutMs);
      return { status: 'sent', messageId, attempts, reason: null };
    } catch (error) {
      const err = asDeliveryError(error);
      if (err.kind === 'stopped') return { status: 'stopped', attempts };
      if (err.kind === 'gone')
        return {
          status: 'gone',
          reason: err.reason,
          attempts,
          ...(err.scope === 'workspace' ? { workspaceGone: true } : {}),
        };
      if (err.kind === 'permanent') return { status: 'failed', reason: err.reason, attempts };
      unclear = err.kind === 'transient';
      const waitMs =
        err.kind === 'rate-limited'
          ? Math.max(0, err.retryAfterMs ?? policy.baseDelayMs)
          : backoffMs(attempts, policy);
      const exhausted =
        err.kind === 'rate-limited' ? ++rateWaits > policy.maxRateLimitWaits : attempts >= policy.maxAttempts;
      const pastDeadline = deps.now().getTime() + waitMs > deps.deadline;
      if (exhausted || pastDeadline) {
        const why = exhausted
          ? `gave up after ${attempts} attempts`
          : 'gave up: the slot’s window closes before the next try';
        if (unclear && (await confirmPosted(deps)) === true)
          return {
            status: 'sent',
            messageId: null,
            attempts,
            reason: 'found in the channel after an unclear failure',
          };
        return { status: 'failed', reason: `${why}; last error: ${err.reason}`, attempts };
      }
      deps.onRetry?.({ attempt: attempts, kind: err.kind, reason: err.reason, waitMs });
      await deps.sleep(waitMs);
    }
  }
}

// The platforms' rate limits the briefing paces itself to, and the budget keys instances share.
// Discord: 50 requests/s per bot token across all routes, 5 messages per 5 s per channel
// (docs.discord.com topics/rate-limits). Slack: chat.postMessage about 1 per second per channel plus
// a workspace-wide limit; conversations.history is Tier 3, 50+ per minute (docs.slack.dev rate-limits).
import { createHash } from 'node:crypto';
import type { ChannelLimit } from './channel-spacing.ts';

/** One shared budget's rate. */
export interface BudgetRate {
  perSecond: number;
  burst: number;
}

/** The limits paced to; tests and the bench may scale them together with their fakes. */
export interface PlatformLimits {
  discord: { global: BudgetRate; channel: ChannelLimit };
  slack: { postMessage: BudgetRate; history: BudgetRate; channel: ChannelLimit };
}

/**
 * The defaults: the platform's average, and a burst ten turns below the platform's own (Discord
 * lets 50 go at once). A request never leaves before its turn by this process's clock, but an idle
 * budget is counted as used from the moment of the reservation, while the platform's bucket stays
 * full (and gains nothing) until the request arrives: that lag (the database round trip, a busy
 * event loop, the network) and any clock skew between instances must fit in the spare turns, 200 ms
 * together. On a loaded 2-core machine margins of two and five turns drew a few 429s (each costs its
 * request a second or more); ten drew none. The margin costs ten turns (0.2 s) once per fan-out,
 * not a share of the rate. Slack documents no figure for the workspace: 50/s is what our fakes
 * model, and a workspace that answers 429 earlier still gets its Retry-After honoured.
 */
export const defaultPlatformLimits: PlatformLimits = {
  discord: {
    global: { perSecond: 50, burst: 40 },
    channel: { perSecond: 1, burst: 5 },
  },
  slack: {
    postMessage: { perSecond: 50, burst: 40 },
    history: { perSecond: 50 / 60, burst: 10 },
    channel: { perSecond: 1, burst: 1 },
  },
};

/** A short, stable, non-secret name for a token (budgets are per bot or workspace, never per instance). */
export function tokenKey(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16);
}

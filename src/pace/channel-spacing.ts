// Per-channel spacing (Discord 5 messages per 5 s per channel, Slack about 1 per second): kept in
// the process that posts, because a channel's messages come from the one instance holding its slot.
// Unlike a reservation, each turn counts from when the message really left.
import type { PaceClock } from './pacer.ts';

/** A channel's limit: `perSecond` on average, `burst` at once. */
export interface ChannelLimit {
  perSecond: number;
  burst: number;
}

/** Spacing of messages per channel. */
export interface ChannelSpacing {
  /** Resolves when the next message to `channel` may leave; marks it as leaving then. */
  turn(channel: string, limit: ChannelLimit): Promise<void>;
}

/** Channels idle this long are forgotten (their budget is full again anyway). */
const forgetAfterMs = 60_000;

/** Spacing kept in memory, with the given clock. */
export function createChannelSpacing(clock: PaceClock): ChannelSpacing {
  const tats = new Map<string, number>();
  let swept = clock.now();
  return {
    async turn(channel, limit) {
      const interval = 1000 / limit.perSecond;
      const tolerance = (Math.max(1, limit.burst) - 1) * interval;
      const due = (tats.get(channel) ?? 0) - tolerance - clock.now();
      if (due > 0) await clock.sleep(due);
      const now = clock.now();
      tats.set(channel, Math.max(tats.get(channel) ?? 0, now) + interval);
      if (now - swept > forgetAfterMs) {
        swept = now;
        for (const [key, tat] of tats) if (tat < now) tats.delete(key);
      }
    },
  };
}

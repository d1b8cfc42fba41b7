// The pacer on a clock of its own: a GCRA budget lets `burst` requests go at once and then one per
// interval, a full budget costs nothing, an aborted wait sends nothing, and per-channel spacing
// counts from when a message really left.
import { describe, expect, it } from 'vitest';
import { createChannelSpacing } from '../../src/pace/channel-spacing.ts';
import {
  createPacer,
  keptTurnMs,
  memoryReserve,
  NotSentError,
  type PaceClock,
  type PaceLimit,
  type Reserve,
  turnDelayMs,
} from '../../src/pace/pacer.ts';

/** A clock that only moves when something sleeps. */
function virtualClock(start = 1_000_000): PaceClock & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    async sleep(ms, signal) {
      slept.push(ms);
      if (!signal?.aborted) now += ms;
    },
  };
}

const limit: PaceLimit = { key: 'test:budget', perSecond: 50, burst: 40 };

/** A memory budget that records how many turns each reservation asked for. */
function countingReserve(): { reserve: Reserve; counts: number[] } {
  const inner = memoryReserve();
  const counts: number[] = [];
  const reserve: Reserve = async (key, intervalMs, nowMs, count = 1) => {
    counts.push(count);
    return inner(key, intervalMs, nowMs, count);
  };
  return { reserve, counts };
}

describe('pacer', () => {
  it('pacer: the first `burst` requests go at once, then one every 1/perSecond', async () => {
    const clock = virtualClock();
    const pacer = createPacer(memoryReserve(), { now: clock.now, sleep: async () => {} });
    const delays: number[] = [];
    for (let i = 0; i < 45; i++) delays.push(await pacer.wait(limit));
    expect(delays.slice(0, 40).every((d) => d === 0)).toBe(true);
    expect(delays.slice(40)).toEqual([20, 40, 60, 80, 100]);
  });

  it('pacer: a budget left idle refills; it never lends more than the burst', async () => {
    const clock = virtualClock();
    const pacer = createPacer(memoryReserve(), clock);
    for (let i = 0; i < 40; i++) await pacer.wait(limit);
    await clock.sleep(10_000);
    clock.slept.length = 0;
    for (let i = 0; i < 41; i++) await pacer.wait(limit);
    expect(clock.slept).toEqual([20]);
  });

  it('pacer: turnDelayMs is zero when the budget is full and grows by one interval per reservation', () => {
    const interval = 1000 / limit.perSecond;
    const tolerance = (limit.burst - 1) * interval;
    expect(turnDelayMs(limit, 5000 + interval, 5000)).toBe(0);
    expect(turnDelayMs(limit, 5000 + interval + tolerance + 20, 5000)).toBe(20);
  });

  it('pacer: an aborted wait rejects with NotSentError and the request is not made', async () => {
    const clock = virtualClock();
    const pacer = createPacer(memoryReserve(), clock);
    for (let i = 0; i < 40; i++) await pacer.wait(limit);
    const stop = new AbortController();
    stop.abort();
    await expect(pacer.wait(limit, stop.signal)).rejects.toBeInstanceOf(NotSentError);
  });

  it('pacer: two pacers on one reserve share the budget (no more than the burst at once between them)', async () => {
    const reserve = memoryReserve();
    const clock = virtualClock();
    const at = { now: clock.now, sleep: async () => {} };
    const [a, b] = [createPacer(reserve, at), createPacer(reserve, at)];
    const delays = [];
    for (let i = 0; i < 30; i++) delays.push(await a.wait(limit), await b.wait(limit));
    expect(delays.filter((d) => d === 0)).toHaveLength(40);
  });

  it('pacer: requests that arrive while a reservation is on its way share the next one, in consecutive turns', async () => {
    const clock = virtualClock();
    const inner = memoryReserve();
    const counts: number[] = [];
    const reserve: Reserve = async (key, intervalMs, nowMs, count = 1) => {
      counts.push(count);
      await new Promise((resolve) => setTimeout(resolve, 5));
      return inner(key, intervalMs, nowMs, count);
    };
    const pacer = createPacer(reserve, { now: clock.now, sleep: async () => {} });
    const delays = await Promise.all(Array.from({ length: 45 }, () => pacer.wait(limit)));
    expect(counts).toEqual([1, 44]);
    expect(delays.filter((d) => d === 0)).toHaveLength(40);
    expect(delays.slice(40)).toEqual([20, 40, 60, 80, 100]);
  });

  it('pacer: turns reserved ahead are taken by the next waits, in order, with no round trip of their own', async () => {
    const clock = virtualClock();
    const { reserve, counts } = countingReserve();
    const pacer = createPacer(reserve, clock);
    pacer.reserveAhead(limit, 3);
    expect(counts).toEqual([3]);
    const delays = [await pacer.wait(limit), await pacer.wait(limit), await pacer.wait(limit)];
    expect(delays).toEqual([0, 0, 0]);
    expect(counts).toEqual([3]);
    await pacer.wait(limit);
    expect(counts).toEqual([3, 1]);
  });

  it('pacer: turns reserved ahead from a later instant are not taken before it', async () => {
    const clock = virtualClock();
    const pacer = createPacer(memoryReserve(), clock);
    pacer.reserveAhead(limit, 2, clock.now() + 800);
    expect(await pacer.wait(limit)).toBe(800);
    expect(await pacer.wait(limit)).toBe(0);
  });

  it('pacer: a turn reserved ahead and kept too long is dropped, so it never adds to a later burst', async () => {
    const clock = virtualClock();
    const { reserve, counts } = countingReserve();
    const pacer = createPacer(reserve, clock);
    pacer.reserveAhead(limit, 2);
    await clock.sleep(keptTurnMs + 1);
    await pacer.wait(limit);
    expect(counts).toEqual([2, 1]);
  });

  it('pacer: a failed reservation ahead keeps nothing: the wait reserves for itself', async () => {
    const inner = memoryReserve();
    let fail = true;
    const reserve: Reserve = async (key, intervalMs, nowMs, count) => {
      if (fail) throw new Error('database down');
      return inner(key, intervalMs, nowMs, count);
    };
    const pacer = createPacer(reserve, virtualClock());
    pacer.reserveAhead(limit, 2);
    fail = false;
    await expect(pacer.wait(limit)).resolves.toBe(0);
  });

  it('pacer: a reservation that fails fails every request of its batch, and the next batch reserves again', async () => {
    const inner = memoryReserve();
    let fail = true;
    const reserve: Reserve = async (key, intervalMs, nowMs, count) => {
      if (fail) throw new Error('database down');
      return inner(key, intervalMs, nowMs, count);
    };
    const pacer = createPacer(reserve, virtualClock());
    await expect(pacer.wait(limit)).rejects.toThrow('database down');
    fail = false;
    await expect(pacer.wait(limit)).resolves.toBe(0);
  });

  it('pacer: a timer that fires early does not let the request leave before its turn', async () => {
    let now = 1_000_000;
    const early = 3;
    const clock: PaceClock = {
      now: () => now,
      async sleep(ms) {
        now += ms > early ? ms - early : ms;
      },
    };
    const pacer = createPacer(memoryReserve(), clock);
    for (let i = 0; i < 40; i++) await pacer.wait(limit);
    const start = now;
    await pacer.wait(limit);
    expect(now - start).toBeGreaterThanOrEqual(20);
  });
});

describe('channel spacing', () => {
  it('spacing: the next message to a channel waits an interval from when the last one left', async () => {
    const clock = virtualClock();
    const spacing = createChannelSpacing(clock);
    const slack = { perSecond: 1, burst: 1 };
    await spacing.turn('C1', slack);
    await clock.sleep(300);
    clock.slept.length = 0;
    await spacing.turn('C1', slack);
    expect(clock.slept).toEqual([700]);
    await spacing.turn('C2', slack);
    expect(clock.slept).toEqual([700]);
  });

  it('spacing: Discord channels take five at once, then one a second', async () => {
    const clock = virtualClock();
    const spacing = createChannelSpacing(clock);
    for (let i = 0; i < 6; i++) await spacing.turn('123', { perSecond: 1, burst: 5 });
    expect(clock.slept).toEqual([1000]);
  });
});

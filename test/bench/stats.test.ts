import { describe, expect, it } from 'vitest';
import { firstSideOf, runAlternating } from '../../bench/lib/slices.ts';
import { median, percentile, ratio, summarize } from '../../bench/lib/stats.ts';
import { analysePosts, floorSeconds } from '../../bench/parts/fanout-count.ts';

describe('bench statistics', () => {
  it('percentile: nearest rank, so p50 of 1..10 is 5 and p99 is 10', () => {
    const values = [10, 1, 9, 2, 8, 3, 7, 4, 6, 5];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile(values, 11)).toBe(2);
  });

  it('percentile: NaN for no samples', () => {
    expect(percentile([], 50)).toBeNaN();
  });

  it('median: middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('summarize: count, extremes, mean and percentiles of unsorted samples', () => {
    const s = summarize(Array.from({ length: 100 }, (_, i) => 100 - i));
    expect(s).toMatchObject({ count: 100, min: 1, max: 100, p50: 50, p90: 90, p99: 99, mean: 50.5 });
  });

  it('ratio: NaN when the baseline is zero or missing', () => {
    expect(ratio(9, 10)).toBeCloseTo(0.9);
    expect(ratio(1, 0)).toBeNaN();
    expect(ratio(Number.NaN, 1)).toBeNaN();
  });
});

describe('bench alternating slices', () => {
  it('runAlternating: runs A B B A A B … and compares pair by pair', async () => {
    let order = '';
    const a = [100, 90, 110, 95];
    const b = [200, 190, 210, 180];
    let ai = 0;
    let bi = 0;
    const run = await runAlternating<number>({
      pairs: 4,
      a: async () => {
        order += 'A';
        return a[ai++] as number;
      },
      b: async () => {
        order += 'B';
        return b[bi++] as number;
      },
      value: (x) => x,
    });
    expect(order).toBe('ABBAABBA');
    expect(run.order).toBe('ABBAABBA');
    expect(run.medianA).toBe(97.5);
    expect(run.medianB).toBe(195);
    expect(run.ratioOfMedians).toBeCloseTo(0.5);
    expect(run.pairRatios).toEqual([0.5, 90 / 190, 110 / 210, 95 / 180]);
    expect(run.ratio).toBeCloseTo((0.5 + 110 / 210) / 2);
    expect([0, 1, 2].map(firstSideOf)).toEqual(['a', 'b', 'a']);
  });
});

describe('bench alternating slices on a drifting machine', () => {
  it('a side 10% slower comes out at 0.90 whatever the machine speed of each pair', async () => {
    // The machine slows down and speeds up between pairs; within a pair both sides see the same speed.
    const speed = [1000, 600, 1400, 900, 700, 1300];
    let slot = 0;
    const at = () => speed[Math.floor(slot++ / 2)] as number;
    const run = await runAlternating<number>({
      pairs: 6,
      a: async () => 0.9 * at(),
      b: async () => at(),
      value: (x) => x,
    });
    for (const r of run.pairRatios) expect(r).toBeCloseTo(0.9);
    expect(run.ratio).toBeCloseTo(0.9);
  });
});

describe('bench fan-out counting', () => {
  it('analysePosts: finds channels without a post, with part of it, and repeated posts', () => {
    const post = (text: string, at = 1) => ({ at, body: { text, nonce: String(Math.random()) } });
    const stored = new Map([
      ['c1', [post('one'), post('two')]],
      ['c2', [post('one'), post('two'), post('two', 5)]],
      ['c3', [post('one')]],
    ]);
    const count = analysePosts(['c1', 'c2', 'c3', 'c4'], stored, (p) => p.body, 0);
    expect(count).toMatchObject({
      channels: 4,
      posts: 6,
      partsPerChannel: 2,
      lost: 1,
      incomplete: 1,
      doubled: 1,
    });
    expect(count.lastPostSeconds).toBeCloseTo(0.005);
  });

  it('floorSeconds: messages beyond the burst at the rate; platforms in parallel', () => {
    const count = {
      channels: 1000,
      posts: 1000,
      partsPerChannel: 1,
      lost: 0,
      incomplete: 0,
      doubled: 0,
      firstPostSeconds: 0,
      lastPostSeconds: 0,
    };
    const limits = {
      discord: { globalPerSecond: 50 },
      slack: { perChannelPerSecond: 1, perChannelBurst: 1, workspacePerSecond: 25 },
    };
    expect(floorSeconds({ discord: count, slack: null }, limits)).toBe(19);
    expect(floorSeconds({ discord: count, slack: count }, limits)).toBe(39);
    expect(
      floorSeconds({ discord: null, slack: { ...count, channels: 2, partsPerChannel: 3 } }, limits),
    ).toBe(2);
  });
});

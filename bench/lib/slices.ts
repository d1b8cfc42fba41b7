// Compares two sides measured in the same run: short slices alternated A B B A so that drift of a
// shared machine hits both sides alike. The ratio judged is the median of the per-pair ratios: each
// pair's two slices ran back to back on the same machine state, so drift between pairs cancels.
// (The ratio of the two sides' medians is kept too; on this VM an A/A run of two identical bare
// apps gave 0.88 by that measure and 0.995 by the paired one: see bench/README.md.)
import { median, ratio } from './stats.ts';

/** One side of a comparison: runs one slice and returns what it measured. */
export type SliceRunner<T> = (slice: { side: 'a' | 'b'; index: number }) => Promise<T>;

/** How to alternate. */
export interface AlternateOptions<T> {
  /** Number of pairs (each pair measures A once and B once). */
  pairs: number;
  /** Side A (the bot). */
  a: SliceRunner<T>;
  /** Side B (the bare baseline). */
  b: SliceRunner<T>;
  /** The figure compared, e.g. requests per second. */
  value: (sample: T) => number;
  /** Called before every slice (progress lines). */
  onSlice?: (slice: { side: 'a' | 'b'; index: number }) => void;
  /** Called after every slice (e.g. to let the machine settle or drain a backlog). */
  between?: () => Promise<void>;
}

/** What an alternating comparison measured. */
export interface Alternated<T> {
  /** Samples of side A in the order run. */
  a: T[];
  /** Samples of side B in the order run. */
  b: T[];
  /** Order the slices ran in, e.g. "ABBAAB…". */
  order: string;
  /** Median figure of side A. */
  medianA: number;
  /** Median figure of side B. */
  medianB: number;
  /** Median of the per-pair ratios A/B: the figure judged. */
  ratio: number;
  /** medianA / medianB (sensitive to drift between pairs). */
  ratioOfMedians: number;
  /** Per-pair ratios A/B, to judge the spread. */
  pairRatios: number[];
}

/** The side that runs first in pair `index`: A B, then B A, and so on (A B B A A B B A …). */
export function firstSideOf(index: number): 'a' | 'b' {
  return index % 2 === 0 ? 'a' : 'b';
}

/** Runs `pairs` pairs of slices, alternating which side goes first; compares pair by pair. */
export async function runAlternating<T>(options: AlternateOptions<T>): Promise<Alternated<T>> {
  const a: T[] = [];
  const b: T[] = [];
  const pairRatios: number[] = [];
  let order = '';
  for (let index = 0; index < options.pairs; index++) {
    const first = firstSideOf(index);
    const sides: ('a' | 'b')[] = first === 'a' ? ['a', 'b'] : ['b', 'a'];
    const got: Partial<Record<'a' | 'b', T>> = {};
    for (const side of sides) {
      options.onSlice?.({ side, index });
      const sample = await (side === 'a' ? options.a : options.b)({ side, index });
      got[side] = sample;
      (side === 'a' ? a : b).push(sample);
      order += side.toUpperCase();
      await options.between?.();
    }
    pairRatios.push(ratio(options.value(got.a as T), options.value(got.b as T)));
  }
  const medianA = median(a.map(options.value));
  const medianB = median(b.map(options.value));
  return {
    a,
    b,
    order,
    medianA,
    medianB,
    ratio: median(pairRatios),
    ratioOfMedians: ratio(medianA, medianB),
    pairRatios,
  };
}

/**
 * Warms both sides up before the measured pairs: A B A B, `ms` per side in all, so that JIT
 * compilation, caches and connection pools settle alike on both sides before anything counts.
 */
export async function warmUp(
  ms: number,
  run: (side: 'a' | 'b', ms: number) => Promise<unknown>,
): Promise<void> {
  for (const side of ['a', 'b', 'a', 'b'] as const) await run(side, ms / 2);
}

/** The note under a judged ratio: how it was formed, the spread of the pairs, the ratio of medians. */
export function pairNote(run: Pick<Alternated<unknown>, 'pairRatios' | 'ratioOfMedians'>): string {
  const low = Math.min(...run.pairRatios).toFixed(2);
  const high = Math.max(...run.pairRatios).toFixed(2);
  return `ratio = median of ${run.pairRatios.length} pair ratios (${low}-${high}); ratio of the medians ${run.ratioOfMedians.toFixed(2)}`;
}

/**
 * A throughput comparison as parts 3 and 4 run it: both sides warm up, then `pairs` alternating
 * slices of `sliceMs`, with a progress line per slice ("part 3: pair 2 bot").
 */
export async function warmThenAlternate<T>(options: {
  part: string;
  settings: { warmUpMs: number; pairs: number; sliceMs: number; log: (message: string) => void };
  slice: (side: 'a' | 'b', ms: number) => Promise<T>;
  value: (sample: T) => number;
}): Promise<Alternated<T>> {
  const { part, settings, slice } = options;
  settings.log(`part ${part}: warm-up, ${settings.warmUpMs} ms a side`);
  await warmUp(settings.warmUpMs, slice);
  return runAlternating<T>({
    pairs: settings.pairs,
    a: () => slice('a', settings.sliceMs),
    b: () => slice('b', settings.sliceMs),
    onSlice: ({ side, index }) =>
      settings.log(`part ${part}: pair ${index + 1} ${side === 'a' ? 'bot' : 'bare'}`),
    value: options.value,
  });
}

import { describe, expect, it } from 'vitest';
import {
  costThreshold,
  fitSpeakerModel,
  heldOutThreshold,
  sigmoid,
  tally,
  thresholdFor,
} from '../../scripts/eval/train-speaker-check.ts';

/** Scored rows: [named, right, p]. */
const rows = (list: [boolean, boolean, number][]) => list.map(([named, right, p]) => ({ named, right, p }));

describe('train-speaker-check', () => {
  it('fitSpeakerModel: a feature that marks the wrong rows gets a negative weight, and the fit scores them low', () => {
    const xs = [
      ...Array.from({ length: 40 }, () => [1, 0]),
      ...Array.from({ length: 10 }, () => [1, 1]),
      [1, 0],
    ];
    const ys = [...Array.from({ length: 40 }, () => 1), ...Array.from({ length: 10 }, () => 0), 0];
    const w = fitSpeakerModel(xs, ys, 1);
    expect(w[1]).toBeLessThan(-1);
    expect(sigmoid((w[0] ?? 0) + (w[1] ?? 0))).toBeLessThan(0.5);
    expect(sigmoid(w[0] ?? 0)).toBeGreaterThan(0.9);
  });

  it('tally: speakers below the threshold and quotes with none count as unattributed', () => {
    const scored = rows([
      [true, true, 0.9],
      [true, false, 0.95],
      [true, true, 0.4],
      [false, true, 0],
    ]);
    expect(tally(scored, 0.5)).toEqual({ matched: 4, right: 1, wrong: 1, none: 2 });
  });

  it('thresholds: the lowest level within 3% wrong, and the level with most right less three times wrong', () => {
    const scored = rows([
      ...Array.from({ length: 60 }, (): [boolean, boolean, number] => [true, true, 0.95]),
      ...Array.from({ length: 30 }, (): [boolean, boolean, number] => [true, true, 0.6]),
      ...Array.from({ length: 8 }, (): [boolean, boolean, number] => [true, false, 0.6]),
      [true, false, 0.95],
      [true, false, 0.3],
    ]);
    expect(thresholdFor(scored)).toBe(0.95);
    expect(heldOutThreshold(scored)).toBe(0.61);
    // From 0.31: right 90, wrong 9 (gain 63); from 0.61: right 60, wrong 1 (gain 57).
    expect(costThreshold(scored)).toBe(0.31);
  });
});

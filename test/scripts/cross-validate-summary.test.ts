// The cross-validation script's choices: a setting is chosen on the training articles only, folds follow
// a hash of the id, and the grid starts from the served weights; it reads the fresh parts the eval lists.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bestSetting,
  foldOf,
  type Margin,
  meanMargin,
  settingsGrid,
} from '../../scripts/eval/cross-validate-summary.ts';
import { evalParts, freshParts } from '../../scripts/eval/parts.ts';

describe('cross-validate-summary', () => {
  it('cross-validate: chooses the setting best on the training articles, whatever it does on the held-out one', () => {
    // Setting 1 wins on articles 0 and 1 (training) and loses badly on article 2 (held out).
    const table: Margin[][] = [
      [
        [0, 0, 0],
        [0, 0, 0],
        [5, 5, 5],
      ],
      [
        [2, 2, 2],
        [1, 1, 1],
        [-9, -9, -9],
      ],
    ];
    expect(bestSetting(table, [0, 1])).toBe(1);
    expect(meanMargin(table[1] ?? [], [2])).toEqual([-9, -9, -9]);
  });

  it('cross-validate: keeps the first (served) setting on a tie', () => {
    const same: Margin[] = [[1, 1, 1]];
    expect(bestSetting([same, same], [0])).toBe(0);
  });

  it('cross-validate: puts an article in the same fold every time, within range', () => {
    const folds = ['a-story', 'b-story', 'c-story'].map((id) => foldOf(id, 5));
    expect(folds).toEqual(['a-story', 'b-story', 'c-story'].map((id) => foldOf(id, 5)));
    for (const f of folds) expect(f).toBeGreaterThanOrEqual(0);
    for (const f of folds) expect(f).toBeLessThan(5);
  });

  it('cross-validate: starts the grid from the served weights', () => {
    expect(settingsGrid()[0]).toEqual({ label: 'served', tuning: {} });
    expect(settingsGrid(true).length).toBeGreaterThan(settingsGrid().length);
  });

  it('parts: the fresh parts are those the eval lists, in order, without the shared set', () => {
    expect(freshParts[0]).toBe('dev');
    expect(freshParts).not.toContain('shared');
    expect(freshParts).toEqual(evalParts.slice(1).map((p) => p.name));
    for (const part of evalParts.slice(1))
      expect(part.dir.endsWith(join('eval', 'fresh', part.name))).toBe(true);
  });
});

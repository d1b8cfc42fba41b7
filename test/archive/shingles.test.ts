// Near-duplicate sketches: wire copy cut short or lightly edited is a near-duplicate; unrelated
// stories and texts too short to judge are not.
import { expect, it } from 'vitest';
import { benchStory } from '../../bench/lib/story-text.ts';
import { containment, isNearDuplicate, jaccard, sketchOf, sketchSize } from '../../src/archive/shingles.ts';

const body = (index: number) => benchStory(index).text.split('---\n')[2] ?? '';

it('shingles: a sketch is bounded, sorted and distinct', () => {
  const sketch = sketchOf(body(1));
  expect(sketch).toHaveLength(sketchSize);
  expect([...sketch].sort((a, b) => a - b)).toEqual(sketch);
  expect(new Set(sketch).size).toBe(sketch.length);
});

it('shingles: the first 60% of a story is contained in it, and counts as a near-duplicate', () => {
  const full = body(2);
  const words = full.split(/\s+/);
  const cut = words.slice(0, Math.floor(words.length * 0.6)).join(' ');
  expect(containment(sketchOf(cut), sketchOf(full))).toBeGreaterThan(0.9);
  expect(isNearDuplicate(sketchOf(cut), sketchOf(full))).toBe(true);
});

it('shingles: a story with a few words changed is a near-duplicate', () => {
  const full = body(3);
  const edited = full.replace(/\bthe\b/, 'a').replace(/\.\s/, '. Officials declined to comment. ');
  expect(jaccard(sketchOf(edited), sketchOf(full))).toBeGreaterThan(0.8);
  expect(isNearDuplicate(sketchOf(edited), sketchOf(full))).toBe(true);
});

it('shingles: unrelated stories are not near-duplicates', () => {
  for (let i = 10; i < 30; i++)
    expect(isNearDuplicate(sketchOf(body(i)), sketchOf(body(i + 100)))).toBe(false);
});

it('shingles: texts too short to judge are never near-duplicates', () => {
  expect(
    containment(sketchOf('Storm closes the harbour road.'), sketchOf('Storm closes the harbour road.')),
  ).toBeNull();
  expect(
    isNearDuplicate(sketchOf('Storm closes the harbour road.'), sketchOf('Storm closes the harbour road.')),
  ).toBe(false);
});

// Story slugs from headlines: the content parser's character rules, a word-boundary cut at 60, and
// a numeric suffix on a clash that still fits.
import { expect, it } from 'vitest';
import { slugFromHeadline, uniqueSlug } from '../../src/archive/slug.ts';
import { articleSchema } from '../../src/core/article.ts';

const slugRule = articleSchema.shape.slug;

it('slug: a headline becomes lowercase words joined by dashes, accents dropped', () => {
  expect(slugFromHeadline('Ferry Crews Strike Over Night Pay')).toBe('ferry-crews-strike-over-night-pay');
  expect(slugFromHeadline('Café owners’ “fury” at 3.5% rent rise!')).toBe(
    'cafe-owners-fury-at-3-5-rent-rise',
  );
});

it('slug: a long headline is cut at a word boundary within 60 characters', () => {
  const slug = slugFromHeadline(
    'Regional council approves the long delayed harbour dredging plan after a stormy all-night session',
  );
  expect(slug.length).toBeLessThanOrEqual(60);
  expect(slug).toBe('regional-council-approves-the-long-delayed-harbour-dredging');
  expect(slugRule.safeParse(slug).success).toBe(true);
});

it('slug: a headline with no Latin letters or digits gives no slug', () => {
  expect(slugFromHeadline('경주 정상회담')).toBe('');
});

it('slug: a taken slug gets the first free numeric suffix, still within 60 characters', async () => {
  const taken = new Set(['ferry-strike', 'ferry-strike-2']);
  expect(await uniqueSlug('ferry-strike', async (s) => taken.has(s))).toBe('ferry-strike-3');
  const long = `${'a'.repeat(30)}-${'b'.repeat(29)}`;
  const next = await uniqueSlug(long, async (s) => s === long);
  expect(next.length).toBeLessThanOrEqual(60);
  expect(next.endsWith('-2')).toBe(true);
  expect(slugRule.safeParse(next).success).toBe(true);
});

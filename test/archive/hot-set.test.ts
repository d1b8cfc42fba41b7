// The hot set: bounded, least recently used out first, a read counts as a use.
import { expect, it } from 'vitest';
import { createHotSet } from '../../src/archive/hot-set.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';

it('hot set: holds at most its capacity, evicting the least recently used', () => {
  const hot = createHotSet(2);
  hot.set('a', handmadeArticle({ slug: 'a' }));
  hot.set('b', handmadeArticle({ slug: 'b' }));
  expect(hot.get('a')?.article.slug).toBe('a');
  hot.set('c', handmadeArticle({ slug: 'c' }));
  expect(hot.size()).toBe(2);
  expect(hot.get('b')).toBeUndefined();
  expect(hot.get('a')).toBeDefined();
  expect(hot.get('c')).toBeDefined();
  hot.delete('a');
  expect(hot.get('a')).toBeUndefined();
});

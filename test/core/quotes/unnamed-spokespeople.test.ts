// Classes of attribution error seen on the fresh parts (issue 17): "he wrote" right after a quote said by
// an unnamed spokesperson given to a man named earlier. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { shown } from './helpers.ts';

describe('quote speakers: "he" after an unnamed spokesperson', () => {
  it('quotes: the man named before is not shown for the pronoun', () => {
    expect(
      shown(
        'Tom Hale, a spokesman for the Dale embassy, spoke on Monday.',
        'Talks went on "in many ways," said the U.S. spokesperson. But the North showed "no interest at all," he wrote.',
      ),
    ).toEqual(['U.S. spokesperson: in many ways,', 'null: no interest at all,']);
  });
});

// Classes of attribution error seen on the fresh parts (issue 17): a speaker's surname misspelt against the
// full name the story gave ("Ms Haertman" for "Lydia Hertmann", "Dunne" for "Kay Dunnes") shown as a
// speaker of its own. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { twoLettersApart } from '../../../src/core/quotes/near-spellings.ts';
import { said } from './helpers.ts';

describe('quote speakers: a titled surname two letters off the one full name is that person', () => {
  it('quotes: "Ms" and a surname with a letter moved resolves to the full name', () => {
    expect(
      said('Lydia Hertmann, a spokeswoman, says they are looking at it.', '"We must act," Ms Haertman said.'),
    ).toEqual(['Lydia Hertmann: We must act,']);
  });

  it('quotes: without a title, two letters off stays as written; a dropped letter of five resolves', () => {
    expect(said('Lydia Hertmann spoke on Monday.', '"We must act," Haertman said.')).toEqual([
      'Haertman: We must act,',
    ]);
    expect(said('Kay Dunnes spoke on Monday.', '"We must act," Dunne said.')).toEqual([
      'Kay Dunnes: We must act,',
    ]);
  });

  it('spellings: two letters apart by dropping one from each or two from one', () => {
    expect(twoLettersApart('bauchtman', 'buchtmann')).toBe(true);
    expect(twoLettersApart('buchtman', 'buchtmann')).toBe(true);
    expect(twoLettersApart('bachtman', 'buchtmann')).toBe(false);
  });
});

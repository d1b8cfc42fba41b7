// Classes of attribution error seen on the fresh parts (issue 17): a post with "in" inside it ("Director
// in Charge", "Editor in Chief") cut at "in", so the bare title went to another person. Texts written for
// the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: a post with "in" before a name', () => {
  it('quotes: "said Director in Charge Lee" is Lee, not the other official named with him', () => {
    expect(
      said(
        'Chief Prosecutor Ann Marsh and Director in Charge Tom Okafor of the Dale Field Office spoke on Monday.',
        '"We thank the team," said Chief Prosecutor Marsh.',
        '"The verdict shows our resolve," said Director in Charge Okafor.',
      ),
    ).toEqual(['Ann Marsh: We thank the team,', 'Tom Okafor: The verdict shows our resolve,']);
  });

  it('quotes: "Editor in Chief Tom Hale" keeps the name after the post', () => {
    expect(said('"We will print it," said Editor in Chief Tom Hale.')).toEqual([
      'Tom Hale: We will print it,',
    ]);
  });
});

// Classes of attribution error seen on the fresh parts (issue 17): a body written as a capitalised word
// and a lowercase noun ("The Dale committee cited ...") read as the capitalised word alone, then resolved
// to another name holding it. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: "the Dale committee" as a subject is that body', () => {
  it('quotes: the capitalised word and the noun together are the speaker', () => {
    expect(
      said(
        'The Dale Arts Prize was awarded to Ann Lee. She is the first woman to win the Arts prize.',
        'The Dale committee cited "her work for the arts" as the reason.',
      ),
    ).toEqual(['The Dale committee: her work for the arts']);
  });

  it('quotes: a body the article names in full with those words takes that name', () => {
    expect(
      said(
        'The Dale Trade Committee met on Monday.',
        'The Dale committee cited "her work for trade" as the reason.',
      ),
    ).toEqual(['Dale Trade Committee: her work for trade']);
  });
});

// Classes of attribution error seen on the fresh parts (issue 17): a body referred back to by its kind
// ("the organisation", "the embassy") left as written, though the article named exactly one such body
// before; and the name after "said a spokesman for X," missed. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: "the organisation" is the one body the article named', () => {
  it('quotes: "the organisation" takes the name of the one body named before it', () => {
    expect(
      said(
        'At dawn, officers entered the yard of Harbour Light Trust, a shelter for homeless men.',
        'The organisation says it offers "safe beds and hot meals" to its guests.',
      ),
    ).toEqual(['Harbour Light Trust: safe beds and hot meals']);
  });

  it('quotes: with two bodies named before it, "the organisation" stays as written', () => {
    expect(
      said(
        'Officers from the Dale Police Service entered the yard of Harbour Light Trust, a shelter.',
        'The organisation says it offers "safe beds and hot meals" to its guests.',
      ),
    ).toEqual(['The organisation: safe beds and hot meals']);
  });

  it('quotes: "the embassy" is the one embassy the article described before', () => {
    expect(
      said(
        'His driver, who worked for the Dutch embassy in Chad, was also hurt.',
        '"We are working with the police," said the embassy in a statement.',
      ),
    ).toEqual(['the Dutch embassy in Chad: We are working with the police,']);
  });

  it('quotes: a name set off after "said a spokesman for X," is the speaker', () => {
    expect(
      said(
        'His driver, who worked for the Dutch embassy in Chad, was also hurt.',
        '"We rule nothing out," said spokesman for the Dutch embassy, Pieter de Vries.',
      ),
    ).toEqual(['Pieter de Vries: We rule nothing out,']);
  });
});

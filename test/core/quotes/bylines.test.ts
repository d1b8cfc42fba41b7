// Classes of attribution error first seen on the eleventh fresh part (issue 17): a reporter's byline in
// the text is no antecedent for the people the report quotes. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { isByline } from '../../../src/core/quotes/byline.ts';
import { said } from './helpers.ts';

describe('quote speakers: the reporter of a byline does not speak for the people quoted', () => {
  it('quotes: "he said" after "Outlet\'s X in Y explains why" is not the reporter', () => {
    expect(
      said(
        'Fake medicines are common. NNR\'s Ann Lee in Oslo explains why.\n\nBuyers cannot be sure the pills are real.\n\n"It must be a third of them," he said.',
      ),
    ).toEqual(['null: It must be a third of them,']);
    expect(
      said(
        'Fake medicines are common. Ann Lee reports from Oslo.\n\n"It must be a third of them," she said.',
      ),
    ).toEqual(['null: It must be a third of them,']);
  });

  it('quotes: a person who explains something in a sentence of his own is still the antecedent', () => {
    expect(
      said('Fake medicines are common, Ann Lee explains.\n\n"It must be a third of them," she said.'),
    ).toEqual(['Ann Lee: It must be a third of them,']);
  });

  it('bylines: only a sentence that is nothing but the byline counts', () => {
    expect(isByline("NNR's Ann Lee in Oslo explains why.")).toBe(true);
    expect(isByline('Ann Lee reports from Oslo.')).toBe(true);
    expect(isByline('Ann Lee reports that the pills are fake.')).toBe(false);
    expect(isByline('Fake medicines are common, Ann Lee explains.')).toBe(false);
  });
});

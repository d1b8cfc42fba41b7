// Classes of attribution error seen on the fresh parts (issue 17): a business named in full once ("Dale
// Motor Company") and then by its first word ("Dale said") shown under the short form. Texts written for
// the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe("quote speakers: a business's short name is its full name", () => {
  it('quotes: the first word of a business name, written alone, gives the full name', () => {
    expect(
      said(
        'On Friday Dale Motor Company said it was under investigation.',
        'Dale said in a filing that the matter "does not involve fraud".',
      ),
    ).toEqual(['Dale Motor Company: does not involve fraud']);
    expect(said('Shares of Acme Holdings Ltd fell.', '"We are cooperating," Acme said.')).toEqual([
      'Acme Holdings Ltd: We are cooperating,',
    ]);
  });

  it("quotes: a person's name with that word keeps it, and a body of another kind is no business", () => {
    expect(said('Ann Dale met Dale Motor Company staff.', '"We are cooperating," Dale said.')).toEqual([
      'Ann Dale: We are cooperating,',
    ]);
    expect(said('The Dale Foundation gave a grant.', '"We are grateful," Dale said.')).toEqual([
      'Dale: We are grateful,',
    ]);
  });
});

// Classes of attribution error seen on the fresh parts (issue 17): a body's short name ("the Rescue
// Party") shown for the full name the article gave it ("Dale National Rescue Party"), also where the full
// name followed a post ("vice president of the ..."). Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe("quote speakers: a body's short name is its full name", () => {
  it('quotes: "the Rescue Party" is the full party name given after "vice president of the"', () => {
    expect(
      said(
        'Ann Lee, vice president of the Dale National Rescue Party, spoke on Monday.',
        '"Ann Lee never said that," the Rescue Party said in a statement.',
      ),
    ).toEqual(['Dale National Rescue Party: Ann Lee never said that,']);
  });

  it("quotes: a longer form that only adds a place leaves the body's name as written", () => {
    expect(
      said(
        'The U.S. Justice Department opened a case.',
        'The Justice Department said the men sought to "enrich themselves."',
      ),
    ).toEqual(['Justice Department: enrich themselves.']);
  });
});

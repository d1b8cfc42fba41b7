// Another person or body given for the one who spoke (issue 17, after test14): the owner of a statement
// the subject answers, a person named after a lowercase title, a name in apposition after "a <Party>,",
// and a sentence's speaker guessed from the story's last speaker. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

describe('another person or body is not the speaker', () => {
  it('quotes: "X opposed Y\'s statement:" gives X, not Y', () => {
    const text = p(
      'Dalmatian Prime Minister Tom Hale called for talks on the river.',
      'Ostmark President Ann Lee rejected Hale\'s statement: "The river is ours and not a matter for talks[.]"',
    );
    expect(shown(text)).toEqual(['Ann Lee: The river is ours and not a matter for talks[.]']);
  });

  it('quotes: "he said" after "the Ostmark president Vorn" means Vorn, not a minister named before', () => {
    const text = p(
      'Foreign minister Ann Lee and her counterparts met in Dale on Monday.',
      'On Tuesday, Ostmark president Vorn called for new talks. "No plan without us can work", he said.',
    );
    expect(shown(text)).toEqual(['Vorn: No plan without us can work']);
  });

  it('quotes: "a Liberal, X, has voiced support, telling Y:" gives X, not the last speaker', () => {
    const text = p(
      '"The vote is lost," tweeted analyst Tom Hale.',
      'Since then, a Liberal, Ann Lee, has voiced support for the bill, telling the Dale Post: "I am for it."',
    );
    expect(shown(text)).toEqual(['Tom Hale: The vote is lost,', 'Ann Lee: I am for it.']);
  });

  it('quotes: "One of the groups, ..., opposed it and said" is not the last subject\'s', () => {
    const text = p(
      'Troops would leave, and the Ostmark Defence Ministry said Ostmark would take over the border posts.',
      'One of the local groups, the Dale Front (DF), opposed the move and said it was given "assurances that no troops would come."',
    );
    expect(shown(text)).toEqual(['null: assurances that no troops would come.']);
  });
});

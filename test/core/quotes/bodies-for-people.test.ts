// A body, outlet or account is not the person who spoke (issue 17, after test14): a body named after a
// person, an outlet after "per", a bracketed expansion or an indefinite description before the name, a
// described body after "of", an account qualified by a name. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

describe('bodies, outlets and accounts are not the person who spoke', () => {
  it('quotes: a foundation named after a person does not stand for her surname', () => {
    const text = p(
      'Singer Ann Vale died on Monday. Vale recorded many albums.',
      'In later years she ran The Ann Vale Show on radio and founded the Ann Vale Bird Trust.',
      'Vale said in 1990, "I never wanted to stop singing."',
    );
    expect(shown(text)).toEqual(['Ann Vale: I never wanted to stop singing.']);
  });

  it('quotes: "said X per the outlet" gives X, not the outlet', () => {
    expect(shown('"Stock will be back on the shelves soon" said Tom Hale per Dale Radio News.')).toEqual([
      'Tom Hale: Stock will be back on the shelves soon',
    ]);
  });

  it('quotes: a bracketed expansion before "X," leaves X the speaker', () => {
    expect(
      shown(
        'The leader of the DTU union (Dale Transport Union, North and South), Ann Lee, said the plan was "far too late."',
      ),
    ).toEqual(['Ann Lee: far too late.']);
  });

  it('quotes: "A Liberal Alderwoman, X, commented:" gives X', () => {
    expect(
      shown('A Liberal Alderwoman, Ann Lee, also commented on the vote: "We lost, but not by much."'),
    ).toEqual(['Ann Lee: We lost, but not by much.']);
  });

  it('quotes: "X of campaign group Y said" gives X, not the group', () => {
    expect(
      shown('Tom Hale of local campaign group Save Dale Park said, "The council never asked us."'),
    ).toEqual(['Tom Hale: The council never asked us.']);
  });

  it('quotes: "an official Dale account made the announcement:" names no one', () => {
    const text = p(
      'Mayor Ann Lee closed the bridge.',
      'Later, an official city Chirper account made the following announcement: "The bridge reopens at noon."',
    );
    expect(shown(text)).toEqual(['null: The bridge reopens at noon.']);
  });
});

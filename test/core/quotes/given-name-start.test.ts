// Where a person's name begins in a run of capitalised words: at the first common given name, when what
// stands before it can be no part of the name.
import { describe, expect, it } from 'vitest';
import { fromGivenName } from '../../../src/core/quotes/given-name-start.ts';
import { genderOfGivenName, isGivenName } from '../../../src/core/quotes/given-names.ts';

describe('given names', () => {
  it('knows common given names of several languages, not posts or places', () => {
    expect(['Bernie', 'Zoe', 'Cecilia', 'Hector', 'Nikki'].filter(isGivenName)).toHaveLength(5);
    expect(['Vermont', 'Administrator', 'Interior', 'Class', 'Senator'].some(isGivenName)).toBe(false);
  });

  it('gives the gender a name is listed under, accents aside, and none for a name in both lists', () => {
    expect(genderOfGivenName('Nancy')).toBe('f');
    expect(genderOfGivenName('Íngrid')).toBe('f');
    expect(genderOfGivenName('Nicolas')).toBe('m');
    expect(genderOfGivenName('Jean')).toBeNull();
    expect(genderOfGivenName('Vermont')).toBeNull();
  });
});

describe('name from its given name', () => {
  it('cuts a post, a place or a body glued before the name', () => {
    const senator = 'United States Senator from Vermont Bernie Sanders ended his bid.';
    expect(fromGivenName('Vermont Bernie Sanders', senator)).toBe('Bernie Sanders');
    expect(fromGivenName('NASA Administrator Jim Bridenstine')).toBe('Jim Bridenstine');
    expect(fromGivenName('Religious Programs Specialist Hector Feliciano')).toBe('Hector Feliciano');
    expect(fromGivenName('Civil Division Stuart F. Delery')).toBe('Stuart F. Delery');
    expect(fromGivenName('Hong Kong Carrie Lam', 'Chief Executive of Hong Kong Carrie Lam said so.')).toBe(
      'Carrie Lam',
    );
    expect(fromGivenName('Environmentalist Mark Lynas')).toBe('Mark Lynas');
  });

  it('keeps a name whose first given name the lists lack: a word is cut only when shown to be no name', () => {
    expect(fromGivenName('Abdourahim Said Bakar', 'Colonel Abdourahim Said Bakar fled.')).toBe(
      'Abdourahim Said Bakar',
    );
    expect(fromGivenName('Vermont Bernie Sanders', 'Vermont Bernie Sanders spoke.')).toBe(
      'Vermont Bernie Sanders',
    );
    expect(fromGivenName('Hernan Dario Gomez', 'After the match, Hernan Dario Gomez said so.')).toBe(
      'Hernan Dario Gomez',
    );
  });

  it('cuts a one-word descriptor before a lone given name', () => {
    expect(fromGivenName('Fourteen-year-old Zoe')).toBe('Zoe');
    expect(fromGivenName('Saudi-born Nadia Salem')).toBe('Nadia Salem');
  });

  it('cuts a hyphenated descriptor opening a name of two words, given name known or not', () => {
    expect(fromGivenName('Trump-loving Kanye West')).toBe('Kanye West');
    expect(fromGivenName('Co-developer Jing Wang')).toBe('Jing Wang');
    expect(fromGivenName('Jean-Claude Juncker')).toBe('Jean-Claude Juncker');
    expect(fromGivenName('Pro-democracy Party')).toBe('Pro-democracy Party');
  });

  it('keeps a name whose first word may be its own: another given name, an initial or an honorific', () => {
    expect(fromGivenName('Martin Luther King')).toBe('Martin Luther King');
    expect(fromGivenName('H. Dale Hall')).toBe('H. Dale Hall');
    expect(fromGivenName('Pope Francis')).toBe('Pope Francis');
    expect(fromGivenName('Sir Keir Starmer')).toBe('Sir Keir Starmer');
  });

  it('keeps names of two words, joined names and bodies', () => {
    expect(fromGivenName('Danforth Austin')).toBe('Danforth Austin');
    expect(fromGivenName('Vermont Zoe')).toBe('Vermont Zoe');
    expect(fromGivenName('Ann Lee and Tom Park')).toBe('Ann Lee and Tom Park');
    expect(fromGivenName('New York Times')).toBe('New York Times');
    expect(fromGivenName('a police spokesman')).toBe('a police spokesman');
  });
});

// Classes of attribution error seen on the fresh parts (issue 17): a post written as a list of fields
// ("Trade, Energy and Industry Commissioner Ann Lee") read as a body, its first words taken for the
// subject. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: a post listing its fields before a name', () => {
  it('quotes: the person closing the listed post is the subject who stressed the quote', () => {
    expect(
      said(
        'EU Trade, Energy and Industry Commissioner Ann Lindqvist has admitted doubts among traders in Norway and stressed that "the rules still apply to every member."',
      ),
    ).toEqual(['Ann Lindqvist: the rules still apply to every member.']);
  });
});

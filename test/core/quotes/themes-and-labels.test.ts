// Themes, mottos and inscriptions, names in common use ("what many call the '...'") and a one-word
// quoted qualifier ('a "ghost" race') are not quotations; a named source's words still are. Issue 17,
// texts written for the test.
import { describe, expect, it } from 'vitest';
import { said, shown } from './helpers.ts';

describe('themes and inscriptions', () => {
  it('quotes: a theme after "theme:" or "theme", however long, is no quotation', () => {
    const text = [
      'Following this year\'s theme: "Farmers of the Valley in Hard Years," Ann Lee spoke about the harvest.',
      "The fair's theme “Rivers: Work, rest and memory” drew many visitors.",
    ].join('\n\n');
    expect(said(text)).toEqual([]);
  });

  it('quotes: words written on a banner "with the sentiment" are no quotation, the speaker still is', () => {
    expect(
      said('"I run for my brother," said Tom Park, who wore a cap with the sentiment - "Go Far Kid" on it.'),
    ).toEqual(['Tom Park: I run for my brother,']);
  });

  it('quotes: after a left-out theme, the clause\'s subject is who "she said" means', () => {
    const text = [
      'Rosa Marlow, a coordinator at the college, spoke to the guests.',
      'Following with this year\'s theme: "Women in Times of War," Marlow discussed the role of Irish American Sailors in many conflicts.',
      '"They served without thanks," she said.',
    ].join('\n\n');
    expect(shown(text)).toEqual(['Rosa Marlow: They served without thanks,']);
  });
});

describe('names in common use', () => {
  it('quotes: "what experts are calling the ..." is a label, "what Ann Lee calls an ..." a quote', () => {
    expect(said('After what experts are calling the "storm of the decade," crews cleared roads.')).toEqual(
      [],
    );
    expect(said('In what Ann Lee calls an "awful mess", the roads stayed shut for a week.')).toEqual([
      'Ann Lee: awful mess',
    ]);
  });

  it('quotes: one quoted word between "a" and its noun is a qualifier, not speech', () => {
    expect(said('"It was my first race," Tom Park said after finishing a "ghost" race at the base.')).toEqual(
      ['Tom Park: It was my first race,'],
    );
  });
});

describe('what a person refers to something as', () => {
  it('quotes: "Tom Park referred to the riots as acts of "domestic terror"" is his phrase; "is referred to as" names', () => {
    expect(said('Tom Park referred to the riots as acts of "domestic terror" and called for order.')).toEqual(
      ['Tom Park: domestic terror'],
    );
    expect(said('The square is referred to as "the Green" by locals.')).toEqual([]);
    expect(said('Police arrested members of a group referred to as "Dalecrest" on Monday.')).toEqual([]);
  });

  it('quotes: "the decision, which Tom Park has referred to as "gamesmanship"" is his word', () => {
    expect(
      said('A spokeswoman criticised the decision, which Tom Park has referred to as "gamesmanship".'),
    ).toEqual(['Tom Park: gamesmanship']);
  });
});

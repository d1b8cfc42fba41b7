// An outlet, paper or journal that only carried or reported the words is never their speaker
// (issue 17): "X of The Daily Star told", "as reported by", "quotes an aide as saying", "with X saying",
// "according to the paper, a spokesman ...", "in the words of the prosecutor, X". Texts written for the test.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

describe('outlets that carried the words are not speakers', () => {
  it('quotes: "X of The Daily Star told Y" gives X, not the paper', () => {
    expect(shown('Ruth Ames of The Daily Star told a radio station, "The lease was never signed."')).toEqual([
      'Ruth Ames: The lease was never signed.',
    ]);
  });

  it('quotes: "X said, as reported by the paper," gives X', () => {
    expect(
      shown(
        'On Tuesday, Governor Dana Reid said — as reported by the Valley Courier — "The bridge will reopen in May."',
      ),
    ).toEqual(['Dana Reid: The bridge will reopen in May.']);
  });

  it('quotes: "the paper quoted critics, with X stating:" gives X, not the paper', () => {
    const text = p(
      'The Evening Ledger reported the plan on Monday.',
      'It quoted critics like lawyer Tom Hale and campaigner Ruth Ames, with Ames stating: "This form is far too long for anyone."',
    );
    expect(shown(text)).toEqual(['Ruth Ames: This form is far too long for anyone.']);
  });

  it('quotes: "the paper quotes an aide as saying:" gives nobody, not the paper', () => {
    expect(shown('The Evening Ledger quotes an aide as saying: "The vote will be close tonight."')).toEqual([
      'null: The vote will be close tonight.',
    ]);
  });

  it('quotes: "according to the paper, a spokesman for X expressed ..." gives X, not the paper', () => {
    expect(
      shown(
        'According to the Evening Ledger, a spokesman for the council expressed regret; "We will appeal the ruling."',
      ),
    ).toEqual(['the council: We will appeal the ruling.']);
  });

  it('quotes: "in the words of the prosecutor, X," gives X, not a journal named before', () => {
    const text = p(
      'Articles in peer-reviewed journals including Science & Health have called the treatment quackery.',
      'The boy grew weaker, and in the words of the Crown prosecutor, Mark Ellison, QC, "He was left to suffer for months."',
    );
    expect(shown(text)).toEqual(['Mark Ellison: He was left to suffer for months.']);
  });

  it('quotes: "said Leeds University\'s chancellor, X." gives X, not the university', () => {
    expect(
      shown('"She was the finest teacher we ever had," said Leeds University\'s chancellor, Ann Lee.'),
    ).toEqual(['Ann Lee: She was the finest teacher we ever had,']);
  });

  it('quotes: a post with a remit after its body ("of the Navy for Acquisition Ann Lee") gives the person', () => {
    const text = p(
      'Deputy Secretary of the Navy for Acquisition Ann Lee: "The bid was fair to every firm."',
      'Assistant Secretary of the Navy for Logistics Tom Hale defended the deal, saying, "We followed the rules."',
    );
    expect(shown(text)).toEqual([
      'Ann Lee: The bid was fair to every firm.',
      'Tom Hale: We followed the rules.',
    ]);
  });
});

// Joint statements (issue 17): "the senators said" after "Senators A and B ..." is the pair, as
// members' releases write it; a group the article never names as people stays unattributed.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

describe('a pair introduced under one plural title', () => {
  it('quotes: "said the senators" after "Senators A and B" is both of them', () => {
    const text = p(
      'Senators Ada Roe and Bill Tate secured new funds for farmers hit by the floods.',
      '“Our growers need help now,” said the senators. “We will keep pressing the department.”',
    );
    expect(shown(text)).toEqual([
      'Ada Roe and Bill Tate: Our growers need help now,',
      'Ada Roe and Bill Tate: We will keep pressing the department.',
    ]);
  });

  it('quotes: "the Senators wrote" after "U.S. Senators A (party-State) and B (party-State)"', () => {
    const text = p(
      'U.S. Senators Ada Roe (D-Ore.) and Bill P. Tate (R-Mont.) are urging the agency to publish its data.',
      '“We write to request a briefing on the new rules,” the Senators wrote.',
    );
    expect(shown(text)).toEqual([
      'Ada Roe and Bill P. Tate: We write to request a briefing on the new rules,',
    ]);
  });

  it('quotes: three members under "Reps." and "said the representatives"', () => {
    const text = p(
      'Reps. Ada Roe, Bill Tate and Cara Lind wrote to the board on Friday.',
      '“The board must answer,” said the representatives.',
    );
    expect(shown(text)).toEqual(['Ada Roe, Bill Tate and Cara Lind: The board must answer,']);
  });

  it('quotes: each member followed by their post ("A (D-NH), Ranking Member of ..., and B (D-MD), ...")', () => {
    const text = p(
      'Today, U.S. Senators Ada Roe (D-NH), Ranking Member of the Senate Rivers Committee, and Bill Tate (D-MD), Chair of the Subcommittee on Ports & Harbors, wrote to the agency.',
      '“The agency must keep its pilots,” wrote the Senators in their letter.',
    );
    expect(shown(text)).toEqual(['Ada Roe and Bill Tate: The agency must keep its pilots,']);
  });

  it('quotes: "the lawmakers said" after "Senators A and B" is the pair', () => {
    const text = p(
      'Senators Ada Roe and Bill Tate wrote to the agency on Friday.',
      '“The agency has ignored our questions,” the lawmakers said.',
    );
    expect(shown(text)).toEqual(['Ada Roe and Bill Tate: The agency has ignored our questions,']);
  });

  it('quotes: the latest pair with that title is the one meant', () => {
    const text = p(
      'Senators Ada Roe and Bill Tate backed the bill in May.',
      'In June, Senators Cara Lind and Dov Sen opposed it.',
      '“It is the wrong bill,” the senators said.',
    );
    expect(shown(text)).toEqual(['Cara Lind and Dov Sen: It is the wrong bill,']);
  });
});

describe('groups that stay unattributed', () => {
  it('quotes: "the senators said" with no pair named under that title is nobody', () => {
    const text = p('The committee met on Tuesday.', '“The budget is late,” the senators said.');
    expect(shown(text)).toEqual(['null: The budget is late,']);
  });

  it('quotes: a pair named under another title is not borrowed ("Ministers A and B" for "the senators")', () => {
    const text = p(
      'Ministers Ada Roe and Bill Tate met the committee.',
      '“The budget is late,” the senators said.',
    );
    expect(shown(text)).toEqual(['null: The budget is late,']);
  });

  it('quotes: a list of thousands of names with no "and" is read through and names nobody', () => {
    const text = p(
      `Senators Ada Roe${', Cole Dane (D-NH)'.repeat(3000)} met.`,
      '“The budget is late,” the senators said.',
    );
    expect(shown(text)).toEqual(['null: The budget is late,']);
  });
});

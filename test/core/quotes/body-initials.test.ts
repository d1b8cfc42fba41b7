// Classes of attribution error seen on the fresh parts (issue 17): a body's initials ("DCNA") shown for the
// full name the article gave with them in brackets ("Dale Central News Agency (DCNA)"). Texts written for
// the test.
import { describe, expect, it } from 'vitest';
import { spelledName } from '../../../src/core/quotes/initials.ts';
import { said } from './helpers.ts';

describe("quote speakers: a body's initials stand for the name given with them", () => {
  it('quotes: initials in brackets after the name, then alone, give the full name', () => {
    expect(
      said(
        'Reporters cited the Dale Central News Agency (DCNA) on Monday.',
        '"The border is closed," said DCNA. "Trade will stop," DCNA added.',
      ),
    ).toEqual([
      'Dale Central News Agency: The border is closed,',
      'Dale Central News Agency: Trade will stop,',
    ]);
  });

  it('quotes: the name in brackets after the initials counts too', () => {
    expect(
      said('The DRA (Dale Rail Agency) met on Monday.', '"Fares will rise," the DRA said in a statement.'),
    ).toEqual(['Dale Rail Agency: Fares will rise,']);
  });

  it('quotes: initials that do not spell the name stay as written', () => {
    expect(said('The Dale Rail Agency (ARF) met on Monday.', '"Fares will rise," said ARF.')).toEqual([
      'ARF: Fares will rise,',
    ]);
  });
});

describe("initials: the words a body's initials spell", () => {
  it('initials: joining words, hyphenated words and a post before the name', () => {
    expect(spelledName('Bank of Dale', 'BD')).toBe('Bank of Dale');
    expect(spelledName('Department of Dale Roads', 'DODR')).toBe('Department of Dale Roads');
    expect(spelledName('World Anti-Doping Agency', 'WADA')).toBe('World Anti-Doping Agency');
    expect(spelledName('U.S. Rail Agency', 'USRA')).toBe('U.S. Rail Agency');
    expect(spelledName('Director of the Dale Rail Agency', 'DRA')).toBe('Dale Rail Agency');
    expect(spelledName('Dale Rail Agency', 'DRX')).toBeNull();
  });
});

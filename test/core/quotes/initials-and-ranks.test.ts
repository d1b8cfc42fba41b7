// Names with initials and rank abbreviations keep the person whole: "Ann B. Lee" later "Lee" is not
// "B. Lee", "R. Tom Park" keeps its full stop, "Spc. Ann Lee" is the person. Issue 17, texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('names with initials', () => {
  it('quotes: a post "of" a body then a name with a middle initial keeps the first name', () => {
    const text = [
      '"Roads will close early this winter," said Secretary of Transport Nora K. Halvey, who runs the agency.',
      '"Drivers should plan ahead," Halvey added.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Nora K. Halvey: Roads will close early this winter,',
      'Nora K. Halvey: Drivers should plan ahead,',
    ]);
  });

  it('quotes: a name opening with an initial keeps its full stop', () => {
    expect(said('"The season looks calm," said R. Tomas Ferrow, the bureau director.')).toEqual([
      'R. Tomas Ferrow: The season looks calm,',
    ]);
  });
});

describe('rank abbreviations', () => {
  it('quotes: "Spc." after a home town is a rank, and the name after it speaks', () => {
    const text = [
      'A contest for the Brigade Noncommissioned Officer of the Year was held this week.',
      '"Everyone here trained hard," said Denver native Spc. Ilya Marrow, of the signal company.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Ilya Marrow: Everyone here trained hard,']);
  });

  it("quotes: unit codes listed after a soldier's post are not the speaker", () => {
    expect(
      said('Staff Sgt. Ann Lee, senior supply officer (SO), HHC, 2BSB, said, "It feels great to help."'),
    ).toEqual(['Ann Lee: It feels great to help.']);
  });
});

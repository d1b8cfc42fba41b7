// The fullest form the article gives a speaker's name, taking in only initials and given names written
// nowhere else.
import { describe, expect, it } from 'vitest';
import { fullestForm, speakerNameIn } from '../../../src/core/quotes/fullest-form.ts';

describe('fullest form of a name', () => {
  it('takes in the initial or given name the article writes elsewhere', () => {
    const text = 'Commerce Secretary William M. Daley spoke on Monday. M. Daley said the storms would come.';
    expect(fullestForm('M. Daley', text)).toBe('William M. Daley');
    expect(
      fullestForm('Ann Rollins', 'Ann L. Rollins runs the plan. “We are ready,” Ann Rollins said.'),
    ).toBe('Ann L. Rollins');
    const james = 'Air Force Secretary Deborah Lee James visited the base. Deborah Lee James met the crews.';
    expect(fullestForm('Lee James', james)).toBe('Deborah Lee James');
  });

  it('leaves out a place or a post before the name, and a given name written on its own elsewhere', () => {
    const london = 'The Mayor of London Sadiq Khan spoke. London is ready, Sadiq Khan said.';
    expect(fullestForm('Sadiq Khan', london)).toBe('Sadiq Khan');
    const apart = 'Deborah Lee James visited the base. Deborah said little. Lee James met the crews.';
    expect(fullestForm('Lee James', apart)).toBe('Lee James');
  });

  it('reads no name into an abbreviation or the end of a post’s "of" phrase', () => {
    const body = 'The U.S. Justice Department opened a case. The Justice Department said so.';
    expect(fullestForm('Justice Department', body)).toBe('Justice Department');
    const post = 'Archbishop of Dale Justin Wells spoke. Justin Wells said: “Keep calm.”';
    expect(fullestForm('Justin Wells', post)).toBe('Justin Wells');
    const secretary = 'The Secretary of Agriculture Ann L. Rollins spoke. Ann Rollins said the plan works.';
    expect(fullestForm('Ann Rollins', secretary)).toBe('Ann L. Rollins');
  });

  it('spells out initials the article writes in brackets after the full name', () => {
    const text =
      'North Korea’s Korean Central News Agency (KCNA) reported the launch. KCNA said it was a test.';
    expect(fullestForm('KCNA', text)).toBe('Korean Central News Agency');
    const bishops = 'The Catholic Bishops’ Conference of the Philippines (CBCP) met. The CBCP said so.';
    expect(fullestForm('CBCP', bishops)).toBe('Catholic Bishops’ Conference of the Philippines');
    expect(fullestForm('NASA', 'NASA said the launch would go ahead.')).toBe('NASA');
    expect(fullestForm('UN', 'The Union of Nurses (UN) met; the United Nations (UN) did not.')).toBe('UN');
  });

  it('gives a one-word given name the surname the article writes with it once and alone elsewhere', () => {
    const text =
      'Dunmore’s father Norrie said the verdict was right. Later, Norrie Dunmore spoke to reporters. Dunmore was 16.';
    expect(fullestForm('Norrie', text)).toBe('Norrie Dunmore');
    // A surname ("Trump" after "Donald") or a name followed by two surnames is left as it is.
    expect(fullestForm('Trump', 'Donald Trump spoke. Trump Tower was shut. Trump said so.')).toBe('Trump');
    expect(fullestForm('Norrie', 'Norrie Lee spoke. Norrie Park replied. Lee and Park left.')).toBe('Norrie');
  });

  it('keeps the name when two fuller forms disagree', () => {
    const text = 'Ann B. Lee spoke first. Ann C. Lee spoke next. Ann Lee said both were wrong.';
    expect(fullestForm('Ann Lee', text)).toBe('Ann Lee');
  });

  it('settles a speaker: cut at the given name, then the fullest form', () => {
    const text =
      'NASA Administrator Jim F. Bridenstine watched. “Go,” said NASA Administrator Jim Bridenstine.';
    expect(speakerNameIn('NASA Administrator Jim Bridenstine', text)).toBe('Jim F. Bridenstine');
  });
});

// Classes of attribution error seen on the fresh parts (issue 17): a surname written alone once with a
// letter added or dropped ("Shultz" in a story about "Schultz") shown as a speaker of its own. Texts
// written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: a surname one letter off the full name is that person', () => {
  it('quotes: a dropped letter ("Wallce" for "Wallace") resolves to the one full name', () => {
    expect(
      said(
        'Two rowers qualified, Pvt. Ingrid Wallace and Sgt. Tom Hale. Wallace won the single sculls.',
        '"I felt the boat lift under me," said Wallce, a three-time champion.',
      ),
    ).toEqual(['Ingrid Wallace: I felt the boat lift under me,']);
  });

  it('quotes: an added letter ("Hendrixx") resolves too; a changed letter ("Wallice") stays as written', () => {
    expect(
      said('Lena Hendrix spoke in Oslo.', 'Hendrixx told reporters: "We will be back next year."'),
    ).toEqual(['Lena Hendrix: We will be back next year.']);
    expect(
      said('Ingrid Wallace spoke in Oslo.', '"We will be back next year," said Wallice, her coach.'),
    ).toEqual(['Wallice: We will be back next year,']);
  });
});

// Classes of attribution error first seen on the twelfth fresh part (issue 17): a business referred back to
// as "the company". Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: "the company" is the one business the article named', () => {
  it('quotes: "the company" takes the name of the one business put forward before it', () => {
    expect(
      said(
        'Acme Foods Norway advertised on its page a new pizza. The company said: "We are sorry for any offence."',
      ),
    ).toEqual(['Acme Foods Norway: We are sorry for any offence.']);
    expect(
      said('Acme Foods Norway advertised on its page a new pizza. "We are sorry," the company said.'),
    ).toEqual(['Acme Foods Norway: We are sorry,']);
  });

  it('quotes: with no business, or two, "the company" stays as written', () => {
    expect(said('Trondheim is a city. The company said: "We are sorry for any offence."')).toEqual([
      'The company: We are sorry for any offence.',
    ]);
    expect(
      said(
        'Acme Foods Norway advertised on its page a new pizza. Bolt Motors Ltd copied the pizza the next day. The company said: "We are sorry for any offence."',
      ),
    ).toEqual(['The company: We are sorry for any offence.']);
  });
});

describe('quote speakers: a business keeps its whole name', () => {
  it('quotes: a word of its name the article also writes in lowercase is no post before a person', () => {
    expect(
      said(
        'Bagel Barn Norway posted on its page a photo of a man eating a bagel in a shop in Norway. The company added the line: "Why not a slice?"',
      ),
    ).toEqual(['Bagel Barn Norway: Why not a slice?']);
  });
});

// Classes of attribution error first seen on the ninth fresh part (issue 17): long portfolio titles
// with commas and "and" inside them, bodies whose names hold commas, name forms (a nickname in
// brackets, a post-nominal, a surname whose full form only the headline gives) and terms in quote
// marks that nobody said. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said, saidUnder } from './helpers.ts';

describe('quote speakers: a long post written around a name is no name', () => {
  it('quotes: "Name, Commissioner for A and B, C and D, said" gives the person', () => {
    expect(
      said(
        'Pia Lund, Commissioner for Economic and Monetary Affairs, Taxation and Ports, said: "We act now."',
      ),
    ).toEqual(['Pia Lund: We act now.']);
  });

  it('quotes: a post with "also in charge of" and a list of portfolios gives the person', () => {
    expect(
      said(
        'Anna Berg, Vice-President for the Budget and Social Affairs, also in charge of Trade, Markets and Banking Union, said: "We act now."',
      ),
    ).toEqual(['Anna Berg: We act now.']);
    expect(
      said(
        'Ola Nord, Vice-President of the Board, responsible for Jobs, Growth and Trade, currently also in charge of the Food & Farming portfolio, said:"We act now."',
      ),
    ).toEqual(['Ola Nord: We act now.']);
  });

  it('quotes: "Vice-President for A and B, Name, said" gives the person after the post', () => {
    expect(said('Union Vice-President for Values and Openness, Maja Kern, said: "We act now."')).toEqual([
      'Maja Kern: We act now.',
    ]);
  });

  it('quotes: two posts joined by "and" before one name are one person ("Whip and Assistant Speaker Holt")', () => {
    expect(said('Incoming Majority Whip and Assistant Speaker Holt said: "We act now."')).toEqual([
      'Holt: We act now.',
    ]);
    expect(said('"We act now," said Incoming Majority Whip and Assistant Speaker Holt.')).toEqual([
      'Holt: We act now,',
    ]);
  });

  it('quotes: two people joined by "and" still speak together', () => {
    expect(said('"We act now," said Ann Lee and Tom Park in a statement.')).toEqual([
      'Ann Lee and Tom Park: We act now,',
    ]);
  });

  it('quotes: "said Assistant Secretary for Health, Dr. Name, M.D." gives the person', () => {
    expect(said('"We act now," said Assistant Secretary for Health, Dr. Mara K. Voss, M.D.')).toEqual([
      'Mara K. Voss: We act now,',
    ]);
  });

  it('quotes: a body named with commas, then its director, gives the director', () => {
    expect(
      said('"We act now," said Bureau of Forests, Rivers, Parks and Lakes (BFRP) Director Tom R. Ruda.'),
    ).toEqual(['Tom R. Ruda: We act now,']);
  });
});

describe('quote speakers: name forms', () => {
  it('quotes: a nickname in brackets keeps the first name before a middle initial', () => {
    expect(said('Professor Ann (Annie) B. Cole, a scientist, was named. "We act now," said Cole.')).toEqual([
      'Ann B. Cole: We act now,',
    ]);
  });

  it('quotes: a post-nominal after a surname with an apostrophe is dropped ("O’Hara TD")', () => {
    expect(said('Minister Sean O’Hara TD said: "We act now."')).toEqual(['Sean O’Hara: We act now.']);
    expect(said('Minister Kevin Doyle TD said: "We act now."')).toEqual(['Kevin Doyle: We act now.']);
  });

  it('quotes: a surname the body writes alone takes the full name the headline gives', () => {
    expect(
      saidUnder(
        'Trade Secretary Dana Pell Opens New Plant',
        'Today Secretary Pell opened a plant.\n\n"It is a good day," Pell said.',
      ),
    ).toEqual(['Dana Pell: It is a good day,']);
  });

  it('quotes: a headline with two people of that surname lends neither', () => {
    expect(
      saidUnder(
        'Dana Pell and Rob Pell Open New Plant',
        'Today they opened a plant.\n\n"It is a good day," Pell said.',
      ),
    ).toEqual(['Pell: It is a good day,']);
  });
});

describe('quote marks: terms nobody said', () => {
  it('scare quotes: a hyphenated compound qualifying the noun after it is left out', () => {
    expect(said('The bloc said it is ready for a possible "no-deal" exit in the autumn.')).toEqual([]);
    expect(said('Six councils will pilot ‘work-from-home’ schemes next year.')).toEqual([]);
  });

  it('scare quotes: a hyphenated word a speaker applies is still quoted', () => {
    expect(said('Ann Lee said the plan was "half-baked" and should go.')).toEqual(['Ann Lee: half-baked']);
    expect(said('Ann Lee called the move "short-sighted," and left.')).toEqual(['Ann Lee: short-sighted,']);
  });

  it('scare quotes: one word glossed in brackets is a term explained', () => {
    expect(said('The agency opened new "rounds" (invitations to apply) for 2020, Ann Lee said.')).toEqual([]);
  });

  it('scare quotes: the words after "a culture of" name a value, not speech', () => {
    expect(said('The shelter promotes a culture of “care and respect” for residents.')).toEqual([]);
  });
});

describe('quote speakers: a headline lends only a name', () => {
  it('quotes: a headline verb before a place is no first name ("Refugees Say Ardenia ...")', () => {
    expect(
      saidUnder(
        'Refugees Say Ardenia Blocks Aid',
        'Refugees say they are trapped in Ardenia.\n\n"We have no food," Ardenia residents told reporters.',
      ).some((line) => line.startsWith('Say Ardenia')),
    ).toBe(false);
  });
});

describe('quote speakers: a post the writer never closed with a comma', () => {
  it('quotes: "Ann Lee, 47, legal chairwoman for the Assembly La Plata said" is Ann Lee, not the place', () => {
    expect(
      said(
        'Ann Lee, 47, legal chairwoman for the Assembly for Human Rights La Plata said that "this is the first proof."',
      ),
    ).toEqual(['Ann Lee: this is the first proof.']);
    expect(
      said('Sara Ruiz de Soto, secretary of human rights for Buenos Aires said, "I ask forgiveness."'),
    ).toEqual(['Sara Ruiz de Soto: I ask forgiveness.']);
  });

  it('quotes: the name must open its clause; a place opening the sentence is no speaker', () => {
    expect(said('In New York, officials at the Dale Hospital said "the ward is closed."')).toEqual([
      'null: the ward is closed.',
    ]);
    expect(said('In New York, Ann Lee, a nurse at the Dale Hospital said "the ward is closed."')).toEqual([
      'Ann Lee: the ward is closed.',
    ]);
  });
});

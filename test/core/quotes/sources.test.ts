// Documents and works as sources, partial quotes far from their verb, and short quotes that follow a
// named one: issue 17 classes on small texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote sources', () => {
  it('quotes: "the injunction stated that" gives the words to the injunction', () => {
    const text =
      'According to the site, the injunction stated that "the host shall remove all records for the domain."';
    expect(said(text)).toEqual(['the injunction: the host shall remove all records for the domain.']);
  });

  it('quotes: "the report said" gives the words to the report', () => {
    const text = 'The report said "the river is cleaner than at any time since 1950."';
    expect(said(text)).toEqual(['the report: the river is cleaner than at any time since 1950.']);
  });

  it('quotes: a work named with "according to" is the source, not a quotation', () => {
    const text =
      '"Crime against visiting students harms a country\'s name," according to "Students and Crime Abroad," published in 2015.';
    expect(said(text)).toEqual([
      "Students and Crime Abroad: Crime against visiting students harms a country's name,",
    ]);
  });

  it('quotes: a short partial quote closing a sentence belongs to the far subject of its speech verb', () => {
    const text =
      'Lakeside University, where the chemist worked, said the faking of lab results is an "academic crime."';
    expect(said(text)).toEqual(['Lakeside University: academic crime.']);
  });

  it('quotes: a short quote right after a named one is a quotation of the same speaker', () => {
    const text = '"I have not left the house since March," said Ola Berg. "Very strange."';
    expect(said(text)).toEqual([
      'Ola Berg: I have not left the house since March,',
      'Ola Berg: Very strange.',
    ]);
  });

  it('quotes: a short quoted label in reported speech stays a scare quote', () => {
    const text = 'The minister said the so-called "green levy" would stay in place next year.';
    expect(said(text)).toEqual([]);
  });

  it('quotes: "The Dale Council statement read" keeps the statement as written; "the Council\'s statement" is the council\'s', () => {
    expect(
      said('Ann Lee left on Monday. The Dale Council statement read, “Ms Lee felt it was best to go.”'),
    ).toEqual(['the Dale Council statement: Ms Lee felt it was best to go.']);
    expect(said('"Ms Lee felt it was best to go," the Dale Council statement said.')).toEqual([
      'the Dale Council statement: Ms Lee felt it was best to go,',
    ]);
    expect(said("The Dale Council's statement read, “Ms Lee felt it was best to go.”")).toEqual([
      'Dale Council: Ms Lee felt it was best to go.',
    ]);
  });

  it('quotes: "A letter from Ann Lee to the board said" gives the words to the sender, not the board', () => {
    expect(said('A letter from Ann Lee to the board said the plan was "reckless and rushed".')).toEqual([
      'Ann Lee: reckless and rushed',
    ]);
  });

  it('quotes: every short partial quote of a sentence its speech verb governs is kept, the third too', () => {
    const text =
      'The mayor, Ann Lee, told reporters the plan was "dead", that the council had "no money left" and that she would "not stand again".';
    expect(said(text)).toEqual(['Ann Lee: dead', 'Ann Lee: no money left', 'Ann Lee: not stand again']);
  });

  it('quotes: "A government statement called them" is an unnamed source, not the body that spoke last', () => {
    const text = [
      'The UN says two million people have fled.',
      'Dalestan\'s government denied the figures. A government statement called them "lies spread by our enemies."',
    ].join('\n\n');
    expect(said(text)).toEqual(['null: lies spread by our enemies.']);
  });
});

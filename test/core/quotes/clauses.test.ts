// Which clause of a sentence owns a quote: a participle phrase after a quote is not an attribution,
// a statement takes the one who released it, a post "of" a country is no country speaking, and
// "the police" is not the last capitalised word. Issue 17 classes on small texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: clauses', () => {
  it('quotes: "citing X tweets" after a quote does not make X the speaker', () => {
    const text =
      'Staff were told to refuse requests from "anyone linked to the radio station," citing Senate Office posts accusing it of bias.';
    expect(said(text)).toEqual(['null: anyone linked to the radio station,']);
  });

  it('quotes: "A had been ruled by B and today C released a statement saying" gives the quote to C', () => {
    const text =
      'Ruritania had long been ruled by Vespia and today the Vespian envoy Paul Marin released a statement saying that the move "showed great courage".';
    expect(said(text)).toEqual(['Paul Marin: showed great courage']);
  });

  it('quotes: "the new president of Ruritania has promised" is the president, never the country', () => {
    const text = 'The new president of Ruritania has promised to be "tireless" against crime.';
    expect(said(text)).not.toContain('Ruritania: tireless');
  });

  it('quotes: "the police called it" keeps the police, not a capitalised word of the sentence before', () => {
    const text =
      'Radio host and author Jo Bell was found dead on Monday at her flat. The police called her death "unexplained and sudden".';
    expect(said(text)).toEqual(['The police: unexplained and sudden']);
  });

  it('quotes: "X was quoted by the agency as saying:" gives the words to X, not the agency', () => {
    const text =
      'Most homes fell, and local official, Tom Reyes was quoted by the state news agency as saying: “Help is on the way.”';
    expect(said(text)).toEqual(['Tom Reyes: Help is on the way.']);
  });

  it('quotes: "an expert labeled it a ..." is a quotation of someone unnamed', () => {
    expect(said('At least one leading water expert labeled it a "distraction."')).toEqual([
      'null: distraction.',
    ]);
  });

  it('quotes: "Officials in Dalestan said" is an unnamed group, never the place', () => {
    expect(said('Officials in Dalestan said the visit was "a grave provocation".')).toEqual([
      'null: a grave provocation',
    ]);
  });

  it('quotes: "Dale News quoted Tom Park as saying" gives the words to Tom Park, not the outlet', () => {
    expect(said('Dale News quoted Tom Park as saying the deal was "dead and buried".')).toEqual([
      'Tom Park: dead and buried',
    ]);
  });
});

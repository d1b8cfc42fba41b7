// Names of things in quote marks are no quotations: a programme "called" or "named" so, a hearing
// "titled" so, a website or project named after its kind, "the terms" listed, a headline that "was" so.
// Issue 17 (test13 took such names as quotes); texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('names given right before the marks', () => {
  it('quotes: "a programme called ..." and "a submission named, ..." give a name, not speech', () => {
    expect(
      said('The college ran a programme at the town hall called "Second Chances". It ended in May.'),
    ).toEqual([]);
    expect(
      said('The paper won third place with a submission named, "Rivers of Dust: A Year in Drought."'),
    ).toEqual([]);
  });

  it('quotes: a hearing "titled" a long Title Case name, closed by a comma, is a name', () => {
    expect(
      said(
        'Senator Ann Lee announced a hearing titled “Oversight of the Port Authority following the March Flood,” with the agency chief.',
      ),
    ).toEqual([]);
  });

  it('quotes: a website or project named after its kind is a name', () => {
    expect(said('On a new website, "The Dial-Up Farewell", the firm urges users to move on.')).toEqual([]);
    expect(said('The press project “The Ledger” took second place in the awards.')).toEqual([]);
    expect(said('"It is time to say goodbye," the firm says on "The Dial-Up Farewell".')).toEqual([
      'the firm: It is time to say goodbye,',
    ]);
  });

  it('quotes: "the terms" or "the words" before several spans name words, not speech', () => {
    expect(
      said('The bill used the terms "civil partnership" and "civil union." Critics objected to both.'),
    ).toEqual([]);
  });

  it('quotes: a headline that "was" so is a title, not anyone speaking', () => {
    expect(
      said('The headline in the Daily Courier was: “Mayor Says Bridge Will Not Close.” Few believed it.'),
    ).toEqual([]);
  });

  it('quotes: a Title Case scheme as the subject of "might" is a name', () => {
    expect(said("Findings will show how the proposed 'Heritage Listing Scheme' might be run.")).toEqual([]);
  });
});

describe('speech next to the same words stays speech', () => {
  it('quotes: "X called the plan ..." and "she said, ..." are still quotations', () => {
    expect(said('Ann Lee called the plan "a reckless gamble with our future."')).toEqual([
      'Ann Lee: a reckless gamble with our future.',
    ]);
    expect(said('“We will not close the bridge,” the mayor, Tom Park, said on the website.')).toEqual([
      'Tom Park: We will not close the bridge,',
    ]);
  });
});

describe('terms explained or used as a label', () => {
  it('quotes: a term glossed after a comma ("road load", a measurement of ...) is no quotation', () => {
    expect(
      said(
        'Engineers worried about the calculation of "drag load", a measurement of how hard air pushes back.',
      ),
    ).toEqual([]);
  });

  it('quotes: a term that "refers to" or "means" something is no quotation', () => {
    expect(said('To "walk back" in party jargon refers to a member who retracts a pledge.')).toEqual([]);
    expect(said('Ann Lee said that to "walk back" in party jargon means to retract a pledge.')).toEqual([]);
  });

  it('quotes: "quotes a ... as saying" names a source; the words it said are the quotation', () => {
    const lines = said('The website quotes a "senior aide" as saying: "The plan ignores the report."');
    expect(lines.map((l) => l.slice(l.indexOf(': ') + 2))).toEqual(['The plan ignores the report.']);
  });

  it('quotes: "named the virus ..." and "the terms ..." give names, not speech', () => {
    expect(said('The committee named the disease it causes "grey leaf blight of maize" on Tuesday.')).toEqual(
      [],
    );
    expect(said('Critics preferred the terms "partner benefits" to the bill\'s wording.')).toEqual([]);
  });
});

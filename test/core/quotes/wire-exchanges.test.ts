// Two people in one sentence, one speaking of, to or against the other (issue 17): the words belong
// to the one who speaks, never to the one spoken of. Texts written for the test; checked as chat shows.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

const cast = 'Ann Lee and Tom Park have led the council in turn since 2010.';

describe('wire exchanges: the one who speaks, not the one spoken of', () => {
  it('quotes: "said X, whose son Y ..." gives X', () => {
    expect(shown('"We want answers," said Ann Lee, whose son Tom Park was hurt in the attack.')).toEqual([
      'Ann Lee: We want answers,',
    ]);
  });

  it('quotes: "X said of Y" and "X said, referring to Y" give X', () => {
    expect(shown(p(cast, '"He never listens," Lee said of Park.'))).toEqual(['Ann Lee: He never listens,']);
    expect(shown(p(cast, '"He never listens," Lee said, referring to Park.'))).toEqual([
      'Ann Lee: He never listens,',
    ]);
  });

  it('quotes: "Y, X said, was ..." gives X, the one saying it in the middle of the sentence', () => {
    expect(shown(p(cast, 'Park, Lee said, was "a danger to the town".'))).not.toContain(
      'Tom Park: a danger to the town',
    );
  });

  it('quotes: "X accused Y of ..." and "Y was accused by X of ..." give X', () => {
    expect(shown(p(cast, 'Lee accused Park of "lying to the public".'))).toEqual([
      'Ann Lee: lying to the public',
    ]);
    expect(shown(p(cast, 'Park was accused by Lee of "lying to the public".'))).toEqual([
      'Ann Lee: lying to the public',
    ]);
  });

  it('quotes: "X rejected Y\'s claim that ..." gives Y, whose claim it is', () => {
    expect(shown(p(cast, 'Lee rejected Park\'s claim that the plan was "dead in the water".'))).toEqual([
      'Tom Park: dead in the water',
    ]);
  });

  it('quotes: "X\'s comments came after Y said" gives Y', () => {
    expect(shown(p(cast, 'Lee\'s comments came after Park said the deal was "a bad joke".'))).toEqual([
      'Tom Park: a bad joke',
    ]);
  });

  it('quotes: "Responding to X\'s remarks, Y said" and "X, in turn, told Y" give the one who speaks', () => {
    expect(shown(p(cast, 'Responding to Lee\'s remarks, Park said: "The plan is sound."'))).toEqual([
      'Tom Park: The plan is sound.',
    ]);
    expect(shown(p(cast, 'Lee, in turn, told Park: "You are wrong about this."'))).toEqual([
      'Ann Lee: You are wrong about this.',
    ]);
  });

  it('quotes: "X and Y said in a joint statement" gives no single one of them', () => {
    const lines = shown('"We will work together," said Ann Lee and Tom Park in a joint statement.');
    expect(lines).not.toContain('Ann Lee: We will work together,');
    expect(lines).not.toContain('Tom Park: We will work together,');
    expect(shown('"We will work together," said Ann Lee and her husband.')).toEqual([
      'null: We will work together,',
    ]);
  });
});

describe('wire exchanges: a relative clause with its own speech verb', () => {
  it('quotes: "X met Y, who said" gives Y, not the sentence\'s subject', () => {
    expect(shown('Ann Lee met Tom Hale, who said the plant was "finished for good".')).toEqual([
      'Tom Hale: finished for good',
    ]);
  });
});

describe('wire exchanges: "he"/"she" after someone the article does not name', () => {
  it('quotes: "she said" after "A neighbour, who ..., disagreed" is not shown for the woman named before', () => {
    const text = p(
      'Ann Lee spoke first. "We won," she said.',
      'A neighbour, who did not want to be named, disagreed. "They cheated," she said.',
    );
    expect(shown(text)).toEqual(['Ann Lee: We won,', 'null: They cheated,']);
  });

  it('quotes: "she said" after "His wife said" and "he added" after "her deputy said" are not the named one', () => {
    expect(
      shown(p('Tom Hale was arrested.', 'His wife said he was innocent. "He is a good man," she said.')),
    ).toEqual(['null: He is a good man,']);
    expect(
      shown(p('Ann Lee leads the union.', '"We are not moving," her deputy said. "Not an inch," he added.')),
    ).toEqual(['null: We are not moving,', 'null: Not an inch,']);
  });

  it('quotes: a crowd as the subject in between does not stand for "she"', () => {
    expect(shown(p('Ann Lee spoke.', 'The crowd cheered. "We won," she said.'))).toEqual([
      'Ann Lee: We won,',
    ]);
  });
});

describe('wire exchanges: a second speaker cuts in within the sentence', () => {
  it('quotes: `"...," said A, before B cut in: "..."` gives the second quote to B', () => {
    expect(shown('"We lost," said Ann Lee, before Tom Hale cut in: "We will be back."')).toEqual([
      'Ann Lee: We lost,',
      'Tom Hale: We will be back.',
    ]);
  });
});

// A statement handed over with a colon: "X issued the following statement:" in the same paragraph
// or closing the one before. Issue 17 classes on small texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: statements introduced with a colon', () => {
  it('quotes: "X issued the following statement in reply to ...:" gives the statement to X', () => {
    const text =
      'Agency head Ann Lee issued the following statement in reply to the charges: "They are false."';
    expect(said(text)).toEqual(['Ann Lee: They are false.']);
  });

  it('quotes: a paragraph ending "X issued the following statement:" attributes the next paragraphs', () => {
    const text = [
      'Agency head Ann Lee issued the following statement today:',
      '"We have learned of the move. It is wrong.',
      '"We call on them to reverse it."',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Ann Lee: We have learned of the move. It is wrong.',
      'Ann Lee: We call on them to reverse it.',
    ]);
  });

  it('quotes: "an aide read a statement from al-Amin:" gives the words to al-Amin, not the aide', () => {
    const text = [
      'Cleric Musa al-Amin leads the bloc. At a rally, his aide Omar Said read a statement from al-Amin:',
      '"We will leave the cabinet,"',
    ].join('\n\n');
    expect(said(text)).toEqual(['Musa al-Amin: We will leave the cabinet,']);
  });

  it('quotes: a paragraph ending in a colon without a speech or statement gives nothing to the next', () => {
    const text = ['Ann Lee visited the site. The sign on the gate:', '"Keep out," it read.'].join('\n\n');
    expect(said(text)).not.toContain('Ann Lee: Keep out,');
  });
});

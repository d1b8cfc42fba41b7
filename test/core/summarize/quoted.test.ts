// The quote share the summarizer damps by: quote state carried across the sentences of a paragraph,
// straight and curly marks, and apostrophes that are not closing quotes.
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../../src/core/article.ts';
import { quotedShares } from '../../../src/core/summarize/quoted.ts';

function sentences(...paragraphs: string[][]): Sentence[] {
  let index = 0;
  return paragraphs.flatMap((p, paragraph) => p.map((text) => ({ text, index: index++, paragraph })));
}

describe('quotedShares', () => {
  it('quoted: carries an open quote into the next sentence of the paragraph', () => {
    // 4 words inside in the first; "We know how to look" (5 of 7) inside in the second.
    const shares = quotedShares(sentences(['"We know where to look.', 'We know how to look," she said.']));
    expect(shares[0]).toBe(1);
    expect(shares[1]).toBeCloseTo(5 / 7, 10);
  });

  it('quoted: counts a plain reported sentence as unquoted', () => {
    expect(quotedShares(sentences(['The council approved the park on Tuesday.']))).toEqual([0]);
  });

  it('quoted: treats curly single quotes as quotes but apostrophes as part of words', () => {
    // ‘I’d be over the moon,’ he said -> 5 of 7 words quoted; "Kilmarnock’s" is one unquoted word.
    const [quote, plain] = quotedShares(
      sentences(['‘I’d be over the moon,’ he said.', 'It is Kilmarnock’s day.']),
    );
    expect(quote).toBeCloseTo(5 / 7, 10);
    expect(plain).toBe(0);
  });

  it('quoted: starts each paragraph outside any quote', () => {
    const shares = quotedShares(
      sentences(['“An unclosed quote runs on.'], ['A new paragraph starts plain.']),
    );
    expect(shares).toEqual([1, 0]);
  });

  it('quoted: carries a quote into a paragraph that closes it without reopening it', () => {
    // A statement over two paragraphs whose second is not reopened: both are quoted; the third is plain.
    const shares = quotedShares(
      sentences(
        ['“The harbour will reopen in May.'],
        ['We thank the divers for their work.”'],
        ['The board meets again in June.'],
      ),
    );
    expect(shares).toEqual([1, 1, 0]);
  });

  it('quoted: reads a straight closing mark at the end of such a paragraph the same way', () => {
    const shares = quotedShares(sentences(['"The harbour will reopen.'], ['Divers finished the work."']));
    expect(shares).toEqual([1, 1]);
  });

  it('quoted: still resets when the next paragraph opens a quote of its own', () => {
    // The reopened paragraph is quoted by its own mark; its closing mark ends the quote.
    const shares = quotedShares(
      sentences(['“The harbour will reopen.'], ['“Divers finished,” the mayor said.'], ['Boats wait.']),
    );
    expect(shares[1]).toBeCloseTo(2 / 5, 10);
    expect(shares[2]).toBe(0);
  });

  it('quoted: gives a scare-quoted word only its own share', () => {
    // 1 of 6 words: Call centres have a "churn" problem.
    expect(quotedShares(sentences(['Call centres have a “churn” problem.']))[0]).toBeCloseTo(1 / 6, 10);
  });

  it('quoted: reads two apostrophes typed for an opening mark as a double quote', () => {
    // 9 of 11 words quoted ("U.S." is two words), then a sentence quoted throughout.
    const shares = quotedShares(
      sentences(["''I came to play soccer in the U.S.,\" he said.", "''I joined the Army instead.''"]),
    );
    expect(shares[0]).toBeCloseTo(9 / 11, 10);
    expect(shares[1]).toBe(1);
  });
});

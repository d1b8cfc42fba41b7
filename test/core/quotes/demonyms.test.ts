// Classes of attribution error seen on the fresh parts (issue 17): a nationality adjective ("a Kenyan
// nurse", "of Chilean descent") taken for a speaker's name. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/core/quotes.ts';
import { article, said, saidUnder } from './helpers.ts';

describe('quote speakers: a nationality adjective is nobody who speaks', () => {
  it('quotes: "he" after "the Kenyan nurse said" is the nurse the article names, not "Kenyan"', () => {
    expect(
      said(
        'A Kenyan nurse has flown home after the charges against her were dropped. Grace Wanjiru says she is glad to be back.',
        'Asked on television whether she had broken any rule, the 31-year-old Kenyan nurse said she had not.',
        'She has now arrived in the Kenyan town of Nakuru. On her arrival, she told friends she had been "wronged" by officials.',
      ),
    ).toEqual(['Grace Wanjiru: wronged']);
  });

  it('quotes: "of Chilean descent" before the subject leaves the subject the speaker', () => {
    const quotes = extractQuotes(
      article(
        'Minister Paulo Ferraz announced new limits on officials from Chile on Monday.',
        'Himself of Chilean descent, Ferraz defended the move with reference to "unfair trade," adding that the limits would cover "current and former officials."',
      ),
    );
    expect(quotes.map((q) => q.speaker)).not.toContain('Chilean');
  });

  it('quotes: a nationality heading a colon lead is no speaker when the headline names its country', () => {
    expect(
      saidUnder(
        'Chile: Votes to Watch',
        'Chilean votes to watch: "Santiago will be busy as the mayor runs again."',
      ),
    ).toEqual(['null: Santiago will be busy as the mayor runs again.']);
  });
});

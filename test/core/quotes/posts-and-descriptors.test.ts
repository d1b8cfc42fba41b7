import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('a post or descriptor before a full name is not part of the name', () => {
  it('quotes: "Minister of the Navy Ann Lee" is Ann Lee', () => {
    expect(said('The letter went to Minister of the Navy Ann Lee. "We will reply," Lee said.')).toEqual([
      'Ann Lee: We will reply,',
    ]);
  });

  it('quotes: "Secretary for the Treasury Tom B. Park" keeps the middle initial', () => {
    expect(said('Secretary for the Treasury Tom B. Park said: "Rates hold."')).toEqual([
      'Tom B. Park: Rates hold.',
    ]);
  });

  it('quotes: "Senior Member Ann Lee" drops the post', () => {
    expect(said('"No deal," said Harbour Committee Senior Member Ann Lee.')).toEqual(['Ann Lee: No deal,']);
  });

  it('quotes: "Lisbon-born Ann Lee" and "Ohio-based Tom Park" drop the descriptor', () => {
    expect(said('"It was home," said Lisbon-born Ann Lee.')).toEqual(['Ann Lee: It was home,']);
    expect(said('Ohio-based Tom Park said: "We grow corn."')).toEqual(['Tom Park: We grow corn.']);
  });
});

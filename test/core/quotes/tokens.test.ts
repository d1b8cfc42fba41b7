import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../../src/core/quotes/name-runs.ts';
import { stripPossessive, tokenizeWithOffsets } from '../../../src/core/quotes/tokens.ts';

describe('name tokens', () => {
  it('tokens: a possessive is stripped from a word of any length', () => {
    expect(stripPossessive("Xi's")).toEqual({ word: 'Xi', possessive: true });
    expect(stripPossessive('players’')).toEqual({ word: 'players', possessive: true });
    expect(stripPossessive("'s")).toEqual({ word: "'s", possessive: false });
    const long = `${'x'.repeat(200_000)}'sx`;
    expect(stripPossessive(long)).toEqual({ word: long, possessive: false });
  }, 20_000);

  it('tokens: a title after a name run of 150,000 words keeps every word before it', () => {
    const text = Array.from({ length: 150_000 }, () => 'Xi').join(' ');
    const runs = findNameRuns(tokenizeWithOffsets(`${text} President Lee`));
    expect(runs[0]?.name).toBe('Lee');
    expect(runs[0]?.titleWords).toHaveLength(150_001);
  }, 20_000);
});

describe('name runs and initials', () => {
  it('tokens: a sentence opening after an initial is not part of the name ("Mariana C. Then")', () => {
    const runs = findNameRuns(tokenizeWithOffsets('said Mariana C. Then she left'));
    expect(runs.map((r) => r.name)).toEqual(['Mariana C.']);
  });

  it('tokens: the runs of a shared token list read again are the same, whatever a caller did to its list', () => {
    const tokens = tokenizeWithOffsets('President Xi Jinping met Ann Lee in Seoul.');
    const first = findNameRuns(tokens);
    expect(first.map((r) => r.name)).toEqual(['Xi Jinping', 'Ann Lee', 'Seoul']);
    first.pop();
    expect(findNameRuns(tokens).map((r) => r.name)).toEqual(['Xi Jinping', 'Ann Lee', 'Seoul']);
    expect(findNameRuns(tokens.slice(0, 4)).map((r) => r.name)).toEqual(['Xi Jinping']);
  });
});

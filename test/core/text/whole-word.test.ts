import { describe, expect, it } from 'vitest';
import { hasWholeWord, hasWordMidSentence } from '../../../src/core/text/whole-word.ts';

const escapeForRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeByRegex = (text: string, word: string) =>
  new RegExp(`(?<![\\p{L}])${escapeForRegExp(word)}(?![\\p{L}])`, 'u').test(text);
const midByRegex = (text: string, word: string) =>
  new RegExp(`[\\p{L},;] ${escapeForRegExp(word)}(?![\\p{L}])`, 'u').test(text);

const texts = [
  'Officers say the officers left.',
  'officersville is not officers',
  'Ann Lee said, Officers were there; Officers came. (Officers)',
  'Zoë Officers went — Émile Officers and 𝒜 Officers and 𝒜officers',
  'U.S. officials, U.S.-based and the U.S. said',
  'O’Brien met O’Briens; al-Sadr spoke.',
  '',
];
const words = ['Officers', 'officers', 'U.S.', 'O’Brien', 'al-Sadr', 'Ann', 's', 'Zoë'];

describe('whole-word look-ups', () => {
  it('hasWholeWord: a word with no letter on either side, as the look-around regex finds it', () => {
    expect(hasWholeWord('the officers left', 'officers')).toBe(true);
    expect(hasWholeWord('the officersville', 'officers')).toBe(false);
    expect(hasWholeWord('Émileofficers', 'officers')).toBe(false);
    expect(hasWholeWord('𝒜officers', 'officers')).toBe(false);
    for (const text of texts)
      for (const word of words) expect(hasWholeWord(text, word)).toBe(wholeByRegex(text, word));
  });

  it('hasWordMidSentence: after a letter, comma or semicolon and a space, not before a letter', () => {
    expect(hasWordMidSentence('Ann Lee said, Officers were', 'Officers')).toBe(true);
    expect(hasWordMidSentence('left. Officers came', 'Officers')).toBe(false);
    expect(hasWordMidSentence('and Officersville', 'Officers')).toBe(false);
    expect(hasWordMidSentence('𝒜 Officers', 'Officers')).toBe(true);
    for (const text of texts)
      for (const word of words) expect(hasWordMidSentence(text, word)).toBe(midByRegex(text, word));
  });
});

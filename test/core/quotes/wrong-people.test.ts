import { describe, expect, it } from 'vitest';
import { shown } from './helpers.ts';

describe('a quote is not given to someone the speaker only talks about', () => {
  it('"she said" after a one-word name that spoke is not shown for the person named before', () => {
    const text = [
      'Voters talked about Tom Park all day.',
      'In Leeds, a voter who gave her name as Jamie said she was glad. "It has been awful," she said.',
    ];
    expect(shown(...text)).toEqual(['null: It has been awful,']);
  });
});

describe('a numbered part of a text names nobody who speaks', () => {
  it('"Clause 12 of the charter states that ..." is unattributed', () => {
    const text = [
      'Tom Park was arrested on Monday.',
      'Clause 12 written in the charter of Dale states that "every resident may speak freely."',
    ];
    expect(shown(...text)).toEqual(['null: every resident may speak freely.']);
  });
});

describe('a quote in a relative clause belongs to the unnamed people before "who"', () => {
  it('`The Dale Diary gets letters from young Canadians who "..."` is not the diary\'s', () => {
    expect(shown('The Dale Diary often gets letters from young fans who "want to see the world".')).toEqual([
      'null: want to see the world',
    ]);
    expect(
      shown('The Dale Diary often gets letters from young Canadians who "want to see the world".'),
    ).toEqual(['null: want to see the world']);
  });
});

describe('"he" in a new paragraph means its subject, whatever the form of the name', () => {
  it('a subject named with an "al-" particle is a person, not passed over for the last speaker', () => {
    const text = [
      'Tom Swire, father of a victim, believes the man was not guilty. He described the death as "a sad time".',
      'Omar al-Rashid has consistently denied the attack. In his final interview, he insisted he was "an innocent man".',
    ];
    expect(shown(...text)).toEqual(['Tom Swire: a sad time', 'Omar al-Rashid: an innocent man']);
  });
});

describe('a subject whose title opens with "Former" is the subject', () => {
  it('"Former First Lady Ann Lee released a statement ... She said" is Ann Lee, not the friend she named', () => {
    const text =
      'Former First Lady Ann Lee released a statement on the death of her friend Jo Park. She said "Over the years, I found her to be a woman of immense courage."';
    expect(shown(text)).toEqual(['Ann Lee: Over the years, I found her to be a woman of immense courage.']);
  });
});

// Key points stand alone as bullets: no leaning connective, no pronoun for a person not yet named.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/content/parse.ts';
import { leaningOpener } from '../../../src/core/summarize/standalone.ts';
import { summarizeArticle } from '../../../src/core/summarize.ts';

describe('standalone key points', () => {
  it('summarize: a sentence opening with "But" or "However," leans on the one before', () => {
    expect(leaningOpener('But the plan failed.', [])).toBe('connective');
    expect(leaningOpener('However, the plan failed.', [])).toBe('connective');
    expect(leaningOpener('The plan failed.', [])).toBeNull();
  });

  it('summarize: "She ..." leans unless an earlier key point names somebody', () => {
    expect(leaningOpener('She made her first film in 1969.', [])).toBe('pronoun');
    expect(
      leaningOpener('She made her first film in 1969.', ['The actor Mary Lane died on Monday.']),
    ).toBeNull();
  });

  it('summarize: a pronoun just after a short opening phrase leans too, unless a name follows it', () => {
    expect(leaningOpener('At age 85 she not only learned how to dance.', [])).toBe('pronoun');
    expect(leaningOpener('In her grief, she remains committed to her students.', [])).toBe('pronoun');
    expect(leaningOpener('On Monday, she said the plan had failed.', [])).toBe('pronoun');
    expect(leaningOpener('On Monday, she said the plan had failed.', ['Mary Lane quit.'])).toBeNull();
    // The name just after points the pronoun ahead: the sentence says who it is.
    expect(leaningOpener('During her address, Mrs May said the rules would change.', [])).toBeNull();
    expect(leaningOpener('On Monday, investigators questioned the former minister.', [])).toBeNull();
  });

  it('summarize: key points pass over leaning sentences while others are left', () => {
    const paragraphs = [
      'The city council approved a new budget for parks on Monday.',
      'But the vote was close, with five members against the plan.',
      'She said the parks would open longer in summer.',
      'The budget adds ten new playgrounds across the city.',
      'Work on the first playground starts in March.',
      'The council will review the parks budget again next year.',
    ];
    const art = buildArticle({ slug: 'parks', title: 'Council approves parks budget' }, [
      { heading: null, paragraphs },
    ]);
    const points = summarizeArticle(art).keyPoints;
    expect(points.length).toBe(3);
    for (const [i, p] of points.entries()) expect(leaningOpener(p, points.slice(0, i))).toBeNull();
  });
});

// A pronoun the text ties to someone else (issue 17): "she also said" after an unnamed official spoke,
// "the head of the inspectors" read as one person. Texts written for the test; a guess is shown as
// unattributed, never as the wrong named person.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

describe('pronouns with a rival stay unattributed', () => {
  it('quotes: "She also said" after an unnamed head of a group spoke is not the lawyer named before', () => {
    const text = p(
      'Lawyer Sophie Ames said "Women are heard now."',
      'Both men will appeal.',
      'The head of the internal inspectors told the court "The basic checks were not done." She also said "I regret we were not called at once."',
    );
    expect(shown(text)).toEqual([
      'Sophie Ames: Women are heard now.',
      'null: The basic checks were not done.',
      'null: I regret we were not called at once.',
    ]);
  });

  it('quotes: "He tweeted" after two people in one sentence is not shown as the first of them', () => {
    const text = p(
      'Mayor Tom Hale said the loss was "a tragedy" while Fire Chief Ben Ross wrote he had ordered checks on every hall. He tweeted, "My thoughts are with the families tonight."',
    );
    expect(shown(text)).toEqual(['Tom Hale: a tragedy', 'null: My thoughts are with the families tonight.']);
  });

  it('quotes: a sentence-subject "She" with a rival named since is not shown as the earlier subject', () => {
    // "Kim" is listed as a woman's name and a man's: nothing tells the rival's gender.
    const text = p(
      'Kim Hale was hit by a van near the depot on Friday. Hale died later in hospital.',
      'Police traced the van and spoke with Ann Ross as a suspect. She informed officers she was a diplomat, but "that she would not leave the country".',
    );
    expect(shown(text)).toEqual(['null: that she would not leave the country']);
  });

  it('quotes: a rival whose given name is a man’s is passed over for "she"', () => {
    const text = p(
      'Tom Hale was hit by a van near the depot on Friday. He died later in hospital.',
      'Police traced the van and spoke with Ann Ross as a suspect. She informed officers she was a diplomat, but "that she would not leave the country".',
    );
    expect(shown(text)).toEqual(['Ann Ross: that she would not leave the country']);
  });
});

// Quoted names and labels are not quotations: "the phrase '...'", "is called '...'", "known as '...'",
// a quoted modifier of a noun, a Title Case name as a clause's subject. Issue 17, texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quoted labels', () => {
  it('quotes: a phrase named as a phrase, or used as a noun modifier, is no quotation', () => {
    const text = [
      "Minister Ann Lee has criticised the 'battle for hearts' concept in a speech.",
      "Her speech argued that the phrase 'battle for hearts' should be dropped.",
    ].join('\n\n');
    expect(said(text)).toEqual([]);
  });

  it('quotes: a name given with "is called" or "known as" is no quotation', () => {
    expect(said('A new statue stands in the square. It is called “The Brave Boy.”')).toEqual([]);
    expect(said('Talks on the exit, known as “Dexit.” resumed today.')).toEqual([]);
  });

  it('quotes: a Title Case name as the subject of its clause is no quotation', () => {
    expect(said('Ann Lee told reporters that “The Brave Boy” is meant to inspire children.')).toEqual([]);
  });

  it('quotes: a speaker calling something a name in their own words is still quoted', () => {
    expect(said('Ann Lee called the plan "a reckless gamble with our future."')).toEqual([
      'Ann Lee: a reckless gamble with our future.',
    ]);
  });

  it('quotes: a title after the kind of work ("her book, ...,") and a one-word subject label are no quotations', () => {
    expect(said('Her new book, "The Long Road Home," tells the story of her family.')).toEqual([]);
    expect(said('Ann Lee said the "reforms" were nothing of the kind.')).toEqual([]);
    expect(said('Ann Lee said it was a "disgrace".')).toEqual(['Ann Lee: disgrace']);
  });

  it('quotes: ", dubbed ..." names something; "calling the plan ..." is still speech', () => {
    expect(said('The storm, dubbed "the beast from the east", hit on Monday.')).toEqual([]);
    expect(said('Ann Lee hit back, calling the plan "a disgrace to us all".')).toEqual([
      'Ann Lee: a disgrace to us all',
    ]);
  });
});

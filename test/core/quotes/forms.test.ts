// The form a speaker's name is shown in: titles, ranks and job words before a name left out, an
// organisation's name kept as the story writes it. Issue 17 classes on small texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: name forms', () => {
  it('quotes: a job title of several words before a name is left out ("Lead Investigator Ann Lee")', () => {
    expect(said('"We made the wood stronger," said Lead Investigator Ann Lee of the university.')).toEqual([
      'Ann Lee: We made the wood stronger,',
    ]);
  });

  it('quotes: a hyphenated rank and a plural job word before a name are left out', () => {
    expect(said('"The search goes on," Lieutenant-Colonel Tom Hale said.')).toEqual([
      'Tom Hale: The search goes on,',
    ]);
    const text = 'Researchers Ann Lee and Bo Park work in Ohio. "It is cheap," Ann Lee said.';
    expect(said(text)).toEqual(['Ann Lee: It is cheap,']);
  });

  it('quotes: a plural people word before a name is left out ("Canadians Jo Reed")', () => {
    const text = 'Canadians Jo Reed and her son moved here in May.\n\n"We love it," Jo said.';
    expect(said(text)).toEqual(['Jo Reed: We love it,']);
  });

  it('quotes: a title word before an organisation word belongs to the name ("Justice Department")', () => {
    expect(said('The Justice Department said the men sought to "enrich themselves."')).toEqual([
      'Justice Department: enrich themselves.',
    ]);
  });

  it('quotes: an organisation named in two words keeps that form, not a longer one with a place', () => {
    const text = [
      'The U.S. Trade Department opened an inquiry on Monday.',
      '"The rules were broken," the Trade Department said.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Trade Department: The rules were broken,']);
  });

  it('quotes: a name ending in an initial keeps its full stop, and "she" finds it', () => {
    const text = '"Fees went up," said Maria C.\n\n"I am worried," she added.';
    expect(said(text)).toEqual(['Maria C.: Fees went up,', 'Maria C.: I am worried,']);
  });

  it('quotes: "X of Y Director Ann Lee said" gives the titled person, not the body before "of"', () => {
    expect(said('"We stand by our staff," Bank of Ohio Director Ann Lee said.')).toEqual([
      'Ann Lee: We stand by our staff,',
    ]);
  });

  it('quotes: a surname written as one word ("MacLeod") finds the person written "Mac Leod"', () => {
    const text = 'Fans cheered Ann Mac Leod, a singer.\n\n"It was loud," MacLeod later said.';
    expect(said(text)).toEqual(['Ann Mac Leod: It was loud,']);
  });

  it('quotes: a party word before a name is left out ("Republican Ann Lee"), and "One" opens no name', () => {
    expect(said('"We will win," said Republican Ann Lee.')).toEqual(['Ann Lee: We will win,']);
    expect(said('One Twitter user said "the debate was dull."')).toEqual(['null: the debate was dull.']);
  });

  it('quotes: abbreviated ranks, "X of Y" posts and job words before a name are left out', () => {
    expect(said('"Stand by," said Maj. Gen. Pat Rudd.')).toEqual(['Pat Rudd: Stand by,']);
    expect(said('"Keep calm," said Archbishop of Dale Justin Wells.')).toEqual(['Justin Wells: Keep calm,']);
    expect(said('"No comment," said Fruitco CEO Tim Kirk.')).toEqual(['Tim Kirk: No comment,']);
    expect(said('"Stars are old," Astronaut Tom Kelly said.')).toEqual(['Tom Kelly: Stars are old,']);
  });

  it('quotes: "Dale Army Chief, General Ann Lee, told" gives the person after the post', () => {
    expect(said('Dale Army Chief, General Ann Lee, told the BBC: "The act was wrong."')).toEqual([
      'Ann Lee: The act was wrong.',
    ]);
  });

  it('quotes: a group named after its university ("Dale University Green Action") is not read as a person', () => {
    expect(said('Dale University Green Action posted a statement saying, “We will not move.”')).toEqual([
      'Dale University Green Action: We will not move.',
    ]);
  });

  it('quotes: a second spelling one letter off a long surname is the same person, shown as first written', () => {
    const text =
      'Coach Bruno Hartmann met reporters. Bruno Hartman is a former star.\n\n"It is a tough group," Hartman said.';
    expect(said(text)).toEqual(['Bruno Hartmann: It is a tough group,']);
  });

  it('quotes: a long post before a name ("Secretary of State for Rural Affairs Ann Lee") is left out', () => {
    expect(said('"It will not work," said UK Secretary of State for Rural Affairs Ann Lee.')).toEqual([
      'Ann Lee: It will not work,',
    ]);
    expect(said('Minister for Foreign Affairs Tom Park said the talks were "useful".')).toEqual([
      'Tom Park: useful',
    ]);
  });
});

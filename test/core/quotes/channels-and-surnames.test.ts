// An outlet that carried a statement is its channel, not its speaker; a surname shared by two full
// names is the one who spoke in the paragraph that names both. Issue 17, texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('outlets that carried a statement', () => {
  it('quotes: "the statement carried by X, claiming to be from Y, reads" is Y\'s', () => {
    const text = [
      'Rebels attacked a school on Monday.',
      'The statement carried by the Daily Post, claiming to be from rebel spokesman Omar Dalil, reads: "Killing children is against our faith."',
    ].join('\n\n');
    expect(said(text)).toEqual(['Omar Dalil: Killing children is against our faith.']);
  });

  it('quotes: "the letter obtained by X reads" is never X\'s', () => {
    const text = 'The letter obtained by the Daily Post reads: "We will close the plant in May."';
    expect(said(text)).toEqual(['null: We will close the plant in May.']);
  });
});

describe('surnames shared by two people', () => {
  it('quotes: the one who spoke, not the one mentioned after him in the same paragraph', () => {
    const text = [
      'In Dalton, army spokesman Park Ho-jin said a test will come before the birthday of the late founder Park Sun Ok.',
      '"Nobody knows when it will come," said Park.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Park Ho-jin: Nobody knows when it will come,']);
  });

  it('quotes: a relative who only "spoke with" him does not take his surname', () => {
    const text = [
      'The last time Ben Ross spoke with his son, Carl Ross was sailing off the coast.',
      '"I was grateful to the crew," Ross told reporters.',
    ].join('\n\n');
    expect(said(text)).toEqual(['Carl Ross: I was grateful to the crew,']);
  });
});

describe('blogs named with their owner', () => {
  it('quotes: "Tallboy\'s Diary says" is the blog, not the word "Diary"', () => {
    const text = [
      'Bloggers reacted to the speech.',
      'As the minister spoke, Tallboy\'s Diary says: "This is the same man who tried to silence the press."',
    ].join('\n\n');
    expect(said(text)).toEqual(["Tallboy's Diary: This is the same man who tried to silence the press."]);
  });

  it('quotes: "Oxfam\'s Ann Lee said" is still the person', () => {
    expect(said('"Prices will rise," Oxfam\'s Ann Lee said.')).toEqual(['Ann Lee: Prices will rise,']);
  });
});

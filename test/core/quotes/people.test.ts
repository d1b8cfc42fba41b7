// People with their organisations, several speakers in a row, and unnamed roles kept as written:
// issue 17 classes on small texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: people, organisations and roles', () => {
  it('quotes: "Oxfam\'s Max Lawson said" gives the person, not the organisation', () => {
    expect(said('Oxfam\'s Max Lawson said: "The rich got richer this year."')).toEqual([
      'Max Lawson: The rich got richer this year.',
    ]);
  });

  it('quotes: "said Max Lawson, of Oxfam" and "said Max Lawson from Oxfam" give the person', () => {
    expect(said('"The rich got richer," said Max Lawson, of Oxfam.')).toEqual([
      'Max Lawson: The rich got richer,',
    ]);
    expect(said('"The rich got richer," said Max Lawson from Oxfam.')).toEqual([
      'Max Lawson: The rich got richer,',
    ]);
  });

  it('quotes: two speakers in one paragraph each keep their own verb', () => {
    const text =
      '"We will appeal the ruling," said Ana Ruiz. "The fight goes on," added her lawyer, Tom Park.';
    expect(said(text)).toEqual(['Ana Ruiz: We will appeal the ruling,', 'Tom Park: The fight goes on,']);
  });

  it('quotes: "he said" after "Tom Reed followed her" is Tom Reed, not the woman before', () => {
    const text = [
      'Ana Ruiz spoke first. "We will appeal," she said.',
      'Tom Reed followed her. "The case is strong," he said. "We expect to win."',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Ana Ruiz: We will appeal,',
      'Tom Reed: The case is strong,',
      'Tom Reed: We expect to win.',
    ]);
  });

  it('quotes: "a spokesman for the prime minister" is kept as written, not given the minister\'s name', () => {
    const text = [
      'Prime Minister Jane Holt visited the site on Monday.',
      '"The minister will not comment on leaks," a spokesman for the prime minister said.',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'a spokesman for the prime minister: The minister will not comment on leaks,',
    ]);
  });

  it('quotes: "the company said" names the company; unnamed officials are nobody', () => {
    expect(said('"Service will be back by noon," the company said.')).toEqual([
      'the company: Service will be back by noon,',
    ]);
    expect(said('Jane Holt met the board.\n\n"Prices will rise," officials said.')).toEqual([
      'null: Prices will rise,',
    ]);
  });

  it('quotes: an app is not a speaker, and a nickname is not a quotation', () => {
    expect(said('The new phone app reads: "Your data is safe with us."')).toEqual([
      'null: Your data is safe with us.',
    ]);
    expect(said('The robot, nicknamed "The Little Sunfish," is very small.')).toEqual([]);
  });

  it("quotes: a middle initial keeps its full stop in the speaker's name", () => {
    expect(said('"We have a privilege," said Jose A. Almodovar, a student.')).toEqual([
      'Jose A. Almodovar: We have a privilege,',
    ]);
  });

  it('quotes: "Ann Lee of the northern Dale province wrote" gives the person, not the place', () => {
    expect(
      said('"Help came at last," Ann Lee of the northern Dale province wrote on a message app.'),
    ).toEqual(['Ann Lee: Help came at last,']);
  });

  it('quotes: a group named by who they are ("Labour MPs", "EU officials") is kept as written', () => {
    expect(said('Dale administration officials said in a statement that "the plan is over."')).toEqual([
      'Dale administration officials: the plan is over.',
    ]);
    expect(said('British and EU officials say they are "stuck" after talks.')).toEqual([
      'British and EU officials: stuck',
    ]);
    expect(said('Many officials said "the plan is over."')).toEqual(['null: the plan is over.']);
  });

  it('quotes: a quoted nickname inside a name is left out of it, and "she" finds the person', () => {
    const text = [
      'College head Nora “Nell” Vance sent an email to staff.',
      '“I hope the talks succeed,” she wrote. “If not, we will act.”',
    ].join('\n\n');
    expect(said(text)).toEqual(['Nora Vance: I hope the talks succeed,', 'Nora Vance: If not, we will act.']);
  });

  it('quotes: quotes after one given to someone unnamed stay unnamed, in its paragraph and the next', () => {
    const text = [
      'Tom Park won the race on Sunday. "It was a great day," he said.',
      'Floods hit the north. "The water came fast," a farmer said. "We lost the barn and the sheep."',
      '"We lost everything we had, the house and the car."',
    ].join('\n\n');
    expect(said(text)).toEqual([
      'Tom Park: It was a great day,',
      'null: The water came fast,',
      'null: We lost the barn and the sheep.',
      'null: We lost everything we had, the house and the car.',
    ]);
  });

  it('quotes: "his wife Ann says ... she said" is Ann, a person named by one word, not her husband', () => {
    const text =
      'Mark Stone farms in Ohio. His wife Ann says the harvest was poor. "It was our worst year," she said.';
    expect(said(text)).toEqual(['Ann: It was our worst year,']);
  });

  it('quotes: a new sentence after an attribution has its own subject ("said Ann Lee. Tom Park was less happy:")', () => {
    expect(said('“We won,” said Ann Lee. Tom Park was less happy: “We lost the vote.”')).toEqual([
      'Ann Lee: We won,',
      'Tom Park: We lost the vote.',
    ]);
  });

  it('quotes: a quote after a sentence about someone unnamed ("Her rival was less happy.") is not the last speaker\'s', () => {
    expect(
      said('“We won,” said Ann Lee. Her rival was less happy. “We lost the vote and we will not forget it.”'),
    ).toEqual(['Ann Lee: We won,', 'null: We lost the vote and we will not forget it.']);
  });

  it('quotes: "they said in a joint statement" is given to no single person', () => {
    expect(said('Ann Lee and Tom Park met. “The deal is fair,” they said in a joint statement.')).toEqual([
      'null: The deal is fair,',
    ]);
  });

  it('quotes: a question followed by "Tom Park asked the minister." is his', () => {
    expect(said('"Why did you do it?" Tom Park asked the minister.')).toEqual([
      'Tom Park: Why did you do it?',
    ]);
  });

  it('quotes: "he said" after "Ann Lee and her husband, Tom Lee," is the husband, whose gender the text gives', () => {
    expect(said('Ann Lee and her husband, Tom Lee, met reporters. "We are happy," he said.')).toEqual([
      'Tom Lee: We are happy,',
    ]);
  });
});

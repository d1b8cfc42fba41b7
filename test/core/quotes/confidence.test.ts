// Attribution classes of issue 17 on small texts written for the test, with the confidence each gets.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze.ts';
import { SHOW_SPEAKER_FROM, shownSpeaker } from '../../../src/core/quotes/confidence.ts';
import { extractQuotes } from '../../../src/core/quotes.ts';
import { article, said } from './helpers.ts';

describe('quote attribution confidence', () => {
  it('quotes: a post "of" a country before the name gives the person, not the country', () => {
    const text =
      'The prime minister of Norway, Kari Nordmann, has stated that "the budget will balance next year."';
    expect(said(text)).toEqual(['Kari Nordmann: the budget will balance next year.']);
  });

  it('quotes: a quote after one named for its speaker in the same paragraph is shown for them', () => {
    const text =
      '"We trained every morning," said Ana Lopes. "The club paid for the bus. The rest we found ourselves."';
    const quotes = extractQuotes(article(text));
    expect(quotes.map((q) => q.speaker)).toEqual(['Ana Lopes', 'Ana Lopes']);
    expect(quotes.every((q) => (q.confidence ?? 0) >= SHOW_SPEAKER_FROM)).toBe(true);
  });

  it('quotes: "he said" for a man last named paragraphs back is shown as unattributed in chat', () => {
    const text = [
      'Sam Hill spoke at a dinner for Tom Reyes, who coached the side for ten years.',
      'The club grew under the coach. It won three titles.',
      'The stands were rebuilt in stone.',
      'He said: "Always learn from others."',
    ].join('\n\n');
    const [quote] = extractQuotes(article(text));
    expect(quote?.confidence ?? 1).toBeLessThan(SHOW_SPEAKER_FROM);
    expect(quote && shownSpeaker(quote)).toBeNull();
    const analyzed = analyzeArticle(article(text), 'v1');
    expect(analyzed.quotes[0]?.speaker).toBeNull();
    expect(analyzed.speakers).toEqual([]);
  });

  it('quotes: "he said" for a man named in the paragraph before keeps him, with confidence', () => {
    const text = ['Steve Roush runs the programme.', '"It is a fever," he said.'].join('\n\n');
    const [quote] = extractQuotes(article(text));
    expect(quote?.speaker).toBe('Steve Roush');
    expect(quote?.confidence ?? 0).toBeGreaterThanOrEqual(SHOW_SPEAKER_FROM);
  });

  it('quotes: a quote nobody can be named for carries no confidence', () => {
    const [quote] = extractQuotes(
      article('The sign on the gate read: "Trespassers will be reported to the council."'),
    );
    expect(quote?.speaker).toBeNull();
    expect(quote?.confidence).toBeUndefined();
  });

  it("quotes: a role the article never ties to a person is not given that person's name in chat", () => {
    const text = [
      'Mary Stone and Paul Webb met voters in Leeds on Sunday. Webb spoke about schools.',
      'The candidate defended the plan by saying "Every child deserves a good school."',
    ].join('\n\n');
    const analyzed = analyzeArticle(article(text), 'v1');
    expect(analyzed.quotes[0]?.speaker).toBeNull();
  });

  it('quotes: a role the article ties to a person ("Paul Webb, the candidate") keeps the name', () => {
    const text = [
      'Paul Webb, the Green candidate, met voters in Leeds on Sunday.',
      'The candidate defended the plan by saying "Every child deserves a good school."',
    ].join('\n\n');
    const analyzed = analyzeArticle(article(text), 'v1');
    expect(analyzed.quotes[0]?.speaker).toBe('Paul Webb');
  });

  it('quotes: "wrote the student newspaper, The State Press" gives the paper\'s name', () => {
    const text = '"Masks sold out by noon," wrote the student newspaper, The State Press.';
    expect(said(text)).toEqual(['State Press: Masks sold out by noon,']);
  });

  it('quotes: a place after a preposition is not the subject who speaks', () => {
    const text = 'Students about to start school in the U.S. asked themselves: "What just happened?"';
    expect(said(text)).toEqual(['null: What just happened?']);
  });

  it('quotes: a second quote of a sentence is no surer than the first one it takes its speaker from', () => {
    const text = [
      'The city spokesman, Leo Cruz, said Mr Diaz was tough. He said nobody could stop Diaz.',
      'The new governor said he would be "tireless" in his "long" fight against graft.',
    ].join('\n\n');
    const quotes = extractQuotes(article(text));
    expect(quotes.map((q) => q.text)).toEqual(['tireless', 'long']);
    expect(quotes[1]?.confidence ?? 0).toBeLessThanOrEqual(quotes[0]?.confidence ?? 1);
    expect(quotes.map((q) => shownSpeaker(q))).toEqual([null, null]);
  });

  it('quotes: "..., saying" after a subject the reader cannot name is not given the last speaker', () => {
    const text = [
      'The river rose two metres. "It was the worst in years," said Ann Lee of the flood centre.',
      'The head of news for the Dale county radio station, who saw the flood, spoke to the BBC about it, saying "The water rose in minutes."',
    ].join('\n\n');
    const quotes = extractQuotes(article(text));
    expect(quotes.map((q) => shownSpeaker(q))).toEqual(['Ann Lee', null]);
  });

  it('quotes: a bare quote paragraph after a paragraph without the last speaker is not shown for them', () => {
    const text = [
      'Tom Park won the race on Sunday. "It was a great day," he said.',
      'Floods hit the north on Monday, killing three people and cutting the main road.',
      '"The water came fast and we lost everything we had."',
    ].join('\n\n');
    const quotes = extractQuotes(article(text));
    expect(quotes.map((q) => q.speaker)).toEqual(['Tom Park', 'Tom Park']);
    expect(shownSpeaker(quotes[1] ?? { speaker: null })).toBeNull();
  });

  it('quotes: "A tweet from the president on Friday said" is not given to the last speaker for sure', () => {
    const text = [
      'Ann Lee testified on Thursday. Tom Park, the nominee, denied her claims.',
      'A tweet from the president on Friday said the hearing was "a total disgrace to the nation".',
    ].join('\n\n');
    const quotes = extractQuotes(article(text));
    expect(quotes.map((q) => shownSpeaker(q))).toEqual([null]);
  });
});

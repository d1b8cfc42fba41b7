// Autocomplete for /summit ask: example questions from section headings and speakers, filtered
// by what has been typed, within Discord's limits.
import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../../src/content/parse.ts';
import type { AnalyzedArticle } from '../../../src/core/article.ts';
import { exampleQuestions, questionCompleter } from '../../../src/core/ask/index.ts';
import type { CoreContext } from '../../../src/core/context.ts';
import type { CompletionRequest } from '../../../src/core/request.ts';
import { memoryLibrary } from '../../helpers/memory-library.ts';
import { tramArticle } from './fixture.ts';

function contextWith(a: AnalyzedArticle): CoreContext {
  return { library: memoryLibrary([a]), now: () => new Date('2026-11-28T09:00:00Z') };
}

function typing(value: string): CompletionRequest {
  return { command: 'ask', option: 'question', value, options: {} };
}

describe('questionCompleter', () => {
  it('ask: suggests one question per headed section, then one per speaker', () => {
    expect(exampleQuestions(tramArticle())).toEqual([
      'What about costs and funding?',
      'What about route and timetable?',
      'What did Helen Okafor say?',
      'What did Tomas Brandt say?',
    ]);
  });

  it('ask: keeps names capitalised as the article writes them, lowercases the rest', () => {
    const article = buildArticle({ slug: 'x', title: 'X' }, [
      {
        heading: null,
        paragraphs: ['Officials in Larkford met the EU delegation. The talks with the U.S. side were long.'],
      },
      { heading: 'Larkford Talks With The U.S. And EU', paragraphs: ['The talks ended late.'] },
    ]);
    const a = { ...tramArticle(), article, speakers: [] };
    expect(exampleQuestions(a)).toEqual(['What about Larkford talks with the U.S. and EU?']);
  });

  it('ask: filters suggestions by the start of each typed word', async () => {
    const ctx = contextWith(tramArticle());
    expect((await questionCompleter(typing('fund'), ctx)).map((c) => c.value)).toEqual([
      'What about costs and funding?',
    ]);
    expect((await questionCompleter(typing('what did tom'), ctx)).map((c) => c.value)).toEqual([
      'What did Tomas Brandt say?',
    ]);
    expect(await questionCompleter(typing('zebra'), ctx)).toEqual([]);
  });

  it('ask: never offers more than 25 choices, each at most 100 characters', async () => {
    const long = 'Very Long Heading About Many Things '.repeat(5);
    const blocks = [
      { heading: null, paragraphs: ['A first sentence of the lead.'] },
      ...Array.from({ length: 40 }, (_, i) => ({
        heading: `${long} ${i}`,
        paragraphs: [`Paragraph ${i} text.`],
      })),
    ];
    const article = buildArticle({ slug: 'many', title: 'Many' }, blocks);
    const a = { ...tramArticle(), article };
    const choices = await questionCompleter(typing(''), contextWith(a));
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      expect(c.name.endsWith('…')).toBe(true);
    }
  });

  it('ask: offers nothing when there is no article', async () => {
    const ctx: CoreContext = { library: memoryLibrary([]), now: () => new Date() };
    expect(await questionCompleter(typing(''), ctx)).toEqual([]);
  });
});

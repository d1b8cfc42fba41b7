// Statements and releases (issue 17): a quotation that runs on over paragraphs, names with a middle
// initial, and people who speak for an organisation, on texts written for the test.
import { describe, expect, it } from 'vitest';
import { shown } from './helpers.ts';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('a statement over several paragraphs', () => {
  it('quotes: a paragraph carried on without a new opening mark is one quotation with its speaker', () => {
    const text = p(
      'Harbour Board chair Nadia Vance issued the following statement after the strike ended.',
      '“The dockers have shown great patience this winter and we thank them for it.',
      'We will meet their union again next month to agree the new rota.”',
      'The port reopened on Monday.',
    );
    expect(shown(text)).toEqual([
      'Nadia Vance: The dockers have shown great patience this winter and we thank them for it.\n\nWe will meet their union again next month to agree the new rota.',
    ]);
  });

  it('quotes: three paragraphs, the last with its attribution, give one quotation to that speaker', () => {
    const text = p(
      'The council met on Tuesday.',
      '“We have listened to every resident.',
      'The bridge will close for six weeks.',
      'After that, traffic will flow better than before,” said Mayor Tomas Ilves.',
    );
    expect(shown(text)).toEqual([
      'Tomas Ilves: We have listened to every resident.\n\nThe bridge will close for six weeks.\n\nAfter that, traffic will flow better than before,',
    ]);
  });

  it('quotes: paragraphs that each reopen the quotation stay one quotation each', () => {
    const text = p(
      'Senator Ada Kwame made the following statement:',
      '“The budget fails our schools.',
      '“It must be rewritten before the vote.”',
    );
    expect(shown(text)).toEqual([
      'Ada Kwame: The budget fails our schools.',
      'Ada Kwame: It must be rewritten before the vote.',
    ]);
  });

  it('quotes: a closing mark opening the next paragraph ends the quotation and opens none', () => {
    const text = p(
      '“Hurry up. The inspectors are coming. Paint over the cracks',
      '”: a columnist, Ines Varga, mocks the city for its late repairs.',
    );
    expect(shown(text).map((line) => line.slice(line.indexOf(':') + 2))).toEqual([
      'Hurry up. The inspectors are coming. Paint over the cracks',
    ]);
  });
});

describe('names with a middle initial', () => {
  it('quotes: "said Ann Berg" after "Secretary of Farming Ann L. Berg" keeps the initial', () => {
    const text = p(
      'Secretary of Farming Ann L. Berg and Secretary of the Treasury Tom Hale announced a grain plan on Monday.',
      '“Our growers deserve a fair price,” said Secretary Ann Berg.',
    );
    expect(shown(text)).toEqual(['Ann L. Berg: Our growers deserve a fair price,']);
  });
});

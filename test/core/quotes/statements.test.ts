// Statements and releases (issue 17): a quotation that runs on over paragraphs, names with a middle
// initial, and people who speak for an organisation, on texts written for the test.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

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

describe('people who speak for an organisation', () => {
  it('quotes: "X, spokeswoman for Y, which ..., said" gives X, not Y', () => {
    const text =
      'Nora Kell, education spokeswoman for the Green Party, which obtained the data, said the figures were "shocking", and urged schools to act.';
    expect(shown(text)).toEqual(['Nora Kell: shocking']);
  });

  it('quotes: "X of the Y said:" gives X, not the body after "of the"', () => {
    expect(shown('Nora Kell of the Green Party said: "We are shocked by the figures."')).toEqual([
      'Nora Kell: We are shocked by the figures.',
    ]);
  });

  it('quotes: "A spokesperson said:" after "Britain\'s largest union, Y, questioned" gives "Y spokesperson"', () => {
    const text = p(
      'New figures show that 300 managers earn more than the minister.',
      'Britain\'s largest retail union, Usdaw, questioned the pay. A spokesperson said: "Nobody begrudges a fair wage."',
    );
    expect(shown(text)).toEqual(['Usdaw spokesperson: Nobody begrudges a fair wage.']);
  });

  it('quotes: "As he puts it," gives the one named before, not the sentence subject', () => {
    const text =
      'The project is led by Omar Reyes. As he puts it, the project is about "giving people a voice" in their own towns.';
    expect(shown(text)).toEqual(['Omar Reyes: giving people a voice']);
  });
});

describe('a pronoun opening its sentence', () => {
  it('quotes: "As he puts it, Open Voice is about" never gives the name that follows the pronoun', () => {
    const text =
      'A big part of the network is the Open Voices program led by Omar Reyes. As he puts it, Open Voice is about “helping people meet their needs” in their own towns.';
    const [line] = shown(text);
    expect(['Omar Reyes', 'null']).toContain(line?.slice(0, line.indexOf(':')));
  });
});

describe('short partial quotes', () => {
  it('quotes: "\u201cSplendid\u201d is how X described it" takes the one word, given to X', () => {
    const text = p(
      'Mayor Jo Penn opened the new hall on Friday.',
      '“Splendid” is how Penn described the work of the builders.',
    );
    expect(shown(text)).toEqual(['Jo Penn: Splendid']);
  });

  it('quotes: "went on to characterise it as a" and "refused to call it a" take the short quote', () => {
    const text = p(
      'Councillor Dan Mole spoke at the fair.',
      'He went on to characterise the parking scheme as a "waste of money".',
      'Mole refused to call the new bus lane a "failure".',
    );
    expect(shown(text)).toEqual(['Dan Mole: waste of money', 'Dan Mole: failure']);
  });
});

describe('publications as sources', () => {
  it('quotes: "An article in the X Journal on Tuesday said that" gives the journal', () => {
    const text =
      'A new virus is spreading in the north. An article in the Northern Medical Journal on Tuesday said that the virus is "spreading with alarming speed."';
    expect(shown(text)).toEqual(['Northern Medical Journal: spreading with alarming speed.']);
  });
});

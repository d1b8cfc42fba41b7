// Name forms (issue 17): a generational suffix after a comma, a surname written without its accents,
// a nickname a speaker gives himself inside his quote. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: name forms', () => {
  it('quotes: "Name, Jr." keeps the suffix with its stop, not "Jr" alone', () => {
    expect(said('Amos Tucker Reed, Jr. once said, “We act now?”')).toEqual([
      'Amos Tucker Reed Jr.: We act now?',
    ]);
    expect(said('"We act now," said Rep. Walter Q. Higgins Jr. at the hearing.')).toEqual([
      'Walter Q. Higgins Jr.: We act now,',
    ]);
  });

  it('quotes: a surname that is also a title ("King") before "Jr." stays the surname', () => {
    expect(said('Samuel Abel King, Jr. once said, “We act now?”')).toEqual([
      'Samuel Abel King Jr.: We act now?',
    ]);
  });

  it('quotes: a surname written without its accent resolves to the accented full name', () => {
    expect(said('Officer Ana Peña met the press. "We act now," said Pena.')).toEqual([
      'Ana Peña: We act now,',
    ]);
  });

  it('quotes: two full names whose surnames differ by accents leave the bare surname as written', () => {
    expect(said('Ana Peña and Luis Peñá met. "We act now," said Pena.')).toEqual(['Pena: We act now,']);
  });

  it('quotes: a nickname the speaker gives himself inside the quote is not his name', () => {
    expect(
      said(
        'Kofi Dash won the race.',
        '"I am Rocket Dash. Nobody is faster," Dash said.',
        '"We act now," Dash added.',
      ),
    ).toEqual(['Kofi Dash: I am Rocket Dash. Nobody is faster,', 'Kofi Dash: We act now,']);
  });

  it('quotes: a nickname in marks after a title stands for the first name and is no quotation', () => {
    expect(said('“We act now,” said House Fisheries Committee Chair “DJ” Penn.')).toEqual([
      'DJ Penn: We act now,',
    ]);
  });

  it('quotes: a nickname in marks between first name and surname is dropped and is no quotation', () => {
    expect(said('“We act now,” said Dora “DJ” Penn.')).toEqual(['Dora Penn: We act now,']);
  });

  it('quotes: a short quote standing alone is still a quote', () => {
    expect(said('“We act now,” Ann Lee said. “Done.”')).toEqual(['Ann Lee: We act now,', 'Ann Lee: Done.']);
  });
});

describe('quote speakers: the writer asking is nobody the story names', () => {
  it('quotes: "I asked him, ..." after a sentence naming a war and a person gives no speaker', () => {
    expect(
      said(
        'Ann Lee joined the Navy during the Gulf War.',
        'Later I met a pilot and finally I asked him, "Why are you here?"',
      ),
    ).toEqual(['null: Why are you here?']);
  });

  it('quotes: "We asked her:" does not give her the question', () => {
    expect(said('Ann Lee spoke first. "We act now," she said.', 'We asked her: "Why now?"')).toEqual([
      'Ann Lee: We act now,',
      'null: Why now?',
    ]);
  });
});

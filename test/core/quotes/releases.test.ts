// Generalisation pass after test8 (issue 17): news forms the evaluation set has not had, each a short
// text written for the test with its speakers written down before the code was run on it. Checked as
// chat shows them: the right speaker, or none (unattributed), never a wrong one.
import { describe, expect, it } from 'vitest';
import { p, shown } from './helpers.ts';

/** Speakers as chat shows them, in order (null when shown unattributed). */
const speakers = (text: string) => shown(text).map((line) => line.slice(0, line.indexOf(':')));

describe('government releases: several ministers, "Minister X said:"', () => {
  it('quotes: each minister introduced by "X said:" in a paragraph of its own speaks the next quote', () => {
    const text = p(
      'The government has announced £20 million for rural bus routes.',
      'Transport Secretary Mark Hollis said:',
      '“Buses are a lifeline for villages across the country.”',
      'Rural Affairs Minister Joanna Pike said:',
      '“This money will keep routes running where families need them most.”',
    );
    expect(speakers(text)).toEqual(['Mark Hollis', 'Joanna Pike']);
  });

  it('quotes: "Minister for Skills X said:" in the same paragraph', () => {
    expect(
      speakers('Minister for Skills Priya Lal said: “Every young person deserves a good start.”'),
    ).toEqual(['Priya Lal']);
  });

  it('quotes: "The Prime Minister said:" after the prime minister is named', () => {
    const text = p(
      'Prime Minister Alan Reece visited a bakery in Hull on Monday.',
      'The Prime Minister said:',
      '“Our plan for growth is working.”',
    );
    expect(speakers(text)).toEqual(['Alan Reece']);
  });

  it('quotes: two secretaries named together, then "Mr X said" and "Ms Y added"', () => {
    const text = p(
      'Health Secretary Tom Ruiz and Education Secretary Amy Cole visited the school on Friday.',
      '“Children need healthy meals,” Mr Ruiz said.',
      '“And teachers need our support,” Ms Cole added.',
    );
    expect(speakers(text)).toEqual(['Tom Ruiz', 'Amy Cole']);
  });

  it('quotes: "the minister added" after the minister is named', () => {
    const text = p(
      'Farming Minister Ruth Ives opened the spring show in Exeter.',
      '“Our lamb is the best in the world,” the minister added.',
    );
    expect(speakers(text)).toEqual(['Ruth Ives']);
  });

  it('quotes: "A Department for X spokesperson said:" keeps the role, never a person', () => {
    const text = p(
      'Schools Minister Priya Lal visited a school in Derby.',
      'A Department for Education spokesperson said: “Schools will receive the money in April.”',
    );
    expect(speakers(text)).toEqual(['Department for Education spokesperson']);
  });
});

describe('Kremlin-style meeting reports', () => {
  it('quotes: "The President said:" then a governor labelled by name', () => {
    const text = p(
      'President Pavel Demin held a meeting with Governor Ivan Sorokin of the Vetluga Region.',
      'The President said: “The bridge must be finished this year.”',
      'Ivan Sorokin: “We will finish it by October.”',
    );
    expect(speakers(text)).toEqual(['Pavel Demin', 'Ivan Sorokin']);
  });

  it('quotes: "X, the Kremlin spokesman, told reporters:"', () => {
    expect(
      speakers('Dmitry Orlov, the Kremlin spokesman, told reporters: “There are no plans for a meeting.”'),
    ).toEqual(['Dmitry Orlov']);
  });
});

describe('European Commission releases', () => {
  it('quotes: "Commissioner for Energy X said:" and later "said Commissioner X"', () => {
    const text = p(
      'Commissioner for Energy Maria Lund said: “Europe must cut its gas use by a fifth.”',
      '“This agreement protects our farmers too,” said Commissioner Lund.',
    );
    expect(speakers(text)).toEqual(['Maria Lund', 'Maria Lund']);
  });

  it('quotes: "Executive Vice-President X said:"', () => {
    expect(speakers('Executive Vice-President Jan de Wit said: “The rules will apply from June.”')).toEqual([
      'Jan de Wit',
    ]);
  });

  it('quotes: "President of the European Commission X said:"', () => {
    expect(
      speakers('President of the European Commission Ana Sorel said: “Today we keep our promise.”'),
    ).toEqual(['Ana Sorel']);
  });
});

describe('New Zealand ministerial releases', () => {
  it('quotes: "Ms X said" after "Conservation Minister X has welcomed"', () => {
    const text = p(
      'Conservation Minister Kiri Walker has welcomed the return of the kākā to the valley.',
      '“This is a great day for our native birds,” Ms Walker said.',
    );
    expect(speakers(text)).toEqual(['Kiri Walker']);
  });

  it('quotes: "Associate Health Minister X said ..." then "Mr X said"', () => {
    const text = p(
      'Associate Health Minister Tane Rau said the funding would reach 40 clinics.',
      '“Rural clinics have waited too long,” Mr Rau said.',
    );
    expect(speakers(text)).toEqual(['Tane Rau']);
  });

  it('quotes: two ministers announce, then one surname speaks', () => {
    const text = p(
      'Prime Minister Jacinta Hale and Finance Minister Grant Ross announced the budget on Thursday.',
      '“This is a budget for families,” Hale said.',
    );
    expect(speakers(text)).toEqual(['Jacinta Hale']);
  });
});

describe('questions and answers', () => {
  it('quotes: "Asked whether ..., X said:"', () => {
    expect(
      speakers('Asked whether the plant would close, Rita Boyle said: “Not while I am chief executive.”'),
    ).toEqual(['Rita Boyle']);
  });

  it('quotes: "When asked about ..., the minister, X, replied:"', () => {
    expect(
      speakers(
        'When asked about the strike, the labour minister, Carl Obi, replied: “We will keep talking.”',
      ),
    ).toEqual(['Carl Obi']);
  });
});

describe('statements over paragraphs and introductions', () => {
  it('quotes: "In a statement, the mayor, X, said:" and two reopened paragraphs', () => {
    const text = p(
      'In a statement, the mayor, Lena Hart, said:',
      '“We mourn with the families.',
      '“The city will help them rebuild.”',
    );
    expect(speakers(text)).toEqual(['Lena Hart', 'Lena Hart']);
  });

  it('quotes: "In a statement, Company said:" gives the company', () => {
    expect(speakers('In a statement, Harbour Holdings said: “We regret the delay.”')).toEqual([
      'Harbour Holdings',
    ]);
  });

  it('quotes: "In a statement, the company\'s chief executive, X, said:"', () => {
    expect(
      speakers(
        'In a statement, the company’s chief executive, Nina Ford, said: “We will repay every customer.”',
      ),
    ).toEqual(['Nina Ford']);
  });

  it('quotes: a quote after a colon that closes "a response from X"', () => {
    expect(
      speakers('The verdict drew a swift response from the defence lawyer, Owen Pratt: “We will appeal.”'),
    ).toEqual(['Owen Pratt']);
  });

  it('quotes: "One resident put it simply:" is someone unnamed', () => {
    const text = p(
      'Mayor Lena Hart toured the flooded street.',
      'One resident put it simply: “We are tired.”',
    );
    expect(speakers(text)).toEqual(['null']);
  });

  it('quotes: "X and Y said in a joint statement:" gives both, or nobody, never one of them', () => {
    const text =
      'Senators Ann Roe and Bill Tate said in a joint statement: “The agency must answer our questions.”';
    expect(['Ann Roe and Bill Tate', 'null']).toContain(speakers(text)[0]);
  });
});

describe('wire copy', () => {
  it('quotes: "said Dr X, chief economist at Y" gives X', () => {
    expect(speakers('“Prices will fall next year,” said Dr Sam Odu, chief economist at Norbank.')).toEqual([
      'Sam Odu',
    ]);
  });

  it('quotes: "she said" after a person described by age', () => {
    const text = p(
      'Protester Mia Lang, 34, has camped outside the court for a week.',
      '“We are not leaving,” she said, standing by the gates.',
    );
    expect(speakers(text)).toEqual(['Mia Lang']);
  });

  it('quotes: a release that names a scheme in marks takes no quote', () => {
    const text =
      'The scheme, known as “Bus Back Better”, will run until 2027. Ministers called the funding a fresh start for rural towns.';
    expect(speakers(text)).toEqual([]);
  });
});

describe('more release and meeting forms (second round)', () => {
  it('quotes: "Chancellor X said:" and "Hon X said:"', () => {
    expect(speakers('Chancellor Owen Marsh said: “Growth is returning to every region.”')).toEqual([
      'Owen Marsh',
    ]);
    expect(speakers('Hon Kiri Walker said: “The valley is safe for the kākā again.”')).toEqual([
      'Kiri Walker',
    ]);
  });

  it('quotes: "The head of state noted:" after the president is named', () => {
    const text = p(
      'President Pavel Demin met students in Kazan.',
      'The head of state noted: “Science is our priority.”',
    );
    expect(['Pavel Demin', 'null']).toContain(speakers(text)[0]);
  });

  it('quotes: "said X, Commissioner for Energy" gives X', () => {
    expect(
      speakers('“Today is a good day for consumers,” said Maria Lund, Commissioner for Energy.'),
    ).toEqual(['Maria Lund']);
  });

  it('quotes: "Farmers were blunt:" is an unnamed group', () => {
    const text = p(
      'Minister Ruth Ives visited the valley.',
      'Farmers were blunt: “We cannot survive another year like this.”',
    );
    expect(speakers(text)).toEqual(['null']);
  });

  it('quotes: "X said in a statement:" then one quotation over two paragraphs', () => {
    const text = p(
      'Chief Constable Ian Frost said in a statement:',
      '“Our thoughts are with the family.',
      'Officers will stay in the area this week.”',
    );
    expect(shown(text)).toEqual([
      'Ian Frost: Our thoughts are with the family.\n\nOfficers will stay in the area this week.',
    ]);
  });

  it('quotes: two speakers in one paragraph, "replied her rival, X"', () => {
    expect(speakers('“We won,” said Ann Kerr. “They cheated,” replied her rival, Tom Bain.')).toEqual([
      'Ann Kerr',
      'Tom Bain',
    ]);
  });

  it('quotes: "Speaking to reporters, Ms X said:" after "Commissioner X Y"', () => {
    const text = p(
      'Commissioner Maria Lund arrived in Oslo on Monday.',
      'Speaking to reporters, Ms Lund said: “We want a deal by June.”',
    );
    expect(speakers(text)).toEqual(['Maria Lund']);
  });
});

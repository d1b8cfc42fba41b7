// Classes of attribution error first seen on test14 (issue 17): titles of legislatures and faiths left on a
// name, and initials written with a one-dot leader. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: legislative and religious titles are no part of a name', () => {
  it('quotes: a chamber member\'s title ("Assemblywoman", "Delegate", "Alderman") is dropped', () => {
    expect(said('Assemblywoman Ann Lee said the bill "is long overdue".')).toEqual([
      'Ann Lee: is long overdue',
    ]);
    expect(said('Alderman Tom Park said the road "must be fixed".')).toEqual(['Tom Park: must be fixed']);
    expect(said('Councilmember Rosa Dale said it was "a fair deal".')).toEqual(['Rosa Dale: a fair deal']);
  });

  it('quotes: a religious title or honorific ("Swami", "Maulana", "Monsignor") is dropped', () => {
    expect(said('The rally was led by union president Swami Ravindra, who said "we will fast".')).toEqual([
      'Ravindra: we will fast',
    ]);
    expect(said('Maulana Idris Khan said the decision "is unjust".')).toEqual(['Idris Khan: is unjust']);
    expect(said('Monsignor Paul Vey said the parish "will rebuild".')).toEqual(['Paul Vey: will rebuild']);
  });
});

describe('quote speakers: an initial keeps its stop as written', () => {
  it('quotes: "Ann B., a nurse" keeps the full stop before a comma', () => {
    expect(said('Ann B., a nurse, said she "will not go back".')).toEqual(['Ann B.: will not go back']);
  });

  it('quotes: an initial written with a one-dot leader (U+2024) is kept and read like a full stop', () => {
    expect(
      said(
        'We wrote to Ivan K\u2024, one of the authors, but Ivan said he "has no comment". Later he posted again. He said, "We will see."',
      ),
    ).toEqual(['Ivan K\u2024: has no comment', 'Ivan K\u2024: We will see.']);
  });
});

describe("quote speakers: an envoy's post names where they are sent", () => {
  it('quotes: "Ambassador to the Dale Isles Ann Lee wrote" names Ann Lee, not the isles', () => {
    expect(
      said('Former Ambassador to the Dale Isles Ann Lee wrote on Twitter, "We must stand by them."'),
    ).toEqual(['Ann Lee: We must stand by them.']);
  });

  it('quotes: "the delegate to the House of Dales, Ann Lee, told" names the delegate after the comma', () => {
    expect(
      said('The island\'s delegate to the House of Dales, Ann Lee, told the press: "We will vote on it."'),
    ).toEqual(['Ann Lee: We will vote on it.']);
  });
});

describe('quote speakers: a title ending in an "of" phrase', () => {
  it('quotes: "Guest of Honour Ann Lee", "Chief of Staff Tom Park": the phrase\'s last word is no name', () => {
    expect(said('Guest of Honour Ann Lee said the show "was a delight".')).toEqual([
      'Ann Lee: was a delight',
    ]);
    expect(said('Chief of Staff Tom Park said the plan "is on track".')).toEqual(['Tom Park: is on track']);
  });
});

describe('quote speakers: a body named with its place', () => {
  it('quotes: "The government of Dale Island said" keeps the place in the body\'s name', () => {
    expect(said('The government of Dale Island said it "will not yield to the court".')).toEqual([
      'The government of Dale Island: will not yield to the court',
    ]);
  });
});

describe('quote speakers: a body after a preposition is its own phrase', () => {
  it('quotes: "According to a statement released by Ann Lee\'s office" names the office', () => {
    expect(
      said(
        'According to a statement released by Ann Lee\'s office, "ending the threat from the rebels" is an aim.',
      ),
    ).toEqual(["Ann Lee's office: ending the threat from the rebels"]);
  });
});

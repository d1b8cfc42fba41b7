// A title given as the speaker stands for the person the article gives that title to (issue 17):
// "the Provost said" after "Provost and Minister for Roads, Ann Lee TD," is Ann Lee's. With no holder
// named, or two, the title is kept as written. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

/** The speakers found for each text, in order. */
function speakers(text: string): (string | null)[] {
  return said(text).map((line) => {
    const name = line.slice(0, line.indexOf(': '));
    return name === 'null' ? null : name;
  });
}

describe('quote speakers: a title used as the speaker is the person who holds it', () => {
  it('quotes: "the Provost said" after "Provost and Minister for Roads, Name TD," is that person', () => {
    expect(
      speakers(
        'Provost and Minister for Roads and Minister for Ports, Orla Fenwick TD, will travel to Paris. ' +
          'On the roads, the Provost said: "We act now."',
      ),
    ).toEqual(['Orla Fenwick']);
  });

  it('quotes: an unknown title word written with "the" is tied the same way', () => {
    expect(
      speakers(
        'Ceann Comhairle and Minister for Roads, Orla Fenwick TD, met the board. The Ceann Comhairle said: "We act now."',
      ),
    ).toEqual(['Orla Fenwick']);
  });

  it('quotes: "Commanding Officer, Cmdr. Name" gives both of his quotes to him, not the title', () => {
    expect(speakers('"This is new," said Commanding Officer, Cmdr. Tobias Renner. "We act now."')).toEqual([
      'Tobias Renner',
      'Tobias Renner',
    ]);
  });

  it('quotes: "Coordinator for Place Name" is the person after the place', () => {
    expect(
      speakers('"We act now," said Regional Flood Recovery Coordinator for Lower Ostmark Ines B. Rennick.'),
    ).toEqual(['Ines B. Rennick']);
  });

  it('quotes: a list of people is not a title and its holders', () => {
    expect(speakers('"We act now," said Orla Fenwick, Tobias Renner and Ines Rennick.')[0]).toBe(
      'Orla Fenwick',
    );
  });

  it('quotes: a title given to two people stays the title', () => {
    const text =
      'Provost, Orla Fenwick, met Provost, Tobias Renner, in Cork. "We act now," the Provost said.';
    expect(speakers(text)[0]).not.toBe('Orla Fenwick');
    expect(speakers(text)[0]).not.toBe('Tobias Renner');
  });
});

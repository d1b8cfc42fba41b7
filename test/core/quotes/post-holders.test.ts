// A post or body written as the grammatical speaker while the person holding it is named with it
// (issue 17): the person speaks. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: the holder named with a post or body speaks', () => {
  it('quotes: "said House X Subcommittee on A, B, and C Chair Name" gives the chair', () => {
    expect(
      said('"We act now," said House Fisheries Subcommittee on Ports, Rivers, and Lakes Chair Dora Penn.'),
    ).toEqual(['Dora Penn: We act now,']);
  });

  it('quotes: "said Senate X Subcommittee on A, B and C Member Name" gives the member', () => {
    expect(
      said('"We act now," said Senate Energy Subcommittee on Mines, Oil and Metals Member Hal Osgood.'),
    ).toEqual(['Hal Osgood: We act now,']);
  });

  it('quotes: "Committee Chairman, the Rt Hon Name MP, said" gives the chairman', () => {
    expect(
      said('Commenting on the report, Committee Chairman, the Rt Hon Neil Barford MP, said: "We act now."'),
    ).toEqual(['Neil Barford: We act now.']);
  });

  it('quotes: "the Board\'s chair, the Hon Name, said" gives the chair', () => {
    expect(said('Board Chair, the Hon Lena Frey, said: "We act now."')).toEqual(['Lena Frey: We act now.']);
  });

  it('quotes: a subcommittee on its own still speaks as a body', () => {
    expect(said('"We act now," said the Fisheries Subcommittee in a statement.')).toEqual([
      'Fisheries Subcommittee: We act now,',
    ]);
  });

  it('quotes: "the" before a plain noun phrase after a post is no styled name', () => {
    expect(said('Ann Lee, the chair, said: "We act now."')).toEqual(['Ann Lee: We act now.']);
  });

  it('quotes: "Commissioner Name, responsible for the Single Market said" gives the commissioner', () => {
    expect(said('Commissioner Ivo Voss, responsible for the Single Market said: “We act now.”')).toEqual([
      'Ivo Voss: We act now.',
    ]);
  });

  it('quotes: a remit listed after "who holds responsibility for" is no speaker; the holder is', () => {
    expect(
      said(
        'Minister of State Ada Quill, who holds special responsibility for Further Learning, Trades, and Green Skills said: “We act now.”',
      ),
    ).toEqual(['Ada Quill: We act now.']);
  });

  it('quotes: "X met the head of Y, who said" still gives what the relative clause stands for', () => {
    expect(said('Ada Quill met the head of Green Skills, who said: “We act now.”')).not.toEqual([
      'Ada Quill: We act now.',
    ]);
  });

  it('quotes: "by Name, a spokesperson for the X in Y, who told" gives the person, not the place', () => {
    expect(
      said(
        'The official reacted to comments by Ari Tamm, a spokesperson for the Dalmatian Embassy in Oslo, who told the paper, "We act now."',
      ),
    ).toEqual(['Ari Tamm: We act now.']);
  });

  it('quotes: "met Name, the mayor of Y, who said" gives the person met', () => {
    expect(said('Ann Lee met Tom Hale, the mayor of Oslo, who said: "We act now."')).toEqual([
      'Tom Hale: We act now.',
    ]);
  });
});

// Classes of attribution error seen on the fresh parts (issue 17): a body named for what it works on
// ("Project on Dale Oversight") cut at "on" and shown as its first word. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: a body named with "on" keeps its whole name', () => {
  it('quotes: "Project on ..." and "Commission on ... and ..." are one name', () => {
    expect(
      said('The activist group the Project on Dale Oversight has called it "a clear case of favour."'),
    ).toEqual(['Project on Dale Oversight: a clear case of favour.']);
    expect(said('The Commission on Science and Dale Roads said "the plan is wrong."')).toEqual([
      'Commission on Science and Dale Roads: the plan is wrong.',
    ]);
  });

  it('quotes: a day after "on" is no part of the name', () => {
    expect(said('The Dale Commission on Monday said "the plan is wrong."')).toEqual([
      'Dale Commission: the plan is wrong.',
    ]);
  });
});

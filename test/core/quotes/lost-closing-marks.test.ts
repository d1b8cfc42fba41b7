// Classes of attribution error seen on the fresh parts (issue 17): a quote left open at a paragraph's end,
// after one attributed in the same paragraph, given to the new speaker the next paragraph names. Texts
// written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe('quote speakers: an open quote after a named one stays with its own paragraph', () => {
  it('quotes: the next paragraph naming someone else does not take the open quote', () => {
    expect(
      said(
        '"We open the new wing today," Tom Hale said at the event. "Work starts soon. The first beds come in May.',
        '"And that is only this year," said hospital director Ann Cole. "More will follow."',
      ),
    ).toEqual([
      'Tom Hale: We open the new wing today,',
      'Tom Hale: Work starts soon. The first beds come in May.',
      'Ann Cole: And that is only this year,',
      'Ann Cole: More will follow.',
    ]);
  });

  it('quotes: the same speaker named again keeps every part', () => {
    expect(
      said('"We open today," Tom Hale said. "Work starts soon.', '"The beds come in May," Hale added.'),
    ).toEqual(['Tom Hale: We open today,', 'Tom Hale: Work starts soon.', 'Tom Hale: The beds come in May,']);
  });
});

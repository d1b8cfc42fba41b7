// Classes of attribution error seen on the fresh parts (issue 17): "adding" after a trailing speech
// clause given to the sentence's subject (often the outlet the speaker wrote to). Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said, shown } from './helpers.ts';

describe('quote speakers: "..., he wrote, adding, ..." is the writer\'s', () => {
  it("quotes: the participle after a trailing speech clause takes that clause's speaker", () => {
    expect(
      said('Radio Dale is "growing fast in the north," Ann Lee wrote in an e-mail, adding, "thank you all."'),
    ).toEqual(['Ann Lee: growing fast in the north,', 'Ann Lee: thank you all.']);
  });

  it('quotes: after an unnamed speaker, the sentence subject is not shown for the added quote', () => {
    expect(
      shown(
        'Tom Hale runs Radio Dale in the north.',
        '"We hear good things," said one health official. Radio Dale is "growing fast," he wrote, adding, "thank you all."',
      ),
    ).not.toContain('Radio Dale: thank you all.');
  });
});

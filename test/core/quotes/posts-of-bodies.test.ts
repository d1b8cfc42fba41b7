// Classes of attribution error seen on the fresh parts (issue 17): a post, a body and a surname in one run
// ("Secretary General of the Dale Community Wagner") read as a person "Community Wagner", or as the post
// alone. Texts written for the test.
import { describe, expect, it } from 'vitest';
import { said } from './helpers.ts';

describe("quote speakers: a body's last word is no given name after a post", () => {
  it('quotes: the surname after "Post of the Body" is the person, also when written alone later', () => {
    expect(
      said(
        'The "goal is a union of states," explains Secretary General of the Dale Community Wagner.',
        '"These are anchor projects," said Wagner.',
      ),
    ).toEqual(['Wagner: goal is a union of states,', 'Wagner: These are anchor projects,']);
  });

  it('quotes: a full name after such a post keeps both its words', () => {
    expect(said('"We will sail," said Secretary General of the Dale Community Ann Lee.')).toEqual([
      'Ann Lee: We will sail,',
    ]);
  });
});

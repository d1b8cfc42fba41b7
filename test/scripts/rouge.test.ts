// Pins our ROUGE to rouge-score's rules with values worked out by hand (in the comments), and the
// stemmer to nltk's PorterStemmer on the words where Porter variants disagree.
import { describe, expect, it } from 'vitest';
import { stemLikeNltk } from '../../scripts/eval/nltk-porter.ts';
import { scoreRouge, tokenizeForRouge } from '../../scripts/eval/rouge.ts';

describe('rouge', () => {
  it('rouge: tokenizes like rouge-score (lowercase, non-alphanumerics split, stems only beyond 3 letters)', () => {
    // "runners'" -> runners -> runner; "running-shoes" -> running shoes -> run shoe; "ran" and "was"
    // have 3 letters and stay as they are (nltk alone would turn "was" into "wa"); "Café" loses its é.
    expect(tokenizeForRouge("The runners' running-shoes ran! It was a Café")).toEqual([
      'the',
      'runner',
      'run',
      'shoe',
      'ran',
      'it',
      'was',
      'a',
      'caf',
    ]);
  });

  it("rouge: stems as nltk's PorterStemmer does where the stemmer package differs", () => {
    // nltk 3.8 PorterStemmer().stem(w); the `stemmer` package gives new, us, dai, try, ski, dy.
    const words = ['news', 'used', 'days', 'trying', 'skies', 'dying', 'happily', 'generalization', 'ties'];
    expect(words.map(stemLikeNltk)).toEqual([
      'news',
      'use',
      'day',
      'tri',
      'sky',
      'die',
      'happili',
      'gener',
      'tie',
    ]);
  });

  it('rouge: scores the rouge-score README pair by hand', () => {
    // reference: the quick brown fox jump over the lazi dog   (9 tokens; jumps->jump, lazy->lazi)
    // candidate: the quick brown dog jump on the log          (8 tokens)
    // ROUGE-1: common = the x2, quick, brown, dog, jump = 6; P = 6/8, R = 6/9, F = 2PR/(P+R) = 12/17
    // ROUGE-2: common bigrams = "the quick", "quick brown" = 2; P = 2/7, R = 2/8, F = 4/15
    // ROUGE-Lsum (one line each): LCS = the quick brown jump the = 5; P = 5/8, R = 5/9, F = 10/17
    const s = scoreRouge(
      'The quick brown fox jumps over the lazy dog',
      'The quick brown dog jumps on the log.',
    );
    expect(s.rouge1.precision).toBeCloseTo(6 / 8, 10);
    expect(s.rouge1.recall).toBeCloseTo(6 / 9, 10);
    expect(s.rouge1.f1).toBeCloseTo(12 / 17, 10);
    expect(s.rouge2.f1).toBeCloseTo(4 / 15, 10);
    expect(s.rougeLsum.f1).toBeCloseTo(10 / 17, 10);
  });

  it('rouge: Lsum takes the union LCS of a reference sentence over all candidate sentences', () => {
    // reference r = a b c d e; candidates c1 = a b f g h, c2 = a c h i e (ROUGE paper 3.2).
    // LCS(r, c1) = {a, b}; LCS(r, c2) = {a, c, e}; union = a b c e = 4 hits.
    // m = 5 reference tokens, n = 10 candidate tokens: P = 4/10, R = 4/5, F = 2(.4)(.8)/1.2 = 8/15.
    const s = scoreRouge('a b c d e', 'a b f g h\na c h i e');
    expect(s.rougeLsum.precision).toBeCloseTo(0.4, 10);
    expect(s.rougeLsum.recall).toBeCloseTo(0.8, 10);
    expect(s.rougeLsum.f1).toBeCloseTo(8 / 15, 10);
  });

  it('rouge: Lsum never counts a token more often than both sides have it', () => {
    // reference lines "a b" and "a b" (a x2, b x2); candidate "a b" (a x1, b x1).
    // Line 1 hits a, b and uses up the candidate's counts; line 2 finds the same LCS but no count left.
    // hits = 2: P = 2/2, R = 2/4, F = 2/3 (without the guard P would be 4/2).
    const s = scoreRouge('a b\na b', 'a b');
    expect(s.rougeLsum.precision).toBeCloseTo(1, 10);
    expect(s.rougeLsum.recall).toBeCloseTo(0.5, 10);
    expect(s.rougeLsum.f1).toBeCloseTo(2 / 3, 10);
  });

  it('rouge: Lsum ignores sentence order while ROUGE-2 spans line breaks', () => {
    // reference "a b" / "c d", candidate "c d" / "a b": each reference line is matched whole, Lsum = 1.
    // ROUGE-2 runs over all tokens: reference a-b b-c c-d, candidate c-d d-a a-b; 2 common: F = 2/3.
    const s = scoreRouge('a b\nc d', 'c d\na b');
    expect(s.rougeLsum.f1).toBeCloseTo(1, 10);
    expect(s.rouge2.f1).toBeCloseTo(2 / 3, 10);
  });

  it('rouge: an empty candidate scores zero rather than NaN', () => {
    const s = scoreRouge('Some reference text here.', '');
    expect([s.rouge1.f1, s.rouge2.f1, s.rougeLsum.f1]).toEqual([0, 0, 0]);
  });
});

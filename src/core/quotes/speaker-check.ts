// How far to trust each attribution: a logistic model over the features of attribution-features.ts, fitted
// by scripts/eval/train-speaker-check.ts on what earlier versions of the quote finder answered on news they
// had never seen (eval/fresh/first-runs.jsonl: the matched quotes of test5 ... test15 on their first-run
// commits and every earlier one), each labelled right or wrong against the annotation. The rules' own route
// confidence is one of its inputs; the others read where the name stands, who else is named nearer and
// whether the name has the shape of a title, a body or a clipped form. See eval/fresh/RESULTS.md, "Speaker
// check".
import { type Attribution, attributionFeatureNames, attributionFeatures } from './attribution-features.ts';
import { AttributionText } from './attribution-text.ts';

type Weights = Record<(typeof attributionFeatureNames)[number], number>;

/** Fitted on every replayed first-run row (`train-speaker-check.ts --print-weights`, lambda 1). */
const weights: Weights = {
  bias: 0.382,
  'rule-sure': 0.216,
  'rule-strong': 1.334,
  'rule-middle': -0.063,
  'rule-weak': -1.487,
  'one-word': -2.232,
  'lowercase-word': -0.304,
  'body-word': -1.623,
  acronym: -2.283,
  'title-first': -1.755,
  'named-only-in-quotes': -0.492,
  'in-paragraph': 0.185,
  'same-sentence': 0.622,
  'near-80': 0.942,
  'near-300': 0.99,
  'near-1000': -0.677,
  'named-after': 0.08,
  'verb-by-name': 0.231,
  'rival-nearer': -0.327,
  'rival-speaks': 0.123,
  'affiliation-before': -1.227,
  possessive: -0.477,
  'outlet-context': -0.233,
  'in-own-quote': -1.41,
  'mentions-log': -0.088,
  'partial-quote': 0.117,
  'first-paragraph': -0.138,
  'run-longer': 0.384,
  'form-absent': -0.86,
  'rival-speaks-sentence': -0.172,
  'given-before': -0.414,
  'rest-alone': 1.232,
  'first-word-common': -1.55,
  'given-first': 0.932,
  'person-rival-nearer': -0.9,
  'person-rival-speaks': -0.407,
};

const ordered = attributionFeatureNames.map((n) => weights[n]);

/** The probability that each attribution names the right speaker, in the order given. */
export function checkAttributions(paragraphs: readonly string[], quotes: readonly Attribution[]): number[] {
  if (quotes.length === 0) return [];
  const rows = attributionFeatures(new AttributionText(paragraphs), quotes);
  return rows.map((x) => {
    let z = 0;
    for (let j = 0; j < x.length; j++) z += (ordered[j] as number) * (x[j] as number);
    return 1 / (1 + Math.exp(-z));
  });
}

// How far to trust each attribution: a logistic model over the features of attribution-features.ts, fitted
// by scripts/eval/train-speaker-check.ts on what earlier versions of the quote finder answered on news they
// had never seen (eval/fresh/first-runs.jsonl, 8,568 matched quotes of test5-test14 on their first-run
// commits and later ones), each labelled right or wrong against the annotation. The rules' own route
// confidence is one of its inputs; the others read where the name stands, who else is named nearer and
// whether the name has the shape of a title, a body or a clipped form. See eval/fresh/RESULTS.md, "Speaker
// check".
import { type Attribution, attributionFeatureNames, attributionFeatures } from './attribution-features.ts';
import { AttributionText } from './attribution-text.ts';

type Weights = Record<(typeof attributionFeatureNames)[number], number>;

/** Fitted on every replayed first-run row (`train-speaker-check.ts --print-weights`, lambda 1). */
const weights: Weights = {
  bias: 0.626,
  'rule-sure': 0.347,
  'rule-strong': 1.154,
  'rule-middle': -0.315,
  'rule-weak': -1.186,
  'one-word': -2.242,
  'lowercase-word': -0.717,
  'body-word': -2.096,
  acronym: -3.069,
  'title-first': -3.876,
  'named-only-in-quotes': -0.235,
  'in-paragraph': 0.289,
  'same-sentence': 0.359,
  'near-80': 0.73,
  'near-300': 0.764,
  'near-1000': -0.805,
  'named-after': 0.093,
  'verb-by-name': -0.221,
  'rival-nearer': -0.506,
  'rival-speaks': -0.48,
  'affiliation-before': -2.188,
  possessive: -1.271,
  'outlet-context': 1.169,
  'in-own-quote': -3.819,
  'mentions-log': 0.74,
  'partial-quote': 0.11,
  'first-paragraph': -0.778,
  'run-longer': 1.222,
  'form-absent': 2.093,
  'rival-speaks-sentence': 0.448,
  'given-before': -1.296,
  'rest-alone': -2.547,
  'first-word-common': -3.479,
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

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
  bias: 0.611,
  'rule-sure': 0.401,
  'rule-strong': 1.211,
  'rule-middle': -0.389,
  'rule-weak': -1.223,
  'one-word': -2.628,
  'lowercase-word': -0.446,
  'body-word': -2,
  acronym: -2.978,
  'title-first': -4.694,
  'named-only-in-quotes': -0.325,
  'in-paragraph': 0.324,
  'same-sentence': 0.313,
  'near-80': 0.885,
  'near-300': 0.982,
  'near-1000': -0.77,
  'named-after': 0.083,
  'verb-by-name': -0.219,
  'rival-nearer': -0.487,
  'rival-speaks': -0.225,
  'affiliation-before': -1.556,
  possessive: -0.815,
  'outlet-context': -0.204,
  'in-own-quote': -4.205,
  'mentions-log': 0.518,
  'partial-quote': 0.102,
  'first-paragraph': -1.011,
  'run-longer': 1.153,
  'form-absent': 1.639,
  'rival-speaks-sentence': 0.501,
  'given-before': -1.128,
  'rest-alone': -2.472,
  'first-word-common': -3.187,
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

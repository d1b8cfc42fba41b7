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
  bias: 0.534,
  'rule-sure': 0.28,
  'rule-strong': 1.181,
  'rule-middle': -0.024,
  'rule-weak': -1.437,
  'one-word': -2.363,
  'lowercase-word': -0.415,
  'body-word': -1.728,
  acronym: -2.923,
  'title-first': -1.8,
  'named-only-in-quotes': -0.653,
  'in-paragraph': 0.206,
  'same-sentence': 0.605,
  'near-80': 0.577,
  'near-300': 0.584,
  'near-1000': -0.927,
  'named-after': -0.002,
  'verb-by-name': 0.226,
  'rival-nearer': -0.149,
  'rival-speaks': 0.093,
  'affiliation-before': -0.988,
  possessive: -0.392,
  'outlet-context': -0.605,
  'in-own-quote': -0.95,
  'mentions-log': 0.251,
  'partial-quote': 0.009,
  'first-paragraph': -0.19,
  'run-longer': 0.3,
  'form-absent': -1.311,
  'rival-speaks-sentence': -0.235,
  'given-before': -0.271,
  'rest-alone': 1.886,
  'first-word-common': -1.382,
  'given-first': 0.867,
  'person-rival-nearer': -0.937,
  'person-rival-speaks': -0.322,
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

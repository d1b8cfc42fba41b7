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
  bias: -0.41,
  'rule-sure': 0.406,
  'rule-strong': 1.261,
  'rule-middle': -0.247,
  'rule-weak': -1.42,
  'one-word': -2.466,
  'lowercase-word': -0.397,
  'body-word': -2.04,
  acronym: -2.785,
  'title-first': -3.569,
  'named-only-in-quotes': 0.261,
  'in-paragraph': 0.361,
  'same-sentence': 0.474,
  'near-80': 1.443,
  'near-300': 1.309,
  'near-1000': -0.434,
  'named-after': -0.155,
  'verb-by-name': -0.249,
  'rival-nearer': -0.38,
  'rival-speaks': -0.112,
  'affiliation-before': -1.28,
  possessive: -0.341,
  'outlet-context': -0.398,
  'in-own-quote': -2.668,
  'mentions-log': 0.552,
  'partial-quote': 0.355,
  'first-paragraph': -1.272,
  'run-longer': 1.245,
  'form-absent': -0.927,
  'rival-speaks-sentence': 0.233,
  'given-before': -1.178,
  'rest-alone': 2.613,
  'first-word-common': -1.644,
  'given-first': 1.071,
  'person-rival-nearer': -0.867,
  'person-rival-speaks': -0.337,
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

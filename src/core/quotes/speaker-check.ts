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
  bias: 0.332,
  'rule-sure': 0.414,
  'rule-strong': 1.237,
  'rule-middle': -0.083,
  'rule-weak': -1.568,
  'one-word': -2.51,
  'lowercase-word': -0.355,
  'body-word': -1.745,
  acronym: -2.591,
  'title-first': -3.513,
  'named-only-in-quotes': -0.478,
  'in-paragraph': 0.395,
  'same-sentence': 0.293,
  'near-80': 0.998,
  'near-300': 0.741,
  'near-1000': -0.813,
  'named-after': -0.162,
  'verb-by-name': -0.395,
  'rival-nearer': -0.359,
  'rival-speaks': -0.11,
  'affiliation-before': -1.12,
  possessive: -0.348,
  'outlet-context': -0.58,
  'in-own-quote': -2.756,
  'mentions-log': 0.527,
  'partial-quote': 0.274,
  'first-paragraph': -1.311,
  'run-longer': 1.164,
  'form-absent': -1.341,
  'rival-speaks-sentence': 0.202,
  'given-before': -0.571,
  'rest-alone': 2.429,
  'first-word-common': -1.699,
  'given-first': 1.023,
  'person-rival-nearer': -1.004,
  'person-rival-speaks': -0.357,
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

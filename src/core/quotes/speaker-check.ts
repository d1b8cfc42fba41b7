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
  bias: -0.364,
  'rule-sure': 0.382,
  'rule-strong': 1.357,
  'rule-middle': -0.276,
  'rule-weak': -1.463,
  'one-word': -2.527,
  'lowercase-word': -0.403,
  'body-word': -2.187,
  acronym: -2.779,
  'title-first': -3.542,
  'named-only-in-quotes': 0.132,
  'in-paragraph': 0.48,
  'same-sentence': 0.401,
  'near-80': 1.491,
  'near-300': 1.262,
  'near-1000': -0.458,
  'named-after': -0.128,
  'verb-by-name': -0.3,
  'rival-nearer': -0.388,
  'rival-speaks': -0.095,
  'affiliation-before': -1.31,
  possessive: -0.391,
  'outlet-context': -0.377,
  'in-own-quote': -2.684,
  'mentions-log': 0.524,
  'partial-quote': 0.349,
  'first-paragraph': -1.375,
  'run-longer': 1.282,
  'form-absent': -0.904,
  'rival-speaks-sentence': 0.225,
  'given-before': -0.458,
  'rest-alone': 2.696,
  'first-word-common': -1.686,
  'given-first': 1.066,
  'person-rival-nearer': -0.878,
  'person-rival-speaks': -0.378,
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

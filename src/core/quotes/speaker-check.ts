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
  bias: 0.385,
  'rule-sure': 0.215,
  'rule-strong': 1.335,
  'rule-middle': -0.064,
  'rule-weak': -1.486,
  'one-word': -2.236,
  'lowercase-word': -0.303,
  'body-word': -1.625,
  acronym: -2.281,
  'title-first': -1.753,
  'named-only-in-quotes': -0.495,
  'in-paragraph': 0.187,
  'same-sentence': 0.619,
  'near-80': 0.941,
  'near-300': 0.989,
  'near-1000': -0.676,
  'named-after': 0.079,
  'verb-by-name': 0.231,
  'rival-nearer': -0.337,
  'rival-speaks': 0.128,
  'affiliation-before': -1.228,
  possessive: -0.476,
  'outlet-context': -0.231,
  'in-own-quote': -1.411,
  'mentions-log': -0.089,
  'partial-quote': 0.118,
  'first-paragraph': -0.141,
  'run-longer': 0.384,
  'form-absent': -0.863,
  'rival-speaks-sentence': -0.148,
  'given-before': -0.414,
  'rest-alone': 1.232,
  'first-word-common': -1.549,
  'given-first': 0.932,
  'person-rival-nearer': -0.894,
  'person-rival-speaks': -0.42,
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

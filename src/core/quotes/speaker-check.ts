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
  bias: 0.547,
  'rule-sure': 0.284,
  'rule-strong': 1.205,
  'rule-middle': -0.069,
  'rule-weak': -1.421,
  'one-word': -2.424,
  'lowercase-word': -0.406,
  'body-word': -1.708,
  acronym: -2.894,
  'title-first': -1.769,
  'named-only-in-quotes': -0.676,
  'in-paragraph': 0.19,
  'same-sentence': 0.626,
  'near-80': 0.604,
  'near-300': 0.556,
  'near-1000': -0.929,
  'named-after': -0.003,
  'verb-by-name': 0.192,
  'rival-nearer': -0.129,
  'rival-speaks': 0.121,
  'affiliation-before': -0.964,
  possessive: -0.425,
  'outlet-context': -0.619,
  'in-own-quote': -0.915,
  'mentions-log': 0.208,
  'partial-quote': 0.002,
  'first-paragraph': -0.165,
  'run-longer': 0.306,
  'form-absent': -1.313,
  'rival-speaks-sentence': -0.252,
  'given-before': -0.272,
  'rest-alone': 1.88,
  'first-word-common': -1.386,
  'given-first': 0.891,
  'person-rival-nearer': -0.943,
  'person-rival-speaks': -0.31,
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

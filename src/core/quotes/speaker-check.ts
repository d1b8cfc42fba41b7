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
  bias: -0.366,
  'rule-sure': 0.364,
  'rule-strong': 1.328,
  'rule-middle': -0.299,
  'rule-weak': -1.392,
  'one-word': -2.392,
  'lowercase-word': -0.418,
  'body-word': -1.891,
  acronym: -2.641,
  'title-first': -3.399,
  'named-only-in-quotes': 0.171,
  'in-paragraph': 0.389,
  'same-sentence': 0.332,
  'near-80': 1.491,
  'near-300': 1.257,
  'near-1000': -0.522,
  'named-after': -0.09,
  'verb-by-name': -0.281,
  'rival-nearer': -0.7,
  'rival-speaks': -0.167,
  'affiliation-before': -1.244,
  possessive: -0.414,
  'outlet-context': -0.429,
  'in-own-quote': -2.728,
  'mentions-log': 0.408,
  'partial-quote': 0.375,
  'first-paragraph': -1.212,
  'run-longer': 1.318,
  'form-absent': -0.562,
  'rival-speaks-sentence': 0.351,
  'given-before': -1.243,
  'rest-alone': -0.055,
  'first-word-common': -1.586,
  'given-first': 1.162,
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

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
  bias: 0.615,
  'rule-sure': 0.271,
  'rule-strong': 1.142,
  'rule-middle': -0.288,
  'rule-weak': -1.126,
  'one-word': -2.63,
  'lowercase-word': -0.531,
  'body-word': -1.918,
  acronym: -2.99,
  'title-first': -3.882,
  'named-only-in-quotes': -0.357,
  'in-paragraph': 0.165,
  'same-sentence': 0.325,
  'near-80': 1.055,
  'near-300': 1.196,
  'near-1000': -0.628,
  'named-after': 0.224,
  'verb-by-name': -0.204,
  'rival-nearer': -0.392,
  'rival-speaks': -0.149,
  'affiliation-before': -1.729,
  possessive: -0.97,
  'outlet-context': 0.829,
  'in-own-quote': -4.21,
  'mentions-log': 0.395,
  'partial-quote': 0.047,
  'first-paragraph': -0.742,
  'run-longer': 1.186,
  'form-absent': 1.658,
  'rival-speaks-sentence': 0.268,
  'given-before': -1.157,
  'rest-alone': -2.436,
  'first-word-common': -3.185,
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

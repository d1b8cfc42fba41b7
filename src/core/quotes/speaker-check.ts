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
  bias: 1.112,
  'rule-sure': 0.253,
  'rule-strong': 1.301,
  'rule-middle': -0.045,
  'rule-weak': -1.509,
  'one-word': -2.628,
  'lowercase-word': -0.294,
  'body-word': -1.933,
  acronym: -2.81,
  'title-first': -2.453,
  'named-only-in-quotes': -1.263,
  'in-paragraph': 0.285,
  'same-sentence': 0.633,
  'near-80': 0.592,
  'near-300': 0.585,
  'near-1000': -1.109,
  'named-after': -0.068,
  'verb-by-name': -0.222,
  'rival-nearer': -0.376,
  'rival-speaks': 0.268,
  'affiliation-before': -1.186,
  possessive: 0.133,
  'outlet-context': -0.819,
  'in-own-quote': -1.519,
  'mentions-log': -0.079,
  'partial-quote': 0.089,
  'first-paragraph': -0.655,
  'run-longer': 0.589,
  'form-absent': -1.273,
  'rival-speaks-sentence': -0.086,
  'given-before': -0.168,
  'rest-alone': 1.3,
  'first-word-common': -1.506,
  'given-first': 0.847,
  'person-rival-nearer': -0.939,
  'person-rival-speaks': -0.407,
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

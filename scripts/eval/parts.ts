// The parts of the evaluation set, in report order: ../shared/eval (licensed for measurement only, never
// read by the app or the tests) and the repo's own fresh parts in eval/fresh (SOURCES.md). A part gathered
// blind for a later check stays in eval/held-out (see its README) until its single run, so every fresh part
// listed here has been run and may be tuned and cross-validated on.
import { join, resolve } from 'node:path';

/** One part: its name for `--part`, the label the report prints, and its folder. */
export interface EvalPart {
  name: string;
  label: string;
  dir: string;
}

const root = resolve(import.meta.dirname, '..', '..');

/** A fresh part: `how` says how it was gathered; each was first run once unseen, then tuned on. */
function fresh(name: string, how: string): EvalPart {
  return {
    name,
    label: `fresh ${name} (eval/fresh/${name}, ${how})`,
    dir: join(root, 'eval', 'fresh', name),
  };
}

/** Every part, in report order. */
export const evalParts: EvalPart[] = [
  { name: 'shared', label: 'shared dev set (../shared/eval)', dir: join(root, '..', 'shared', 'eval') },
  fresh('dev', 'tuned on from the start'),
  fresh('test', 'gathered 2026-12-04, run once unseen, since tuned on'),
  fresh('test2', 'gathered after the first test run, run once unseen, since tuned on'),
  fresh('test3', 'gathered 2026-12-05, run once unseen, since tuned on'),
  fresh('test4', 'gathered 2026-12-05 by a blind annotator, run once unseen, since tuned on'),
  fresh('test5', 'gathered 2026-12-05 by a blind annotator, run once unseen, since tuned on'),
  fresh('test6', 'gathered 2026-12-06 by a blind annotator, run once unseen, since tuned on'),
  fresh('test7', 'gathered 2026-12-06 by a blind annotator, run once unseen, since tuned on'),
  fresh('test8', 'gathered 2026-12-06 by a blind annotator, run once unseen, since tuned on'),
  fresh('test9', 'gathered 2026-12-06 by three blind annotators, run once unseen, since tuned on'),
  fresh('test10', 'gathered 2026-12-06 by three blind annotators, run once unseen, since tuned on'),
  fresh('test11', 'gathered 2026-12-06 by two blind annotators, run once unseen, since tuned on'),
  fresh('test12', 'gathered 2026-12-06 by two blind annotators, run once unseen, since tuned on'),
  fresh(
    'test13',
    'gathered 2026-12-06 by two blind annotators from whole Wikinews articles, run once unseen, since tuned on',
  ),
  fresh(
    'test14',
    'gathered 2026-12-06 by a blind annotator from whole Wikinews articles, run once unseen, since tuned on',
  ),
  fresh(
    'test15',
    'gathered 2026-12-06 by a blind annotator from whole Wikinews articles, run once unseen, since fitted on',
  ),
  fresh(
    'test16',
    'gathered 2026-12-06 by a blind annotator from whole Wikinews 2019 articles, run once unseen, since fitted on',
  ),
  fresh(
    'test17',
    'gathered 2026-12-06 by a blind annotator from whole Wikinews 2020 articles, run once unseen, since fitted on',
  ),
  fresh(
    'test18',
    'gathered 2026-12-06 by a blind annotator from whole Wikinews articles (AMALGUM, WikinewsSum), run once unseen, since fitted on',
  ),
  fresh(
    'test19',
    'gathered 2026-12-06 by a blind annotator from whole Wikinews articles (AMALGUM), run once unseen, since fitted on',
  ),
  fresh(
    'test20',
    'gathered 2026-12-06 by a blind annotator from whole Wikinews articles (AMALGUM), run once unseen',
  ),
];

/** The names of the repo's own fresh parts (every part but ../shared/eval), in order. */
export const freshParts: string[] = evalParts.filter((p) => p.name !== 'shared').map((p) => p.name);

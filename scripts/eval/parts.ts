// The parts of the evaluation set, in report order: ../shared/eval (licensed for measurement only, never
// read by the app or the tests) and the repo's own fresh parts in eval/fresh (SOURCES.md). A part gathered
// blind for a later check stays on its own branch until its single run, so every fresh part listed here has
// been run and may be tuned and cross-validated on.
import { join, resolve } from 'node:path';

/** One part: its name for `--part`, the label the report prints, and its folder. */
export interface EvalPart {
  name: string;
  label: string;
  dir: string;
}

const root = resolve(import.meta.dirname, '..', '..');

/** Every part, in report order. */
export const evalParts: EvalPart[] = [
  { name: 'shared', label: 'shared dev set (../shared/eval)', dir: join(root, '..', 'shared', 'eval') },
  { name: 'dev', label: 'fresh dev (eval/fresh/dev)', dir: join(root, 'eval', 'fresh', 'dev') },
  {
    name: 'test',
    label: 'fresh test (eval/fresh/test, never tuned on)',
    dir: join(root, 'eval', 'fresh', 'test'),
  },
  {
    name: 'test2',
    label: 'fresh test 2 (eval/fresh/test2, gathered after the first test run, never tuned on)',
    dir: join(root, 'eval', 'fresh', 'test2'),
  },
  {
    name: 'test3',
    label: 'fresh test 3 (eval/fresh/test3, gathered after all tuning, run once)',
    dir: join(root, 'eval', 'fresh', 'test3'),
  },
  {
    name: 'test4',
    label: 'fresh test 4 (eval/fresh/test4, gathered 2026-12-05 after all tuning, run once)',
    dir: join(root, 'eval', 'fresh', 'test4'),
  },
  {
    name: 'test5',
    label: 'fresh test 5 (eval/fresh/test5, gathered 2026-12-05 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test5'),
  },
  {
    name: 'test6',
    label: 'fresh test 6 (eval/fresh/test6, gathered 2026-12-06 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test6'),
  },
  {
    name: 'test7',
    label: 'fresh test 7 (eval/fresh/test7, gathered 2026-12-06 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test7'),
  },
  {
    name: 'test8',
    label: 'fresh test 8 (eval/fresh/test8, gathered 2026-12-06 by a blind annotator, run once)',
    dir: join(root, 'eval', 'fresh', 'test8'),
  },
  {
    name: 'test9',
    label: 'fresh test 9 (eval/fresh/test9, gathered 2026-12-06 by three blind annotators, run once)',
    dir: join(root, 'eval', 'fresh', 'test9'),
  },
  {
    name: 'test10',
    label: 'fresh test 10 (eval/fresh/test10, gathered 2026-12-06 by three blind annotators, run once)',
    dir: join(root, 'eval', 'fresh', 'test10'),
  },
];

/** The names of the repo's own fresh parts (every part but ../shared/eval), in order. */
export const freshParts: string[] = evalParts.filter((p) => p.name !== 'shared').map((p) => p.name);

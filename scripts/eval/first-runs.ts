// The commit each fresh part was first run on, once and unseen (eval/fresh/RESULTS.md, "Fresh testK"), in run
// order: replay-first-runs.ts checks each out to replay what it made of every later part, and
// train-speaker-check.ts holds each part out against its own first run. After a part's single run, add it here.

/** Each fresh part's first-run commit, in run order. */
export const firstRuns: readonly { commit: string; part: string }[] = [
  { commit: '7a4e3a1', part: 'test5' },
  { commit: 'ab86b3b', part: 'test6' },
  { commit: '5a6a332', part: 'test7' },
  { commit: '73ed7cf', part: 'test8' },
  { commit: '204a164', part: 'test9' },
  { commit: '45a49b3', part: 'test10' },
  { commit: '26de4af', part: 'test11' },
  { commit: 'ee83f77', part: 'test12' },
  { commit: '3973b0b', part: 'test13' },
  { commit: '6743ee2', part: 'test14' },
  { commit: '3bd2086', part: 'test15' },
  { commit: '7b2daac', part: 'test16' },
  { commit: '66bf4c7', part: 'test17' },
  { commit: 'ea215b2', part: 'test18' },
  { commit: '8513e5f', part: 'test19' },
  { commit: 'd952e00', part: 'test20' },
];

/** The same, by part. */
export const firstRunOf: Readonly<Record<string, string>> = Object.fromEntries(
  firstRuns.map((r) => [r.part, r.commit]),
);

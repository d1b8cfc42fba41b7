// Part 6 placeholder while the harness is built.
import type { Part } from '../lib/context.ts';
import { SkipPart } from '../lib/report.ts';

/** Part 6. */
export const coldStartPart: Part = {
  id: '6',
  title: 'Cold start + RSS',
  async run() {
    throw new SkipPart('not written yet');
  },
};

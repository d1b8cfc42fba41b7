// Part 5 placeholder while the harness is built.
import type { Part } from '../lib/context.ts';
import { SkipPart } from '../lib/report.ts';

/** Part 5. */
export const fanoutPart: Part = {
  id: '5',
  title: 'Briefing fan-out',
  async run() {
    throw new SkipPart('not written yet');
  },
};

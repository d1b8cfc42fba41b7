// Part 4 placeholder while the harness is built.
import type { Part } from '../lib/context.ts';
import { SkipPart } from '../lib/report.ts';

/** Part 4. */
export const discordPart: Part = {
  id: '4',
  title: 'Discord interactions',
  async run() {
    throw new SkipPart('not written yet');
  },
};

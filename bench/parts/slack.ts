// Part 3 placeholder while the harness is built.
import type { Part } from '../lib/context.ts';
import { SkipPart } from '../lib/report.ts';

/** Part 3. */
export const slackPart: Part = {
  id: '3',
  title: 'Slack HTTP',
  async run() {
    throw new SkipPart('not written yet');
  },
};

import { describe, expect, it } from 'vitest';
import { thresholdSweep } from '../../scripts/eval/quotes.ts';
import { SHOW_SPEAKER_FROM } from '../../src/core/quotes/confidence.ts';

describe('eval quotes: threshold sweep', () => {
  it('reports fixed levels and the served one, each with what is shown from it and what lies below the next', () => {
    const lines = thresholdSweep(
      [
        { confidence: 0.97, right: true },
        { confidence: 0.92, right: false },
        { confidence: 0.55, right: true },
        { confidence: 0.1, right: false },
      ],
      5,
    );
    // Ten fixed levels, and the served one unless it is one of them.
    const fixed = [0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
    expect(lines).toHaveLength(fixed.includes(SHOW_SPEAKER_FROM) ? 10 : 11);
    expect(lines[0]).toBe(
      '  from 0.00: right 2, wrong 2 of 5 matched (below the next level: 0 right, 1 wrong)',
    );
    expect(lines.find((l) => l.startsWith('  from 0.50'))).toBe(
      '  from 0.50: right 2, wrong 1 of 5 matched (below the next level: 1 right, 0 wrong)',
    );
    expect(lines.find((l) => l.includes('(served)'))).toContain(
      `from ${SHOW_SPEAKER_FROM.toFixed(2)} (served)`,
    );
    expect(lines.at(-1)).toBe(
      '  from 0.95: right 1, wrong 0 of 5 matched (below the next level: 1 right, 0 wrong)',
    );
  });
});

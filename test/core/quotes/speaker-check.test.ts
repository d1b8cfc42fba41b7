// The speaker check as chat meets it: plain attributions keep their speaker, names of the shapes that went
// wrong on unseen news are held back, and the quote finder's confidence is the check's.
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analyze.ts';
import { SHOW_SPEAKER_FROM } from '../../../src/core/quotes/confidence.ts';
import { checkAttributions } from '../../../src/core/quotes/speaker-check.ts';
import { extractQuotes } from '../../../src/core/quotes.ts';
import { article } from './helpers.ts';

const bridge = [
  'The town council of Millbrook voted on Tuesday to rebuild the old harbour bridge, ending two years of debate.',
  'Council leader Ada Finch said the vote was a turning point. “We have argued about this bridge for long enough,” she said after the meeting.',
  'The project is expected to cost 42 million pounds.',
];

/** The check's confidence in one speaker for one quote of the paragraphs. */
function trust(paragraphs: string[], text: string, speaker: string, confidence = 0.95): number {
  return checkAttributions(paragraphs, [{ text, speaker, confidence }])[0] ?? 0;
}

describe('speaker check', () => {
  it('a plain attribution is shown: chat names Ada Finch', () => {
    const analyzed = analyzeArticle(article(...bridge), 'v1');
    expect(analyzed.quotes.map((q) => q.speaker)).toEqual(['Ada Finch']);
    expect(analyzed.quotes[0]?.confidence ?? 0).toBeGreaterThanOrEqual(SHOW_SPEAKER_FROM);
  });

  it('the confidence extractQuotes gives is the check’s, and { check: false } leaves the rules’ own', () => {
    const [checked] = extractQuotes(article(...bridge));
    const [ruled] = extractQuotes(article(...bridge), { check: false });
    expect(ruled?.confidence).toBe(0.95);
    expect(checked?.confidence).not.toBe(0.95);
    expect(checked?.confidence).toBeCloseTo(trust(bridge, ruled?.text ?? '', 'Ada Finch', 0.95), 10);
  });

  it('a title left on a name is not shown; the name as the story writes it is', () => {
    const salazar = [
      'Interior Secretary Ken Salazar spoke for the interior department on Monday.',
      '“We will decide by March,” Secretary Salazar said.',
    ];
    expect(trust(salazar, 'We will decide by March,', 'Secretary Salazar')).toBeLessThan(SHOW_SPEAKER_FROM);
    expect(trust(salazar, 'We will decide by March,', 'Ken Salazar')).toBeGreaterThanOrEqual(
      SHOW_SPEAKER_FROM,
    );
  });

  it('a post glued before a name is cut at the given name before the check reads it', () => {
    const quotes = extractQuotes(
      article(
        'Lord Advocate James Wolffe met the groups on Monday.',
        '“Victims come first,” said Advocate James Wolffe.',
        'James Wolffe has held the post since 2016.',
      ),
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['James Wolffe']);
    expect(quotes[0]?.confidence ?? 0).toBeGreaterThanOrEqual(SHOW_SPEAKER_FROM);
    const [senator] = extractQuotes(
      article('Senator from Vermont Ann Lee closed her campaign on Monday. “The fight goes on,” Lee said.'),
    );
    expect(senator?.speaker).toBe('Ann Lee');
  });

  it('a president named only inside another president’s reply is not shown for it', () => {
    const paragraphs = [
      'Brazil’s President Jair Bolsonaro rejected the offer of aid on Monday.',
      'Bolsonaro replied: “Emmanuel Macron treats the Amazon as if it were a colony.”',
    ];
    const text = 'Emmanuel Macron treats the Amazon as if it were a colony.';
    expect(trust(paragraphs, text, 'Emmanuel Macron')).toBeLessThan(SHOW_SPEAKER_FROM);
    expect(trust(paragraphs, text, 'Jair Bolsonaro')).toBeGreaterThan(
      trust(paragraphs, text, 'Emmanuel Macron'),
    );
  });

  it('an organisation named after its spokesman is not shown for his words', () => {
    const paragraphs = ['“Prices will rise for every family,” said Max Lawson of Oxfam.'];
    const text = 'Prices will rise for every family,';
    expect(trust(paragraphs, text, 'Oxfam')).toBeLessThan(SHOW_SPEAKER_FROM);
    expect(trust(paragraphs, text, 'Max Lawson')).toBeGreaterThanOrEqual(SHOW_SPEAKER_FROM);
  });

  it('no attributions, no work', () => {
    expect(checkAttributions(bridge, [])).toEqual([]);
  });
});

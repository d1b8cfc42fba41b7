// Long crafted lines (from a stranger's feed or a careless paste) are read in linear time: each
// of these took seconds to hours with the backtracking patterns the Markdown reader used before.
import { describe, expect, it } from 'vitest';
import { isPromoLine } from '../../src/content/line-kinds.ts';
import { readMarkdown } from '../../src/content/markdown.ts';
import { stripInline } from '../../src/content/markdown-inline.ts';

const n = 50_000;
/** A generous bound: each case is a few milliseconds now. */
const bound = 2000;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('markdown reader on long crafted lines', () => {
  it('reads a 50,000-character heading line with a line separator inside quickly, as a paragraph', () => {
    const line = `# a${' '.repeat(n)}b\u2028x`;
    let read: ReturnType<typeof readMarkdown> | undefined;
    expect(timed(() => (read = readMarkdown(line)))).toBeLessThan(bound);
    expect(read?.blocks[0]?.paragraphs).toHaveLength(1);
  });

  it('reads a 50,000-character heading line of hashes quickly', () => {
    expect(timed(() => readMarkdown(`# a${'#'.repeat(n)}b\u2028x`))).toBeLessThan(bound);
  });

  it('reads a 50,000-character almost-link-definition quickly and keeps it as text', () => {
    const line = `[a]: ${'x'.repeat(n)}\u2028y`;
    let read: ReturnType<typeof readMarkdown> | undefined;
    expect(timed(() => (read = readMarkdown(line)))).toBeLessThan(bound);
    expect(read?.blocks[0]?.paragraphs[0]?.length).toBeGreaterThan(n);
  });

  it('reads 200,000 characters of unclosed comment openers quickly, keeping them as text', () => {
    const body = '<!--'.repeat(n);
    let read: ReturnType<typeof readMarkdown> | undefined;
    expect(timed(() => (read = readMarkdown(body)))).toBeLessThan(bound);
    expect(read?.blocks[0]?.paragraphs[0]).toBe(body);
  });

  it('strips inline marks from 50,000-character lines of unclosed links, images, tags and emphasis quickly', () => {
    const lines = [
      '![]('.repeat(n / 4),
      '!['.repeat(n / 2),
      '[a]('.repeat(n / 4),
      '['.repeat(n),
      '<http:'.repeat(n / 6),
      '<a'.repeat(n / 2),
      '**a '.repeat(n / 4),
      ' *a'.repeat(n / 3),
      ' _a'.repeat(n / 3),
    ];
    expect(timed(() => lines.map(stripInline))).toBeLessThan(bound);
  });

  it('tells a 200,000-character line of "and"s after "By" from a byline quickly', () => {
    const line = `By Ana${'and'.repeat((4 * n) / 3)}\u2028x`;
    let promo: boolean | undefined;
    expect(timed(() => (promo = isPromoLine(line)))).toBeLessThan(bound);
    expect(promo).toBe(false);
  });
});

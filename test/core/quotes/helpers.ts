// Builds small test articles for the quote extractor and lists its quotes as "speaker: text" lines,
// with the speaker as found or as chat shows it.
import { buildArticle } from '../../../src/content/parse.ts';
import type { Article } from '../../../src/core/article.ts';
import { RULES_SHOW_FROM, shownSpeaker } from '../../../src/core/quotes/confidence.ts';
import { extractQuotes } from '../../../src/core/quotes.ts';

/** Builds an article from blocks of paragraphs; a block's first line may be "## Heading". */
export function article(...blocks: string[]): Article {
  return titled('Test story', ...blocks);
}

/** An article under the given headline. */
export function titled(title: string, ...blocks: string[]): Article {
  return buildArticle(
    { slug: 'test', title },
    blocks.map((block) => {
      const heading = /^## (.+)\n/.exec(block)?.[1] ?? null;
      const body = heading ? block.slice(block.indexOf('\n') + 1) : block;
      return { heading, paragraphs: body.split(/\n\s*\n/).filter((p) => p.trim()) };
    }),
  );
}

/** Quotes as "speaker: text" lines, easy to compare. */
export function said(...blocks: string[]): string[] {
  return extractQuotes(article(...blocks)).map((q) => `${q.speaker}: ${q.text}`);
}

/**
 * Quotes as "speaker: text" lines with the speaker the rules alone stand by (null below their own
 * RULES_SHOW_FROM): what the rules decide, before the speaker check weighs it (speaker-check.test.ts).
 */
export function shown(...blocks: string[]): string[] {
  return extractQuotes(article(...blocks), { check: false }).map(
    (q) => `${shownSpeaker(q, RULES_SHOW_FROM)}: ${q.text}`,
  );
}

/** Quotes as "speaker: text" lines of an article under the given headline. */
export function saidUnder(title: string, ...blocks: string[]): string[] {
  return extractQuotes(titled(title, ...blocks)).map((q) => `${q.speaker}: ${q.text}`);
}

/** Paragraphs joined into one block, a blank line between each. */
export function p(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

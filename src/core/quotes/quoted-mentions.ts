// Names written inside quote marks are the speaker's words: "I am Lightning Bolt," a nickname a
// runner gives himself, is no form of his name for the narrative to resolve "Bolt" to.
import { findQuoteSpans, type QuoteSpan } from './marks.ts';

/** Tells whether a position (paragraph * 2^32 + offset) lies inside quote marks; spans read once. */
export class QuotedPlaces {
  private readonly spans = new Map<number, QuoteSpan[]>();

  constructor(private readonly paragraphs: readonly string[]) {}

  /** True when position `at` lies between a quote's marks. */
  inside(at: number): boolean {
    const p = Math.floor(at / 2 ** 32);
    const offset = at % 2 ** 32;
    let spans = this.spans.get(p);
    if (!spans) {
      spans = findQuoteSpans(this.paragraphs[p] ?? '');
      this.spans.set(p, spans);
    }
    return spans.some((s) => s.open < offset && offset < s.close);
  }
}

// Turns the best-scoring sentences into answer passages: a sentence that leans on the one before
// it ("He stated ...") takes that one along, and neighbours of one paragraph merge into one passage.
// Passage text is always cut from the article's own paragraph, never composed.
import type { Section, Sentence } from '../article.ts';
import { normaliseSpace } from '../text/sentences.ts';
import type { AskIndex } from './search-index.ts';

/** A run of consecutive sentences of one paragraph, quoted verbatim. */
export interface Passage {
  /** The sentences' text as the paragraph has it. */
  text: string;
  /** Article-wide index of the first and last sentence. */
  first: number;
  last: number;
  /** The section it is in. */
  section: Section;
  /** Best retrieval score among its sentences. */
  score: number;
}

/** Openings that refer back to the previous sentence, so the answer needs it to make sense. */
const leansBack = /^[“"‘']?(?:he|she|they|it|its|his|her|their|this|these|those|such|however|but)\b/i;

/** Builds passages from scored sentence hits (best first); returns them best first. */
export function buildPassages(hits: { index: number; score: number }[], index: AskIndex): Passage[] {
  const spans: { first: number; last: number; score: number }[] = [];
  for (const hit of hits) {
    const here = index.byIndex.get(hit.index);
    if (!here) continue;
    const before = index.byIndex.get(hit.index - 1);
    const first =
      before && together(before, here) && leansBack.test(here.sentence.text) ? hit.index - 1 : hit.index;
    spans.push({ first, last: hit.index, score: hit.score });
  }
  const merged: typeof spans = [];
  for (const span of [...spans].sort((x, y) => x.first - y.first)) {
    const prev = merged[merged.length - 1];
    if (prev && span.first <= prev.last + 1 && sameParagraphAt(prev.last, span.first, index)) {
      prev.last = Math.max(prev.last, span.last);
      prev.score = Math.max(prev.score, span.score);
    } else merged.push({ ...span });
  }
  return merged
    .map((span) => toPassage(span, index))
    .filter((p): p is Passage => p !== null)
    .sort((x, y) => y.score - x.score || x.first - y.first);
}

/** Same paragraph and same section (a hand-built article may number paragraphs per section). */
function together(
  a: { sentence: Sentence; section: Section },
  b: { sentence: Sentence; section: Section },
): boolean {
  return a.section.id === b.section.id && a.sentence.paragraph === b.sentence.paragraph;
}

/** True when the sentences at two article-wide indexes are in the same paragraph. */
function sameParagraphAt(i: number, j: number, index: AskIndex): boolean {
  const a = index.byIndex.get(i);
  const b = index.byIndex.get(j);
  return !!a && !!b && together(a, b);
}

function toPassage(span: { first: number; last: number; score: number }, index: AskIndex): Passage | null {
  const start = index.byIndex.get(span.first);
  const end = index.byIndex.get(span.last);
  if (!start || !end) return null;
  const sentences: string[] = [];
  for (let i = span.first; i <= span.last; i++) {
    const s = index.byIndex.get(i);
    if (s) sentences.push(s.sentence.text);
  }
  return {
    text: sliceParagraphs(start.section.paragraphs, sentences),
    first: span.first,
    last: span.last,
    section: start.section,
    score: span.score,
  };
}

/** The paragraph's own text from the first sentence to the last; joined with spaces if not found. */
function sliceParagraphs(paragraphs: string[], sentences: string[]): string {
  const first = sentences[0] ?? '';
  const last = sentences[sentences.length - 1] ?? '';
  if (sentences.length === 1) return first;
  for (const paragraph of paragraphs.map(normaliseSpace)) {
    const from = paragraph.indexOf(first);
    const to = from < 0 ? -1 : paragraph.indexOf(last, from + first.length);
    if (to >= 0) return paragraph.slice(from, to + last.length);
  }
  return sentences.join(' ');
}

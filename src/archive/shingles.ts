// Near-duplicate detection by word 5-shingles (research B3: containment separated wire copy and
// revisions, 0.96-1.0, from unrelated stories, 0.001). Each story keeps a bounded sketch: the
// smallest hashes of its shingles (bottom-k), enough to estimate containment and Jaccard cheaply.
import { tokenize } from '../core/text/tokens.ts';

/** Shingle hashes kept per story. */
export const sketchSize = 128;
/** Fewer comparable hashes than this and the texts are too short to call duplicates. */
const minComparable = 16;

/** Bottom-k sketch of the text's word 5-shingles (sorted ascending, distinct 32-bit hashes). */
export function sketchOf(text: string): number[] {
  const words = tokenize(text);
  const hashes = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) hashes.add(fnv1a(words.slice(i, i + 5).join(' ')));
  return [...hashes].sort((a, b) => a - b).slice(0, sketchSize);
}

/** Estimated containment of `a`'s shingles in `b`'s (both sorted sketches), or null when there are too few to tell. */
export function containment(a: number[], b: number[]): number | null {
  // With a full sketch, b only shows hashes up to its largest: compare a's hashes below that.
  const limit = b.length >= sketchSize ? (b[b.length - 1] ?? 0) : Number.POSITIVE_INFINITY;
  let comparable = 0;
  let shared = 0;
  let j = 0;
  for (const h of a) {
    if (h > limit) break;
    comparable++;
    while (j < b.length && (b[j] ?? 0) < h) j++;
    if (b[j] === h) shared++;
  }
  return comparable < minComparable ? null : shared / comparable;
}

/** Estimated Jaccard similarity (bottom-k of the union, by merging the sorted sketches), or null when there are too few to tell. */
export function jaccard(a: number[], b: number[]): number | null {
  let i = 0;
  let j = 0;
  let union = 0;
  let both = 0;
  while (union < sketchSize && (i < a.length || j < b.length)) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    union++;
  }
  return union < minComparable ? null : both / union;
}

/** True when two sketches look like the same story: containment either way ≥ 0.9, or Jaccard ≥ 0.8. */
export function isNearDuplicate(a: number[], b: number[]): boolean {
  const forward = containment(a, b) ?? 0;
  const backward = containment(b, a) ?? 0;
  return Math.max(forward, backward) >= 0.9 || (jaccard(a, b) ?? 0) >= 0.8;
}

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

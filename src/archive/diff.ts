// The sentence-level difference between two revisions of a story: sentences added, removed, and
// changed (a removed and an added sentence paired when their words are alike), each with the
// heading of the section it is in.
import type { AnalyzedArticle } from '../core/article.ts';
import { tokenize } from '../core/text/tokens.ts';

/** What changed between two revisions (RevisionChanges without its slug, number and time). */
export interface SentenceDiff {
  added: { section: string; text: string }[];
  removed: { section: string; text: string }[];
  changed: { section: string; before: string; after: string }[];
}

/** Least word similarity (Dice over distinct words) for a removed and an added sentence to pair. */
const pairThreshold = 0.5;

interface Placed {
  section: string;
  text: string;
}

/** The sentences of `next` not in `previous`, those gone, and the pairs that are edits of each other. */
export function diffRevisions(previous: AnalyzedArticle, next: AnalyzedArticle): SentenceDiff {
  const before = sentencesOf(previous);
  const after = sentencesOf(next);
  const removed = without(before, after);
  const added = without(after, before);
  const candidates: { similarity: number; r: number; a: number }[] = [];
  const removedWords = removed.map((s) => new Set(tokenize(s.text)));
  const addedWords = added.map((s) => new Set(tokenize(s.text)));
  removedWords.forEach((rw, r) => {
    addedWords.forEach((aw, a) => {
      const similarity = dice(rw, aw);
      if (similarity >= pairThreshold) candidates.push({ similarity, r, a });
    });
  });
  candidates.sort((x, y) => y.similarity - x.similarity || x.a - y.a);
  const pairedR = new Set<number>();
  const pairedA = new Set<number>();
  const changed: { section: string; before: string; after: string; at: number }[] = [];
  for (const { r, a } of candidates) {
    if (pairedR.has(r) || pairedA.has(a)) continue;
    pairedR.add(r);
    pairedA.add(a);
    const edit = added[a];
    const old = removed[r];
    if (edit && old) changed.push({ section: edit.section, before: old.text, after: edit.text, at: a });
  }
  changed.sort((x, y) => x.at - y.at);
  return {
    added: added.filter((_, a) => !pairedA.has(a)),
    removed: removed.filter((_, r) => !pairedR.has(r)),
    changed: changed.map(({ section, before: b, after: n }) => ({ section, before: b, after: n })),
  };
}

/** True when nothing changed at sentence level. */
export function isEmptyDiff(diff: SentenceDiff): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length === 0;
}

function sentencesOf(analyzed: AnalyzedArticle): Placed[] {
  return analyzed.article.sections.flatMap((section) =>
    section.sentences.map((s) => ({ section: section.heading, text: s.text })),
  );
}

/** The sentences of `from` (in order) that `other` lacks, counting repeats. */
function without(from: Placed[], other: Placed[]): Placed[] {
  const left = new Map<string, number>();
  for (const s of other) left.set(s.text, (left.get(s.text) ?? 0) + 1);
  return from.filter((s) => {
    const n = left.get(s.text) ?? 0;
    if (n === 0) return true;
    left.set(s.text, n - 1);
    return false;
  });
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

// How much of each sentence is inside quotation marks, following the quote state across the
// sentences of a paragraph (a quote may open in one sentence and close in the next).
import type { Sentence } from '../article.ts';

const wordChar = /[\p{L}\p{N}]/u;
const marksAndWords = /''|[“”"‘’]|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** A straight double mark, or two apostrophes typed for one (''Like this," he said). */
function straightDouble(token: string): boolean {
  return token === '"' || token === "''";
}

/** Share (0-1) of each sentence's words that stand inside quote marks, for sentences in article order. */
export function quotedShares(sentences: Sentence[]): number[] {
  let open: 'double' | 'single' | null = null;
  let paragraph = -1;
  return sentences.map(({ text, paragraph: p }) => {
    if (p !== paragraph) {
      paragraph = p;
      open = null;
    }
    let inside = 0;
    let total = 0;
    // exec on the one global pattern (matchAll copies it per sentence); every token has a character.
    marksAndWords.lastIndex = 0;
    for (let match = marksAndWords.exec(text); match !== null; match = marksAndWords.exec(text)) {
      const token = match[0];
      const at = match.index;
      if (wordChar.test(token)) {
        total++;
        if (open !== null) inside++;
      } else if (
        open === null &&
        (token === '“' || (straightDouble(token) && !wordChar.test(text[at - 1] ?? ' ')))
      ) {
        open = 'double';
      } else if (open === 'double' && (token === '”' || straightDouble(token))) open = null;
      else if (open === null && token === '‘' && !wordChar.test(text[at - 1] ?? ' ')) open = 'single';
      else if (open === 'single' && token === '’' && !wordChar.test(text[at + 1] ?? ' ')) open = null;
    }
    return total === 0 ? 0 : inside / total;
  });
}

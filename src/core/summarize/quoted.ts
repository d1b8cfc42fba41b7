// How much of each sentence is inside quotation marks, following the quote state across the
// sentences of a paragraph (a quote may open in one sentence and close in the next), and into the next
// paragraph when that paragraph closes a quote it never opened (a statement run over paragraphs without
// reopening marks).
import type { Sentence } from '../article.ts';

const wordChar = /[\p{L}\p{N}]/u;
const marksAndWords = /''|[“”"‘’]|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** A straight double mark, or two apostrophes typed for one (''Like this," he said). */
function straightDouble(token: string): boolean {
  return token === '"' || token === "''";
}

/** Whether a double mark at `at` in `text` opens a quote (a curly opening mark, or a straight one after no word). */
function opensDouble(token: string, text: string, at: number): boolean {
  return token === '“' || (straightDouble(token) && !wordChar.test(text[at - 1] ?? ' '));
}

/**
 * Whether the first double mark of a paragraph closes a quote: a curly closing mark, or a straight one
 * after a word or punctuation and before a space or the end. Such a paragraph continues an open quote.
 */
function closesFirst(sentences: Sentence[]): boolean {
  for (const { text } of sentences)
    for (const match of text.matchAll(/''|[“”"]/g)) {
      if (match[0] === '”') return true;
      if (match[0] === '“') return false;
      const before = text[match.index - 1] ?? ' ';
      const after = text[match.index + match[0].length] ?? ' ';
      return !/\s/.test(before) && /[\s.,;:!?)]/.test(after);
    }
  return false;
}

/** Share (0-1) of each sentence's words that stand inside quote marks, for sentences in article order. */
export function quotedShares(sentences: Sentence[]): number[] {
  const byParagraph = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byParagraph.get(s.paragraph);
    if (list) list.push(s);
    else byParagraph.set(s.paragraph, [s]);
  }
  let open: 'double' | 'single' | null = null;
  let paragraph = -1;
  return sentences.map(({ text, paragraph: p }) => {
    if (p !== paragraph) {
      paragraph = p;
      if (open !== 'double' || !closesFirst(byParagraph.get(p) ?? [])) open = null;
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
      } else if (open === null && opensDouble(token, text, at)) {
        open = 'double';
      } else if (open === 'double' && (token === '”' || straightDouble(token))) open = null;
      else if (open === null && token === '‘' && !wordChar.test(text[at - 1] ?? ' ')) open = 'single';
      else if (open === 'single' && token === '’' && !wordChar.test(text[at + 1] ?? ' ')) open = null;
    }
    return total === 0 ? 0 : inside / total;
  });
}

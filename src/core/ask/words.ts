// Which words of a question carry meaning: not stopwords, and not the words that only frame a
// question. The index drops the same words, so question and article agree.
import { isStopword } from '../text/tokens.ts';

/**
 * Words that frame a question ("what did X say", "X's remarks on", "when will") rather than say what
 * it is about.
 */
// biome-ignore format: a word list reads best packed
const questionWords = new Set([
  'what', 'who', 'whom', 'whose', 'why', 'how', 'when', 'where', 'which', 'whether',
  'did', 'do', 'does', 'will', 'shall', 'cannot', 'say', 'says', 'said', 'tell', 'told',
  'mention', 'mentioned', 'think', 'thinks', 'thought', 'remark', 'remarks', 'comment', 'comments',
  'view', 'views', 'opinion', 'stance', 'statement', 'article', 'story', 'anything', 'something',
]);

/** True for a lowercase word that carries meaning in a question (not a stopword, not a question word). */
export function isContentWord(word: string): boolean {
  return !isStopword(word) && !questionWords.has(word) && (word.length > 1 || /\d/.test(word));
}

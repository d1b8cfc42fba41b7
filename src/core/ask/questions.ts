// Example questions for autocomplete, made from the article's own section headings and speakers
// ("What about economic cooperation and trade expansion?", "What did Xi Jinping say?").
import { commandLimits } from '../../../commands/limits.ts';
import type { AnalyzedArticle } from '../article.ts';
import type { Completer } from '../context.ts';
import { resolveArticle } from '../handlers/pick-article.ts';
import { clipText } from '../text/clip.ts';
import { tokenize } from '../text/tokens.ts';

const maxChoiceLength = commandLimits.choiceLength;
const maxChoices = commandLimits.choices;

/** Example questions for an article: one per headed section, then one per speaker. */
export function exampleQuestions(a: AnalyzedArticle): string[] {
  const caseOf = properNouns(a);
  const sections = a.article.sections
    .filter((s) => s.id !== 'lead')
    .map(
      (s) =>
        `What about ${s.heading
          .split(/\s+/)
          .map(caseOf)
          .join(' ')
          .replace(/[.:;,!?]+$/, '')}?`,
    );
  const speakers = a.speakers.map((s) => `What did ${s} say?`);
  return [...new Set([...sections, ...speakers])].map((q) => clipText(q, maxChoiceLength));
}

/** Suggests example questions whose words start with every word typed so far; all when nothing is typed. */
export const questionCompleter: Completer = async (req, ctx) => {
  const { article: a } = await resolveArticle(req.options, ctx);
  if (!a) return [];
  const typed = tokenize(req.value);
  return exampleQuestions(a)
    .filter((q) => {
      const words = tokenize(q);
      return typed.every((t) => words.some((w) => w.startsWith(t)));
    })
    .slice(0, maxChoices)
    .map((q) => ({ name: q, value: q }));
};

/**
 * A function giving each heading word its running-text case: names the article always
 * capitalises mid-sentence ("Xi", "China", "U.S.") and acronyms keep theirs; other words go lowercase.
 */
function properNouns(a: AnalyzedArticle): (word: string) => string {
  const capitalised = new Set<string>();
  const lower = new Set<string>();
  for (const section of a.article.sections) {
    for (const { text } of section.sentences) {
      const words = text.split(/\s+/).slice(1);
      for (const raw of words) {
        const word = coreOf(raw);
        if (/^\p{Lu}/u.test(word)) capitalised.add(word);
        else if (word) lower.add(word.toLowerCase());
      }
    }
  }
  return (word) => {
    const core = coreOf(word);
    const keep =
      /^\p{Lu}[\p{Lu}\p{N}.]+$/u.test(core) || (capitalised.has(core) && !lower.has(core.toLowerCase()));
    return keep ? word : word.toLowerCase();
  };
}

/** A word without surrounding punctuation or possessive; initialisms keep their dots ("U.S."). */
function coreOf(raw: string): string {
  const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/['’]s$/u, '');
  return /^(?:\p{L}\.)+$/u.test(word) ? word : word.replace(/\.+$/, '');
}

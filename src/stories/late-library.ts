// The stories the core serves while they are still opening: the chat doors connect while the
// database is opened and content/ is stored, so a command can arrive first. Each read waits for the
// stories and then answers from them, as if the command had come a moment later.
import type { StoryLibrary } from '../core/library.ts';

/**
 * A StoryLibrary that answers from `opening` once it resolves. The synchronous reads (content/
 * problems, why revisions are off) have nothing to say before then; the core asks them only after
 * an awaited read, by which time the stories are open.
 */
export function lateLibrary(opening: Promise<StoryLibrary>): StoryLibrary {
  let open: StoryLibrary | null = null;
  opening.then(
    (library) => {
      open = library;
    },
    // The caller awaits `opening` itself and reports its failure; a read then rejects with it.
    () => undefined,
  );
  // Once open, each read goes straight to the stories (no extra turn per command).
  const read = <T>(ask: (library: StoryLibrary) => Promise<T>): Promise<T> =>
    open ? ask(open) : opening.then(ask);
  return {
    latest: (count) => read((l) => l.latest(count)),
    search: (words, limit) => read((l) => l.search(words, limit)),
    headlines: (typed, limit) => read((l) => l.headlines(typed, limit)),
    article: (slug) => read((l) => l.article(slug)),
    changes: (slug) => read((l) => l.changes(slug)),
    problems: () => open?.problems() ?? [],
    revisionsOff: () => open?.revisionsOff() ?? null,
  };
}

// Which completer offers choices for which autocomplete source named in the command tree: the
// core's own sources here; the briefing brings its `timezones` from src/briefing/commands.ts.
import type { CompletionSource } from '../../commands/types.ts';
import { questionCompleter } from './ask/index.ts';
import type { Completer } from './context.ts';
import { articleCompleter, sectionCompleter, speakerCompleter } from './handlers/complete-content.ts';

/** Every completion source's completer: a source without one is a compile error. */
export type CommandCompleters = Record<CompletionSource, Completer>;

/** Completion source -> completer, for the sources about the articles. */
export const contentCompleters = {
  sections: sectionCompleter,
  speakers: speakerCompleter,
  articles: articleCompleter,
  questions: questionCompleter,
} satisfies Partial<CommandCompleters>;

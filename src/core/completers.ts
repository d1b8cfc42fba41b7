// Which completer offers choices for which autocomplete source named in the command tree.
import type { CompletionSource } from '../../commands/types.ts';
import { timezoneCompleter } from '../briefing/timezones.ts';
import { questionCompleter } from './ask/index.ts';
import type { Completer } from './context.ts';
import { articleCompleter, sectionCompleter, speakerCompleter } from './handlers/complete-content.ts';

/** Completion source -> completer. */
export const completers: Partial<Record<CompletionSource, Completer>> = {
  sections: sectionCompleter,
  speakers: speakerCompleter,
  articles: articleCompleter,
  questions: questionCompleter,
  timezones: timezoneCompleter,
};

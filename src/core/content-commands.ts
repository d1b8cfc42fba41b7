// The core's own subcommands and completion sources, and which handler or completer answers each:
// explicit lists, so they can be read and grepped. The briefing brings its own from
// src/briefing/commands.ts; src/compose-summit.ts joins both.

import type { SubcommandName } from '../../commands/summit.ts';
import type { CompletionSource } from '../../commands/types.ts';
import { askHandler, questionCompleter } from './ask/index.ts';
import type { Completer, Handler } from './context.ts';
import { changesHandler } from './handlers/changes.ts';
import { articleCompleter, sectionCompleter, speakerCompleter } from './handlers/complete-content.ts';
import { helpHandler } from './handlers/help.ts';
import { latestHandler } from './handlers/latest.ts';
import { quotesHandler } from './handlers/quotes.ts';
import { searchHandler } from './handlers/search.ts';
import { sectionHandler } from './handlers/section.ts';
import { summaryHandler } from './handlers/summary.ts';

/** Every subcommand's handler: the type makes a subcommand without one a compile error. */
export type CommandHandlers = Record<SubcommandName, Handler>;

/** Every completion source's completer: a source without one is a compile error. */
export type CommandCompleters = Record<CompletionSource, Completer>;

/** Subcommand name -> handler, for the subcommands about the stories. */
export const contentHandlers = {
  summary: summaryHandler,
  section: sectionHandler,
  quotes: quotesHandler,
  ask: askHandler,
  latest: latestHandler,
  search: searchHandler,
  changes: changesHandler,
  help: helpHandler,
} satisfies Partial<CommandHandlers>;

/** Completion source -> completer, for the sources about the articles. */
export const contentCompleters = {
  sections: sectionCompleter,
  speakers: speakerCompleter,
  articles: articleCompleter,
  questions: questionCompleter,
} satisfies Partial<CommandCompleters>;

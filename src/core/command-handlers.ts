// The core's own subcommands and which handler answers each: an explicit list, so it can be read
// and grepped. The briefing's subcommands come from src/briefing/commands.ts; src/main.ts joins both.
import type { SubcommandName } from '../../commands/summit.ts';
import { askHandler } from './ask/index.ts';
import type { Handler } from './context.ts';
import { helpHandler } from './handlers/help.ts';
import { quotesHandler } from './handlers/quotes.ts';
import { sectionHandler } from './handlers/section.ts';
import { summaryHandler } from './handlers/summary.ts';

/** Every subcommand's handler: the type makes a subcommand without one a compile error. */
export type CommandHandlers = Record<SubcommandName, Handler>;

/** Subcommand name -> handler, for the subcommands about the articles. */
export const contentHandlers = {
  summary: summaryHandler,
  section: sectionHandler,
  quotes: quotesHandler,
  ask: askHandler,
  help: helpHandler,
} satisfies Partial<CommandHandlers>;

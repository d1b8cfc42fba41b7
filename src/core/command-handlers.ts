// Which handler answers which subcommand: an explicit list, so it can be read and grepped.
import { briefHandler, statusHandler, subscribeHandler, unsubscribeHandler } from '../briefing/commands.ts';
import { askHandler } from './ask/index.ts';
import type { Handler } from './context.ts';
import { helpHandler } from './handlers/help.ts';
import { quotesHandler } from './handlers/quotes.ts';
import { sectionHandler } from './handlers/section.ts';
import { summaryHandler } from './handlers/summary.ts';

/** Subcommand name -> handler. */
export const handlers: Record<string, Handler> = {
  summary: summaryHandler,
  section: sectionHandler,
  quotes: quotesHandler,
  ask: askHandler,
  brief: briefHandler,
  subscribe: subscribeHandler,
  unsubscribe: unsubscribeHandler,
  status: statusHandler,
  help: helpHandler,
};

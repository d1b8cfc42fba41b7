// The /summit core with every subcommand answered: the core's own handlers about the articles and
// the briefing's, which reach the briefing service through a port filled in once it has started.
import { createBriefingCommands } from './briefing/commands.ts';
import { type BriefingPort, createBriefingPort } from './briefing/port.ts';
import { contentCompleters, contentHandlers } from './core/content-commands.ts';
import type { CoreContext } from './core/context.ts';
import { createSummit, type Summit } from './core/summit.ts';

/** The core over `context`; without a `briefing` port the briefing commands say it is off. */
export function composeSummit(context: CoreContext, briefing: BriefingPort = createBriefingPort()): Summit {
  const briefingCommands = createBriefingCommands(briefing);
  return createSummit({
    context,
    handlers: { ...contentHandlers, ...briefingCommands.handlers },
    completers: { ...contentCompleters, ...briefingCommands.completers },
  });
}

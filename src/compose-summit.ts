// The /summit core with every subcommand answered: the core's own handlers about the articles, the
// briefing's, and the feeds', which reach their services through ports filled in once started.
import { createBriefingCommands } from './briefing/commands.ts';
import { type BriefingPort, createBriefingPort } from './briefing/port.ts';
import { contentCompleters, contentHandlers } from './core/content-commands.ts';
import type { CoreContext } from './core/context.ts';
import { createSummit, type Summit } from './core/summit.ts';
import { createFeedsCommands, createFeedsPort, type FeedsPort } from './sources/feeds-commands.ts';

/** The core over `context`; without a `briefing` or `feeds` port those commands say they are off. */
export function composeSummit(
  context: CoreContext,
  briefing: BriefingPort = createBriefingPort(),
  feeds: FeedsPort = createFeedsPort(),
): Summit {
  const briefingCommands = createBriefingCommands(briefing);
  const feedsCommands = createFeedsCommands(feeds, context.now);
  return createSummit({
    context,
    handlers: { ...contentHandlers, ...briefingCommands.handlers, ...feedsCommands.handlers },
    completers: { ...contentCompleters, ...briefingCommands.completers },
  });
}

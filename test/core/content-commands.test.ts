// Typed command ids: the command tree's literal names type the handler records, so a subcommand
// without a handler (or a handler for no subcommand) fails `npx tsc --noEmit`, not a user.
import { describe, expect, it } from 'vitest';
import { type SubcommandName, summitTree } from '../../commands/summit.ts';
import { completionSources } from '../../commands/types.ts';
import { createBriefingCommands } from '../../src/briefing/commands.ts';
import { createBriefingPort } from '../../src/briefing/port.ts';
import {
  type CommandCompleters,
  type CommandHandlers,
  contentCompleters,
  contentHandlers,
} from '../../src/core/content-commands.ts';
import { helpHandler } from '../../src/core/handlers/help.ts';
import { createSummit } from '../../src/core/summit.ts';
import { createFeedsCommands, createFeedsPort } from '../../src/sources/feeds-commands.ts';
import { memoryLibrary } from '../helpers/memory-library.ts';

const briefing = createBriefingCommands(createBriefingPort());
const feeds = createFeedsCommands(createFeedsPort());

/** Checked by the compiler (`npx tsc --noEmit`): each marked line must be a type error. */
function mistakesTheCompilerRefuses(): unknown[] {
  // @ts-expect-error: the briefing's subcommands have no handler
  const missing: CommandHandlers = { ...contentHandlers };
  const extra: CommandHandlers = {
    ...contentHandlers,
    ...briefing.handlers,
    ...feeds.handlers,
    // @ts-expect-error: 'weather' is not in the command tree
    weather: helpHandler,
  };
  // @ts-expect-error: the `timezones` source has no completer
  const noZones: CommandCompleters = { ...contentCompleters };
  // @ts-expect-error: a subcommand name is one of the tree's literal names
  const name: SubcommandName = 'weather';
  const parts = { context: { library: memoryLibrary([]), now: () => new Date() }, completers: noZones };
  // @ts-expect-error: createSummit needs every subcommand's handler
  const core = createSummit({ ...parts, handlers: contentHandlers });
  return [missing, extra, name, core];
}

describe('handler records', () => {
  it('the compiler refuses a missing handler, a handler for no subcommand and an unknown name', () => {
    // The directives above fail the type check when a line stops being an error; at run time they just build.
    expect(mistakesTheCompilerRefuses()).toHaveLength(4);
  });

  it('the core, the briefing and the feeds together answer exactly the subcommands in the tree', () => {
    const names = [
      ...Object.keys(contentHandlers),
      ...Object.keys(briefing.handlers),
      ...Object.keys(feeds.handlers),
    ];
    expect(names.toSorted()).toEqual(summitTree.subcommands.map((s) => s.name).toSorted());
  });

  it('the core and the briefing together complete exactly the sources the tree names', () => {
    const sources = [...Object.keys(contentCompleters), ...Object.keys(briefing.completers)];
    expect(sources.toSorted()).toEqual([...completionSources].toSorted());
  });
});

// The core facade every door calls: validates a parsed command against the command tree, runs
// its handler and always answers with a Reply (never throws), and serves autocomplete.
import { closest } from 'fastest-levenshtein';
import { findSubcommand, summitTree } from '../../commands/summit.ts';
import { failureReply } from './answer-policy.ts';
import { completers } from './completers.ts';
import type { CoreContext } from './context.ts';
import { errorReply } from './handlers/error-reply.ts';
import { handlers } from './handlers.ts';
import type { Reply } from './reply.ts';
import type { Choice, CommandRequest, CompletionRequest } from './request.ts';
import { checkOptions, usageOf } from './validate-options.ts';

/** Most choices any platform shows (Discord: 25). */
export const maxChoices = 25;

/** The core as the doors see it. */
export interface Summit {
  /** Answers a command; errors become an error Reply, never an exception. */
  handle(req: CommandRequest): Promise<Reply>;
  /** Autocomplete choices for the focused option (at most 25, names and values <= 100 chars). */
  complete(req: CompletionRequest): Choice[];
  /** The context handlers run with. */
  readonly context: CoreContext;
}

/** Creates the core over the given context. */
export function createSummit(context: CoreContext): Summit {
  return {
    context,
    async handle(req) {
      const sub = findSubcommand(req.command);
      const handler = sub ? handlers[sub.name] : undefined;
      if (!sub || !handler) return unknownCommand(req.command);
      const problem = checkOptions(sub, req.options);
      if (problem) return errorReply('That command needs a fix', [problem, `Usage: ${usageOf(sub)}`]);
      if (sub.managersOnly && !req.who.canManage) {
        return errorReply('Not allowed', [
          `Only people who can manage this channel may use /summit ${sub.name}.`,
          req.who.platform === 'discord'
            ? 'On Discord that is the Manage Channels permission.'
            : 'On Slack that is workspace admins and owners, or users listed in SLACK_BRIEFING_ADMINS.',
        ]);
      }
      try {
        return await handler({ ...req, command: sub.name }, context);
      } catch (error) {
        context.logger?.error({ err: error, command: sub.name }, 'command handler failed');
        return failureReply;
      }
    },
    complete(req) {
      const option = findSubcommand(req.command)?.options.find((o) => o.name === req.option);
      const completer = option?.autocomplete ? completers[option.autocomplete] : undefined;
      if (!completer) return [];
      try {
        return completer(req, context)
          .slice(0, maxChoices)
          .map((c) => ({ name: clip(c.name, 100), value: c.value.slice(0, 100) }));
      } catch (error) {
        context.logger?.error({ err: error, option: req.option }, 'autocomplete failed');
        return [];
      }
    },
  };
}

function unknownCommand(word: string): Reply {
  const names = summitTree.subcommands.map((s) => s.name);
  const guess = word ? closest(word.toLowerCase(), names) : undefined;
  const lines = [word ? `There is no /summit ${word}.` : 'Tell me what to do: /summit needs a subcommand.'];
  if (guess && word) lines.push(`Did you mean /summit ${guess}?`);
  lines.push(`Try one of: ${names.map((n) => `/summit ${n}`).join(', ')}.`);
  return {
    ...errorReply('Unknown command', lines),
    actions: [{ label: 'Help', command: 'help', options: {} }],
  };
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// The core facade every door calls: validates a parsed command against the command tree, runs
// its handler and always answers with a Reply (never throws), and serves autocomplete.
import { closest } from 'fastest-levenshtein';
import { commandLimits } from '../../commands/limits.ts';
import { findSubcommand, summitTree } from '../../commands/summit.ts';
import { type CommandOutcome, countCommand } from '../metrics/metrics.ts';
import { failureReply } from './answer-policy.ts';
import type { CommandCompleters, CommandHandlers } from './content-commands.ts';
import type { CoreContext } from './context.ts';
import { errorReply, notAllowedReply } from './handlers/error-reply.ts';
import type { Reply } from './reply.ts';
import type { Choice, CommandRequest, CompletionRequest } from './request.ts';
import { settleWithin } from './settle-within.ts';
import { clipText } from './text/clip.ts';
import { excerptOf } from './text/excerpt.ts';
import { wellFormed, wellFormedOptions } from './text/well-formed.ts';
import { checkOptions, usageOf } from './validate-options.ts';

/** The core as the doors see it. */
export interface Summit {
  /** Answers a command; errors become an error Reply, never an exception. */
  handle(req: CommandRequest): Promise<Reply>;
  /** Autocomplete choices for the focused option, within the command tree's choice limits and time budget. */
  complete(req: CompletionRequest): Promise<Choice[]>;
  /** The context handlers run with. */
  readonly context: CoreContext;
}

/** What the core is built from: its context, and a handler for every subcommand and completion source. */
export interface SummitParts {
  context: CoreContext;
  handlers: CommandHandlers;
  completers: CommandCompleters;
}

/** Longest wait for autocomplete choices: Discord drops an answer after 3 s, the door needs the rest. */
const completionBudgetMs = 2000;

/** Creates the core over the given context, handlers and completers. */
export function createSummit({ context, handlers, completers }: SummitParts): Summit {
  /** The reply, with the subcommand and how it ended for the metrics. */
  const answer = async (
    typed: CommandRequest,
  ): Promise<{ reply: Reply; name: string; outcome: CommandOutcome }> => {
    const req = { ...typed, options: wellFormedOptions(typed.options) };
    const sub = findSubcommand(req.command);
    if (!sub) return { reply: unknownCommand(req.command), name: 'unknown', outcome: 'unknown' };
    const done = (reply: Reply, outcome: CommandOutcome) => ({ reply, name: sub.name, outcome });
    const problem = checkOptions(sub, req.options);
    if (problem)
      return done(errorReply('That command needs a fix', [problem, `Usage: ${usageOf(sub)}`]), 'invalid');
    if (sub.managersOnly && !req.who.canManage) {
      return done(
        notAllowedReply(`Only people who can manage this channel may use /summit ${sub.name}.`, req),
        'refused',
      );
    }
    try {
      return done(await handlers[sub.name]({ ...req, command: sub.name }, context), 'ok');
    } catch (error) {
      context.logger?.error({ err: error, command: sub.name }, 'command handler failed');
      return done(failureReply, 'failed');
    }
  };
  return {
    context,
    async handle(req) {
      const started = performance.now();
      const { reply, name, outcome } = await answer(req);
      countCommand(req.who.platform, name, outcome, performance.now() - started);
      return reply;
    },
    async complete(typed) {
      const req = { ...typed, value: wellFormed(typed.value), options: wellFormedOptions(typed.options) };
      const option = findSubcommand(req.command)?.options.find((o) => o.name === req.option);
      if (!option?.autocomplete) return [];
      const source = option.autocomplete;
      try {
        const settled = await settleWithin(
          Promise.resolve().then(() => completers[source](req, context)),
          completionBudgetMs,
        );
        if (!settled)
          context.logger?.warn({ option: req.option }, 'autocomplete too slow; no choices offered');
        return (settled?.value ?? []).slice(0, commandLimits.choices).map((c) => ({
          name: clipText(c.name, commandLimits.choiceLength),
          value: wellFormed(c.value.slice(0, commandLimits.choiceLength)),
        }));
      } catch (error) {
        context.logger?.error({ err: error, option: req.option }, 'autocomplete failed');
        return [];
      }
    },
  };
}

function unknownCommand(typed: string): Reply {
  const names = summitTree.subcommands.map((s) => s.name);
  const word = excerptOf(typed);
  const guess = word ? closest(word.toLowerCase(), names) : undefined;
  const lines = [word ? `There is no /summit ${word}.` : 'Tell me what to do: /summit needs a subcommand.'];
  if (guess && word) lines.push(`Did you mean /summit ${guess}?`);
  lines.push(`Try one of: ${names.map((n) => `/summit ${n}`).join(', ')}.`);
  return {
    ...errorReply('Unknown command', lines),
    actions: [{ label: 'Help', command: 'help', options: {} }],
  };
}

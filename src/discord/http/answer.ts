// What the HTTP door says to each interaction: the same decisions as the gateway door
// (src/discord/interactions.ts and respond.ts) on the same core, renderer and components, so both
// doors answer alike: reply at once when the core is quick, else defer and edit @original; long
// answers continue as follow-ups; failures become a polite private message.
import { summitTree } from '../../../commands/summit.ts';
import { failureReply, staleActionReply, visibilityOf, wantsPublic } from '../../core/answer-policy.ts';
import type { Reply } from '../../core/reply.ts';
import type { CommandRequest } from '../../core/request.ts';
import { settleWithin } from '../../core/settle-within.ts';
import type { Summit } from '../../core/summit.ts';
import type { Logger } from '../../logger.ts';
import { fitAnswerBudget } from '../budget.ts';
import { actionOfComponent } from '../components.ts';
import { unreadableReply } from '../malformed.ts';
import { renderReply } from '../render.ts';
import type { ParsedInteraction } from './parse.ts';
import type { InteractionSession } from './session.ts';

/** What answering needs. */
export interface AnswerDeps {
  summit: Summit;
  logger: Logger;
  /** Defer when the core has not answered within this many ms (Discord allows 3000). */
  deferAfterMs: number;
}

/** Sends the reply `work` produces, seen by whom the answer policy says (as respond.ts `answer`). */
async function answerWith(
  session: InteractionSession,
  work: Promise<Reply>,
  request: Pick<CommandRequest, 'options'>,
  deps: AnswerDeps,
): Promise<void> {
  const early = await settleWithin(work, deps.deferAfterMs);
  if (!early) session.defer(!wantsPublic(request));
  const reply = early ? early.value : await work;
  const ephemeral = visibilityOf(request, reply) === 'private';
  const [first, ...rest] = fitAnswerBudget(renderReply(reply, deps.logger));
  if (!first) throw new Error('the reply rendered to no message');
  // An error after a public defer must not show in the channel: the placeholder goes, the answer follows privately.
  const replacePlaceholder = session.deferred && !session.ephemeral && ephemeral;
  const followUps = replacePlaceholder ? [first, ...rest] : rest;
  if (!session.deferred) session.reply(first, ephemeral);
  else if (replacePlaceholder) await session.deleteOriginal();
  else await session.editOriginal(first);
  for (const message of followUps) await session.followUp(message, ephemeral);
}

/** Tells the user privately that something failed, however far the answer had got (as respond.ts). */
async function reportFailure(session: InteractionSession, error: unknown, logger: Logger): Promise<void> {
  logger.error({ err: error, interactionId: session.ref.id }, 'discord: interaction failed');
  const [message] = renderReply(failureReply);
  if (!message) return;
  try {
    if (!session.responded) session.reply(message, true);
    else if (session.deferred && !session.replied && session.ephemeral) await session.editOriginal(message);
    else {
      if (session.deferred && !session.replied) await session.deleteOriginal();
      await session.followUp(message, true);
    }
  } catch (second) {
    logger.error({ err: second, interactionId: session.ref.id }, 'discord: could not send the error reply');
  }
}

/** Answers one readable interaction through `session`; never throws. */
export async function answerInteraction(
  interaction: ParsedInteraction,
  session: InteractionSession,
  deps: AnswerDeps,
): Promise<void> {
  try {
    switch (interaction.kind) {
      case 'autocomplete': {
        const request = interaction.name === summitTree.name ? interaction.request : null;
        // summit.complete already keeps to the command tree's limits (25 choices, 100 characters).
        session.choices(request ? await deps.summit.complete(request) : []);
        return;
      }
      case 'command': {
        const request = { ...interaction.request };
        if (interaction.name !== summitTree.name)
          request.command = `${interaction.name} ${request.command}`.trim();
        deps.logger.debug({ command: request.command, user: request.who.userId }, 'discord: command');
        await answerWith(session, deps.summit.handle(request), request, deps);
        return;
      }
      case 'component': {
        const action = actionOfComponent(interaction.customId, interaction.values);
        const work = action
          ? deps.summit.handle({ command: action.command, options: action.options, ...interaction.origin })
          : Promise.resolve(staleActionReply);
        deps.logger.debug(
          { command: action?.command ?? null, user: interaction.origin.who.userId },
          'discord: component click',
        );
        await answerWith(session, work, { options: action?.options ?? {} }, deps);
        return;
      }
      case 'other': {
        deps.logger.warn(
          { interactionId: interaction.id, type: interaction.type },
          'discord: interaction of an unknown kind',
        );
        const [message] = renderReply(unreadableReply);
        if (message) session.reply(message, true);
        return;
      }
      case 'ping':
        throw new Error('a PING is answered by the endpoint, not here');
    }
  } catch (error) {
    if (interaction.kind === 'autocomplete') {
      deps.logger.error({ err: error, interactionId: interaction.id }, 'discord: autocomplete failed');
      if (!session.responded) session.choices([]);
      return;
    }
    await reportFailure(session, error, deps.logger);
  }
}

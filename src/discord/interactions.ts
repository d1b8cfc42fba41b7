// Routes every interaction the client receives: /summit commands, autocomplete, and clicks on
// our buttons and menus. Each listener is guarded: whatever fails is logged and answered
// politely, and nothing escapes to crash the client.
import {
  type AutocompleteInteraction,
  type Client,
  Events,
  type Interaction,
  type MessageComponentInteraction,
  MessageFlags,
  type RepliableInteraction,
} from 'discord.js';
import { summitTree } from '../../commands/summit.ts';
import { staleActionReply } from '../core/answer-policy.ts';
import type { Summit } from '../core/summit.ts';
import type { Logger } from '../logger.ts';
import { actionOfComponent } from './components.ts';
import { guardInteractionPackets, unreadableReply } from './malformed.ts';
import { renderReply } from './render.ts';
import { commandRequestOf, completionRequestOf, originOf } from './requests.ts';
import { answer, isExpired, payloadOf, reportFailure } from './respond.ts';

/** What the interaction handler needs. */
export interface InteractionDeps {
  /** The core. */
  summit: Summit;
  /** Where every failure is logged. */
  logger: Logger;
  /** Defer the reply when the core has not answered within this many ms (default 1500; Discord allows 3000). */
  deferAfterMs?: number;
  /**
   * Claims the interaction for this instance; false when another instance has (Discord delivers
   * each interaction to every gateway session). Absent: every interaction is this instance's.
   */
  claim?: (interactionId: string) => Promise<boolean>;
}

const defaultDeferAfterMs = 1500;

async function onComponent(
  interaction: MessageComponentInteraction,
  deps: InteractionDeps,
  deferAfterMs: number,
) {
  const values = interaction.isStringSelectMenu() ? interaction.values : [];
  const action = actionOfComponent(interaction.customId, values);
  const work = action
    ? deps.summit.handle({ command: action.command, options: action.options, ...originOf(interaction) })
    : Promise.resolve(staleActionReply);
  deps.logger.debug(
    { command: action?.command ?? null, user: interaction.user.id },
    'discord: component click',
  );
  const request = { options: action?.options ?? {} };
  await answer(interaction, work, { request, deferAfterMs, logger: deps.logger });
}

/** Offers choices for the focused option: none for another command or when no option is focused. */
async function answerAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps) {
  try {
    const request = interaction.commandName === summitTree.name ? completionRequestOf(interaction) : null;
    const choices = request ? await deps.summit.complete(request) : [];
    // summit.complete already keeps to the command tree's limits (25 choices, 100 characters).
    await interaction.respond(choices);
  } catch (error) {
    const expired = isExpired(error);
    if (expired)
      deps.logger.warn(
        { interactionId: interaction.id, code: 10062 },
        'discord: autocomplete expired (10062)',
      );
    else deps.logger.error({ err: error, interactionId: interaction.id }, 'discord: autocomplete failed');
    if (!interaction.responded && !expired) await interaction.respond([]).catch(() => undefined);
  }
}

/** A kind of interaction the bot never registered (a context menu, a modal): a private explanation. */
async function answerUnknown(interaction: RepliableInteraction, logger: Logger): Promise<void> {
  logger.warn(
    { interactionId: interaction.id, type: interaction.type },
    'discord: interaction of an unknown kind',
  );
  const [message] = renderReply(unreadableReply);
  if (!message) return;
  await interaction
    .reply({ ...payloadOf(message), flags: MessageFlags.Ephemeral })
    .catch((error: unknown) =>
      logger.warn({ err: error }, 'discord: could not answer an unknown interaction'),
    );
}

/** How long a claim may take before the instance works the interaction anyway (Discord allows 3 s for the answer). */
const claimWithinMs = 1000;

/**
 * True when this instance is to work the interaction. A claim that cannot be made in time (the
 * database is unreachable or slow) counts as won: answering twice, the second refused by Discord,
 * beats not answering.
 */
async function claimed(
  interaction: Interaction,
  deps: InteractionDeps & { claim: (id: string) => Promise<boolean> },
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), claimWithinMs);
  });
  try {
    const won = await Promise.race([deps.claim(interaction.id), late]);
    if (won === 'late') {
      deps.logger.warn(
        { interactionId: interaction.id, withinMs: claimWithinMs },
        'discord: claiming an interaction took too long; working it here',
      );
      return true;
    }
    if (!won)
      deps.logger.debug({ interactionId: interaction.id }, 'discord: interaction worked by another instance');
    return won;
  } catch (error) {
    deps.logger.warn(
      { err: error, interactionId: interaction.id },
      'discord: could not claim an interaction; working it here',
    );
    return true;
  } finally {
    clearTimeout(timer);
  }
}

/** Handles one interaction; never throws. */
export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  const deferAfterMs = deps.deferAfterMs ?? defaultDeferAfterMs;
  if (deps.claim && !(await claimed(interaction, { ...deps, claim: deps.claim }))) return;
  if (interaction.isAutocomplete()) {
    await answerAutocomplete(interaction, deps);
    return;
  }
  if (!interaction.isChatInputCommand() && !interaction.isMessageComponent()) {
    if (interaction.isRepliable()) await answerUnknown(interaction, deps.logger);
    return;
  }
  try {
    if (interaction.isChatInputCommand()) {
      const request = commandRequestOf(interaction);
      if (interaction.commandName !== summitTree.name)
        request.command = `${interaction.commandName} ${request.command}`.trim();
      deps.logger.debug({ command: request.command, user: request.who.userId }, 'discord: command');
      await answer(interaction, deps.summit.handle(request), {
        request,
        deferAfterMs,
        logger: deps.logger,
      });
    } else {
      await onComponent(interaction, deps, deferAfterMs);
    }
  } catch (error) {
    await reportFailure(interaction, error, deps.logger);
  }
}

/** Listens for interactions on `client`; each is handled on its own and can never crash the client. */
export function listenForInteractions(client: Client, deps: InteractionDeps): InteractionListener {
  guardInteractionPackets(client, deps.logger);
  const answering = new Set<Promise<void>>();
  const onInteraction = (interaction: Interaction) => {
    const answer: Promise<void> = handleInteraction(interaction, deps)
      .catch((error: unknown) => {
        deps.logger.error({ err: error }, 'discord: interaction handler failed unexpectedly');
      })
      .finally(() => answering.delete(answer));
    answering.add(answer);
  };
  client.on(Events.InteractionCreate, onInteraction);
  return {
    async drain(withinMs) {
      client.off(Events.InteractionCreate, onInteraction);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, withinMs);
      });
      await Promise.race([Promise.allSettled([...answering]), late]);
      clearTimeout(timer);
    },
  };
}

/** The door's interaction listener, for a graceful stop. */
export interface InteractionListener {
  /** Takes no new interactions; resolves once those being answered are done, or after `withinMs`. */
  drain(withinMs: number): Promise<void>;
}

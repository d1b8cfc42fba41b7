// Sending answers to interactions, seen by whom the core's answer policy says: reply at once when
// the core is quick, otherwise defer within the 3-second window and edit; long answers continue as
// follow-ups (five messages at most). Failures become a polite ephemeral error, and an expired
// interaction (10062) is logged, never thrown.
import {
  type BaseMessageOptions,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type JSONEncodable,
  type MessageComponentInteraction,
  MessageFlags,
  RESTJSONErrorCodes,
} from 'discord.js';
import { failureReply, visibilityOf, wantsPublic } from '../core/answer-policy.ts';
import type { Reply } from '../core/reply.ts';
import type { CommandRequest } from '../core/request.ts';
import { settleWithin } from '../core/settle-within.ts';
import type { Logger } from '../logger.ts';
import { fitAnswerBudget } from './budget.ts';
import { type DiscordMessage, renderReply } from './render.ts';
import { replyWithMessage } from './reply-body.ts';

/** Interactions that get a message back. */
export type Answerable = ChatInputCommandInteraction | MessageComponentInteraction;

/** Payloads by rendered message: a shared (frozen) answer is sent again and again. */
const payloads = new WeakMap<DiscordMessage, BaseMessageOptions>();

/**
 * Every payload we send: embeds, components, and never a ping. The renderer already builds them
 * in Discord's API shape, so they go out as they are (discord.js would otherwise re-key every
 * object of every embed to snake_case on each send).
 */
export function payloadOf(message: DiscordMessage): BaseMessageOptions {
  let payload = payloads.get(message);
  if (!payload) {
    payload = Object.freeze({
      embeds: message.embeds.map(asJson),
      components: message.components.map(asJson),
      allowedMentions: { parse: [] },
    });
    payloads.set(message, payload);
  }
  return payload;
}

/** API-shaped data that discord.js sends as it is. */
function asJson<T>(data: T): JSONEncodable<T> {
  return { toJSON: () => data };
}

/** True for Discord's "Unknown interaction" (the 3-second window or 15-minute token expired). */
export function isExpired(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === RESTJSONErrorCodes.UnknownInteraction;
}

/**
 * Answers with the reply `work` produces, seen by whom the core's policy says: reply at once, or
 * defer (in public only when the caller asked for it) and edit; then follow-ups. An answer that
 * turns out private after a public defer (an error) replaces the public placeholder with
 * ephemeral messages, so the channel never sees it.
 */
export async function answer(
  interaction: Answerable,
  work: Promise<Reply>,
  options: { request: Pick<CommandRequest, 'options'>; deferAfterMs: number; logger: Logger },
): Promise<void> {
  const early = await settleWithin(work, options.deferAfterMs);
  if (!early)
    await interaction.deferReply(wantsPublic(options.request) ? {} : { flags: MessageFlags.Ephemeral });
  const reply = early ? early.value : await work;
  const ephemeral = visibilityOf(options.request, reply) === 'private';
  const [first, ...rest] = fitAnswerBudget(renderReply(reply, options.logger));
  if (!first) return;
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const publicPlaceholder = interaction.deferred && !interaction.ephemeral;
  // An error after a public defer must not show in the channel: the placeholder goes, the answer follows privately.
  const replacePlaceholder = publicPlaceholder && ephemeral;
  const followUps = replacePlaceholder ? [first, ...rest] : rest;
  if (!interaction.deferred) await replyWithMessage(interaction, first, ephemeral);
  else if (replacePlaceholder) await interaction.deleteReply();
  else await interaction.editReply(payloadOf(first));
  for (const message of followUps) {
    await interaction.followUp(flags ? { ...payloadOf(message), flags } : payloadOf(message));
  }
}

/** Logs a failed interaction and, when the token still works, tells the user politely (ephemeral). */
export async function reportFailure(interaction: Answerable, error: unknown, logger: Logger): Promise<void> {
  const context = { interactionId: interaction.id, user: interaction.user.id };
  if (isExpired(error)) {
    logger.warn(
      { ...context, code: 10062 },
      'discord: interaction expired before the answer was sent (10062)',
    );
    return;
  }
  logger.error({ ...context, err: error }, 'discord: interaction failed');
  const [message] = renderReply(failureReply);
  if (!message) return;
  const ephemeral = { ...payloadOf(message), flags: MessageFlags.Ephemeral } as const;
  try {
    if (!interaction.deferred && !interaction.replied) await interaction.reply(ephemeral);
    else if (interaction.deferred && !interaction.replied && interaction.ephemeral)
      await interaction.editReply(payloadOf(message));
    else {
      if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
      await interaction.followUp(ephemeral);
    }
  } catch (second) {
    if (isExpired(second))
      logger.warn({ ...context, code: 10062 }, 'discord: interaction expired; error reply not sent (10062)');
    else logger.error({ ...context, err: second }, 'discord: could not send the error reply');
  }
}

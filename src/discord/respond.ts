// Sending answers to interactions: reply at once when the core is quick, otherwise defer within
// the 3-second window and edit; long answers continue as follow-ups. Failures become a polite
// ephemeral error, and an expired interaction (10062) is logged, never thrown.
import {
  type BaseMessageOptions,
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type JSONEncodable,
  type MessageComponentInteraction,
  MessageFlags,
  RESTJSONErrorCodes,
} from 'discord.js';
import type { Reply } from '../core/reply.ts';
import { settleWithin } from '../core/settle-within.ts';
import type { Logger } from '../logger.ts';
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

/** Answers with the reply `work` produces: reply, or defer and edit; then follow-ups. */
export async function answer(
  interaction: Answerable,
  work: Promise<Reply>,
  options: { ephemeral: boolean; deferAfterMs: number; logger: Logger },
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  const early = await settleWithin(work, options.deferAfterMs);
  if (!early) await interaction.deferReply(flags ? { flags } : {});
  const reply = early ? early.value : await work;
  const [first, ...rest] = renderReply(reply, options.logger);
  if (!first) return;
  if (interaction.deferred) await interaction.editReply(payloadOf(first));
  else await replyWithMessage(interaction, first, options.ephemeral);
  for (const message of rest) {
    await interaction.followUp(flags ? { ...payloadOf(message), flags } : payloadOf(message));
  }
}

/** The polite answer when something inside the door failed. */
export const failureReply: Reply = {
  tone: 'error',
  title: 'Something went wrong',
  blocks: [
    {
      kind: 'text',
      text: 'Sorry, that did not work. Please try again in a moment; if it keeps failing, tell the bot admin.',
    },
  ],
};

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

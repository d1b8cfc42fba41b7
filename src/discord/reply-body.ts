// The first answer to a command is the hot path of the Discord door: the same few rendered
// messages (a summary, a section) go out again and again. Their interaction-callback body is
// serialised once per rendered message and sent as it is through the client's REST manager
// (its rate limits and retries included), instead of being rebuilt and JSON-encoded on every reply.
import {
  type ChatInputCommandInteraction,
  type Interaction,
  InteractionResponseType,
  type MessageComponentInteraction,
  MessageFlags,
  Routes,
} from 'discord.js';
import { memoByFlag } from '../core/memo-by-flag.ts';
import type { DiscordMessage } from './render.ts';

/** Interactions answered with a message. */
type Replyable = ChatInputCommandInteraction | MessageComponentInteraction;

/** The callback body (type 4, "channel message with source") for `message`, as UTF-8 JSON. */
export const callbackBody = memoByFlag((message: DiscordMessage, ephemeral: boolean) =>
  Buffer.from(
    JSON.stringify({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        embeds: message.embeds,
        components: message.components,
        allowed_mentions: { parse: [] },
        ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
      },
    }),
  ),
);

/**
 * Replies to `interaction` with `message`, as discord.js's `interaction.reply` does (same route,
 * no auth header, the interaction marked replied so edits and follow-ups work), from the
 * pre-encoded body.
 */
export async function replyWithMessage(
  interaction: Replyable,
  message: DiscordMessage,
  ephemeral: boolean,
): Promise<void> {
  await (interaction as Interaction).client.rest.post(
    Routes.interactionCallback(interaction.id, interaction.token),
    {
      auth: false,
      body: callbackBody(message, ephemeral),
      passThroughBody: true,
      headers: { 'Content-Type': 'application/json' },
    },
  );
  interaction.ephemeral = ephemeral;
  interaction.replied = true;
}

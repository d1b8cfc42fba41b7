// discord.js builds an interaction object from every INTERACTION_CREATE packet, and a payload it
// cannot read (a click without its message, options that are not a list) throws inside the SDK:
// an unhandled rejection, and the user waits for an answer that never comes. This guard catches
// that and answers the raw interaction through the REST API (no choices, or a private explanation).
import { type Client, InteractionResponseType, InteractionType, Routes } from 'discord.js';
import type { Reply } from '../core/reply.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import { renderReply } from './render.ts';
import { callbackBody } from './reply-body.ts';

/** The private answer to an interaction the door could not read. */
export const unreadableReply: Reply = Object.freeze({
  tone: 'error',
  title: 'That request could not be read',
  blocks: Object.freeze([
    Object.freeze({
      kind: 'text',
      text: 'Discord sent this request in a form the bot cannot read, so it was not run. Please try again; if it keeps happening, tell the bot admin.',
    }),
  ]),
}) as Reply;

/** The part of discord.js's internals this guard wraps (checked by test/discord/malformed.test.ts). */
interface InteractionAction {
  handle(data: unknown): unknown;
}

type RawInteraction = { id?: unknown; token?: unknown; type?: unknown };

/** The callback body for an interaction the door could not read. */
function answerBody(type: unknown): Buffer | { type: number; data: { choices: [] } } {
  if (type === InteractionType.ApplicationCommandAutocomplete)
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } };
  const [message] = renderReply(unreadableReply);
  if (!message) throw new Error('the unreadable reply renders to no message');
  return callbackBody(message, true);
}

/** Answers a raw interaction discord.js could not build; logs and never throws. */
async function answerUnreadable(client: Client, data: RawInteraction, error: unknown, logger: Logger) {
  const { id, token, type } = data;
  const context = {
    interactionId: typeof id === 'string' ? id : null,
    type: typeof type === 'number' ? type : null,
  };
  logger.warn({ ...context, reason: errorMessage(error) }, 'discord: unreadable interaction');
  if (typeof id !== 'string' || typeof token !== 'string' || type === InteractionType.Ping) return;
  try {
    const body = answerBody(type);
    await client.rest.post(Routes.interactionCallback(id, token), {
      auth: false,
      body,
      ...(Buffer.isBuffer(body)
        ? { passThroughBody: true, headers: { 'Content-Type': 'application/json' } }
        : {}),
    });
  } catch (second) {
    logger.warn({ ...context, err: second }, 'discord: could not answer an unreadable interaction');
  }
}

/** Makes every INTERACTION_CREATE that discord.js cannot read get an answer instead of a rejection. */
export function guardInteractionPackets(client: Client, logger: Logger): void {
  const actions = (client as unknown as { actions?: { InteractionCreate?: InteractionAction } }).actions;
  const action = actions?.InteractionCreate;
  if (typeof action?.handle !== 'function') {
    logger.warn(
      'discord: this discord.js has no InteractionCreate action; unreadable interactions go unanswered',
    );
    return;
  }
  const handle = action.handle.bind(action);
  action.handle = (data: unknown) => {
    try {
      return handle(data);
    } catch (error) {
      void answerUnreadable(client, (data ?? {}) as RawInteraction, error, logger);
      return undefined;
    }
  };
}

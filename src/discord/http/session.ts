// One interaction answered over HTTP: the first answer is the HTTP response itself (a message, a
// defer or choices), and everything after it (editing the deferred reply, follow-ups) goes through
// the interaction's webhook with discord.js's REST client, which needs no bot token.
import { InteractionResponseType, MessageFlags, type REST, Routes } from 'discord.js';
import type { DiscordMessage } from '../render.ts';
import { callbackBody } from '../reply-body.ts';
import type { InteractionRef } from './parse.ts';

/** The HTTP response's sender: called at most once, with a JSON body. */
export type FirstAnswer = (body: Buffer) => void;

/** The webhook body for `message`: never a ping. */
export function webhookBody(message: DiscordMessage, ephemeral = false) {
  return {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
    ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** The state of one interaction's answer, as discord.js keeps it on an interaction object. */
export class InteractionSession {
  /** The first answer was a defer ("thinking…"). */
  deferred = false;
  /** The first answer (a defer or a message) was private. */
  ephemeral = false;
  /** A message (not a defer) has been sent. */
  replied = false;

  constructor(
    readonly ref: InteractionRef,
    private readonly rest: Pick<REST, 'patch' | 'post' | 'delete'>,
    private readonly first: FirstAnswer,
  ) {}

  /** True once the HTTP response has gone. */
  get responded(): boolean {
    return this.deferred || this.replied;
  }

  private sendFirst(body: Buffer): void {
    if (this.responded) throw new Error('the interaction has already been answered');
    this.first(body);
  }

  /** Answers with `message` as the HTTP response (type 4). */
  reply(message: DiscordMessage, ephemeral: boolean): void {
    this.sendFirst(callbackBody(message, ephemeral));
    this.replied = true;
    this.ephemeral = ephemeral;
  }

  /** Answers with a defer (type 5): the user sees "thinking…" until the reply is edited. */
  defer(ephemeral: boolean): void {
    const body = {
      type: InteractionResponseType.DeferredChannelMessageWithSource,
      ...(ephemeral ? { data: { flags: MessageFlags.Ephemeral } } : {}),
    };
    this.sendFirst(Buffer.from(JSON.stringify(body)));
    this.deferred = true;
    this.ephemeral = ephemeral;
  }

  /** Answers with autocomplete choices (type 8). */
  choices(choices: readonly { name: string; value: string }[]): void {
    const body = { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } };
    this.sendFirst(Buffer.from(JSON.stringify(body)));
    this.replied = true;
  }

  /** Replaces the deferred placeholder with `message` (PATCH @original). */
  async editOriginal(message: DiscordMessage): Promise<void> {
    const route = Routes.webhookMessage(this.ref.applicationId, this.ref.token, '@original');
    await this.rest.patch(route, { auth: false, body: webhookBody(message) });
    this.replied = true;
  }

  /** Deletes the deferred placeholder (DELETE @original). */
  async deleteOriginal(): Promise<void> {
    await this.rest.delete(Routes.webhookMessage(this.ref.applicationId, this.ref.token, '@original'), {
      auth: false,
    });
  }

  /** Sends one more message (POST to the interaction's webhook). */
  async followUp(message: DiscordMessage, ephemeral: boolean): Promise<void> {
    await this.rest.post(Routes.webhook(this.ref.applicationId, this.ref.token), {
      auth: false,
      body: webhookBody(message, ephemeral),
    });
    this.replied = true;
  }
}

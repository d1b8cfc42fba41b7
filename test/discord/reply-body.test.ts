// Contract tests for the fast first answer (src/discord/reply-body.ts): it posts a pre-encoded
// callback through discord.js's REST manager and marks the interaction replied by hand. These run
// the real discord.js client against the fake Discord and name what the fast path relies on, so
// an SDK upgrade that breaks it fails here by name.
import {
  type ChatInputCommandInteraction,
  type Client,
  Events,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../src/discord/client.ts';
import { type DiscordMessage, renderReply } from '../../src/discord/render.ts';
import { replyWithMessage } from '../../src/discord/reply-body.ts';
import { payloadOf } from '../../src/discord/respond.ts';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../fakes/discord/server.ts';
import { callbackRoute } from './helpers/harness.ts';

const message: DiscordMessage = renderReply({
  tone: 'info',
  title: 'Harbour <@123> & co',
  url: 'https://example.com/story',
  blocks: [
    { kind: 'text', text: 'A *plain* paragraph with @everyone in it.' },
    { kind: 'fields', fields: [{ name: 'Where', value: 'Porto' }] },
  ],
  footer: 'Test Gazette',
  actions: [{ label: 'Boats', command: 'section', options: { name: 'boats' } }],
})[0] as DiscordMessage;

/** Fields discord.js sends with their default values, which the fast path leaves out. */
const sdkDefaults = { tts: false, enforce_nonce: false };

let fake: FakeDiscord;
let client: Client;
/** What the test does with the next interaction the client receives. */
let onInteraction: (interaction: ChatInputCommandInteraction) => Promise<void>;

beforeEach(async () => {
  fake = await startFakeDiscord();
  client = createDiscordClient({ DISCORD_API_BASE: fake.apiBase }, { retries: 0 });
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isChatInputCommand()) void onInteraction(interaction);
  });
  await client.login(fake.token);
  await ready;
});
afterEach(async () => {
  await client.destroy();
  await fake.close();
});

/** Sends one command; `act` answers it; resolves with its callback as the fake recorded it. */
async function callbackFor(
  act: (interaction: ChatInputCommandInteraction) => Promise<void>,
): Promise<RecordedRequest> {
  let done: Promise<void> = Promise.resolve();
  onInteraction = (interaction) => {
    done = act(interaction);
    return done;
  };
  const sent = fake.sendInteraction(chatInputInteraction(fake.world, 'summary'));
  const callback = await fake.waitFor((r) => r.route === callbackRoute(sent));
  await done;
  return callback;
}

describe('reply-body: the fast first answer, against the real discord.js client', () => {
  it('reply-body: the callback body is exactly what interaction.reply would send (ephemeral and public)', async () => {
    for (const ephemeral of [true, false]) {
      const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
      const viaSdk = await callbackFor(async (i) => {
        await i.reply(flags ? { ...payloadOf(message), flags } : payloadOf(message));
      });
      const viaFastPath = await callbackFor((i) => replyWithMessage(i, message, ephemeral));
      expect(viaFastPath.status).toBe(204);
      expect(viaSdk.status).toBe(204);
      const fast = viaFastPath.body as { type: number; data: Record<string, unknown> };
      expect({ ...fast, data: { ...fast.data, ...sdkDefaults } }).toEqual(viaSdk.body);
      expect(viaFastPath.authorization).toBe(viaSdk.authorization);
      expect(viaFastPath.authorization).toBeUndefined();
    }
  });

  it('reply-body: after the fast reply discord.js treats the interaction as replied, so followUp posts to the webhook and not a second callback', async () => {
    const states: Record<string, unknown>[] = [];
    const callback = await callbackFor(async (i) => {
      await replyWithMessage(i, message, true);
      states.push({ replied: i.replied, deferred: i.deferred, ephemeral: i.ephemeral });
      await i.followUp({ ...payloadOf(message), flags: MessageFlags.Ephemeral });
      await i.editReply(payloadOf(message));
      await expect(i.reply(payloadOf(message))).rejects.toThrow(/already been sent or deferred/);
    });
    expect(states).toEqual([{ replied: true, deferred: false, ephemeral: true }]);
    const token = callback.route.split('/')[3] ?? '';
    const after = fake.requests.filter((r) => r.route.includes(token)).slice(1);
    expect(after.map((r) => `${r.method} ${r.route.replace(token, ':token')}`)).toEqual([
      `POST /webhooks/${fake.world.applicationId}/:token`,
      `PATCH /webhooks/${fake.world.applicationId}/:token/messages/@original`,
    ]);
    expect(after.every((r) => r.status === 200)).toBe(true);
  });

  it('reply-body: a public fast reply leaves the interaction not ephemeral, as interaction.reply does', async () => {
    const seen: unknown[] = [];
    await callbackFor(async (i) => {
      await replyWithMessage(i, message, false);
      seen.push(i.ephemeral, i.replied);
    });
    expect(seen).toEqual([false, true]);
  });
});

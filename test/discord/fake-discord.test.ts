// The fake Discord must refuse what real Discord refuses, or the door's limit tests prove
// nothing: over-long content and embeds, too many choices, mentions not suppressed, 10062.
import { Client, DiscordAPIError, Events, GatewayIntentBits, REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autocompleteInteraction } from '../fakes/discord/payloads.ts';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.ts';

let fake: FakeDiscord;
let rest: REST;
beforeEach(async () => {
  fake = await startFakeDiscord();
  rest = new REST({ api: fake.apiBase, retries: 0 }).setToken(fake.token);
});
afterEach(async () => {
  await fake.close();
});

const quiet = { allowed_mentions: { parse: [] } };
const post = (body: unknown) => rest.post(`/channels/${fake.world.channelId}/messages`, { body });

describe('fake discord', () => {
  it('fake: rejects content over 2000, an embed over its limits, 6000 in total, and 11 embeds', async () => {
    await expect(post({ content: 'x'.repeat(2001), ...quiet })).rejects.toMatchObject({
      status: 400,
      code: 50035,
    });
    await expect(post({ embeds: [{ description: 'x'.repeat(4097) }], ...quiet })).rejects.toMatchObject({
      code: 50035,
    });
    await expect(post({ embeds: [{ title: 'x'.repeat(257) }], ...quiet })).rejects.toMatchObject({
      code: 50035,
    });
    const fields = Array.from({ length: 26 }, (_, i) => ({ name: `f${i}`, value: 'v' }));
    await expect(post({ embeds: [{ fields }], ...quiet })).rejects.toMatchObject({ code: 50035 });
    await expect(
      post({ embeds: [{ fields: [{ name: 'n', value: 'x'.repeat(1025) }] }], ...quiet }),
    ).rejects.toMatchObject({ code: 50035 });
    const two = [{ description: 'x'.repeat(3001) }, { description: 'x'.repeat(3000) }];
    await expect(post({ embeds: two, ...quiet })).rejects.toThrow(/Embed size exceeds maximum size of 6000/);
    await expect(
      post({ embeds: Array.from({ length: 11 }, () => ({ title: 't' })), ...quiet }),
    ).rejects.toMatchObject({ code: 50035 });
    await expect(post({ content: 'x'.repeat(2000), ...quiet })).resolves.toMatchObject({
      content: 'x'.repeat(2000),
    });
  });

  it('fake: rejects a message whose mentions are not suppressed', async () => {
    await expect(post({ content: 'hello' })).rejects.toThrow(/allowed_mentions/);
    await expect(post({ content: 'hello', allowed_mentions: { parse: ['users'] } })).rejects.toMatchObject({
      code: 50035,
    });
  });

  it('fake: rejects more than 25 autocomplete choices and an expired interaction, through the real client', async () => {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.apiBase, retries: 0 },
    });
    const errors: unknown[] = [];
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const many = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
      await interaction.respond(many).catch((error: unknown) => errors.push(error));
    });
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.token);
    await ready;
    try {
      fake.sendInteraction(autocompleteInteraction(fake.world, 'section', 'name', ''));
      const refused = await fake.waitFor((r) => r.route.endsWith('/callback'));
      expect(refused.status).toBe(400);
      expect(refused.response).toMatchObject({
        code: 50035,
        errors: { data: { choices: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } },
      });
      fake.sendInteraction(autocompleteInteraction(fake.world, 'section', 'name', ''), { expired: true });
      await fake.waitFor((r) => r.status === 404);
      await expect.poll(() => errors.length).toBe(2);
      expect(errors[0]).toBeInstanceOf(DiscordAPIError);
      expect(errors[1]).toMatchObject({ code: 10062 });
    } finally {
      await client.destroy();
    }
  });
});

// Posting a Reply into a channel outside an interaction (the briefing's sender): same
// renderer, mentions off, buttons on the last message, one nonce per part.
import { REST } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { partNonce, postReplyToChannel } from '../../src/discord/post.ts';
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

const reply = (paragraphs: number): Reply => ({
  tone: 'info',
  title: 'Morning briefing @everyone',
  blocks: Array.from({ length: paragraphs }, (_, i) => ({
    kind: 'text' as const,
    text: `Paragraph ${i} ${'carries a plain sentence about the day. '.repeat(20)}`,
  })),
  footer: 'Test Gazette',
  actions: [{ label: 'Summary', command: 'summary', options: {} }],
});

describe('postReplyToChannel', () => {
  it('post: sends one message with embeds, a button and mentions suppressed; returns its id', async () => {
    const ids = await postReplyToChannel(rest, fake.world.channelId, reply(1), {
      nonce: 'briefing-2026-11-28',
    });
    expect(ids).toHaveLength(1);
    const post = await fake.waitFor(
      (r) => r.method === 'POST' && r.route === `/channels/${fake.world.channelId}/messages`,
    );
    expect(post.status).toBe(200);
    expect((post.response as { id: string }).id).toBe(ids[0]);
    expect(post.body).toMatchObject({
      allowed_mentions: { parse: [] },
      nonce: partNonce('briefing-2026-11-28', 0),
      enforce_nonce: true,
      components: [{ type: 1, components: [{ custom_id: 'summit|summary', label: 'Summary' }] }],
    });
    expect(JSON.stringify(post.body)).not.toContain('@everyone');
  });

  it('post: a long reply becomes several messages under the limits, buttons only on the last', async () => {
    const ids = await postReplyToChannel(rest, fake.world.channelId, reply(12), { nonce: 'n' });
    expect(ids.length).toBeGreaterThan(1);
    const posts = fake.requests.filter((r) => r.method === 'POST');
    expect(posts.every((p) => p.status === 200)).toBe(true);
    expect(posts.map((p) => (p.body as { components: unknown[] }).components.length)).toEqual([
      ...ids.slice(1).map(() => 0),
      1,
    ]);
    expect(new Set(posts.map((p) => (p.body as { nonce: string }).nonce)).size).toBe(ids.length);
  });

  it('post: an unknown channel is a thrown REST error (the caller decides what to do)', async () => {
    await expect(postReplyToChannel(rest, '12345', reply(1))).rejects.toMatchObject({
      code: 10003,
      status: 404,
    });
  });
});

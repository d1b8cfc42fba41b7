import { webApi } from '@slack/bolt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/reply.ts';
import { postReplyToChannel } from '../../src/slack/post.ts';
import { type FakeSlack, startFakeSlack } from '../fakes/slack/server.ts';

let fake: FakeSlack;
let client: webApi.WebClient;
beforeEach(async () => {
  fake = await startFakeSlack();
  client = new webApi.WebClient('xoxb-fake-bot', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
});
afterEach(async () => {
  await fake.close();
});

const briefing: Reply = {
  tone: 'info',
  title: 'Morning briefing',
  blocks: [{ kind: 'bullets', items: ['Leaders met <!channel> & agreed.'] }],
  footer: 'Test Gazette',
};

describe('posting a reply into a channel', () => {
  it('posts the rendered reply with chat.postMessage, escaped, with its metadata', async () => {
    const metadata = { event_type: 'summit_briefing', event_payload: { article: 'a-slug' } };
    const stamps = await postReplyToChannel(client, 'C0NEWS', briefing, { metadata });
    expect(stamps).toHaveLength(1);
    const [call] = fake.calls.filter((c) => c.method === 'chat.postMessage');
    expect(call?.token).toBe('xoxb-fake-bot');
    expect(call?.params).toMatchObject({ channel: 'C0NEWS', text: 'Morning briefing', metadata });
    expect(JSON.stringify(call?.params.blocks)).toContain('Leaders met &lt;!channel&gt; &amp; agreed.');
  });

  it('a reply too big for one message is posted as every part, in order', async () => {
    const items = Array.from(
      { length: 80 },
      (_, i) => `Point ${i}: ${'a long line of briefing text. '.repeat(5)}`,
    );
    const reply: Reply = {
      ...briefing,
      blocks: items.map((item) => ({ kind: 'text' as const, text: item })),
    };
    const stamps = await postReplyToChannel(client, 'C0NEWS', reply);
    expect(stamps.length).toBeGreaterThan(1);
    const texts = fake.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.params.text);
    expect(texts).toEqual(stamps.map((_, i) => `Morning briefing (part ${i + 1} of ${stamps.length})`));
    expect(fake.calls.every((c) => c.response.ok === true)).toBe(true);
  });

  it("throws Slack's error (channel_not_found) so the caller can record a failed delivery", async () => {
    await expect(postReplyToChannel(client, 'not-a-channel', briefing)).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
  });
});

// Failures and timing at the Discord door: a throwing core, an expired interaction (10062), a
// refused callback, and a slow core that must be deferred within Discord's 3 seconds.
import { afterEach, describe, expect, it } from 'vitest';
import { chatInputInteraction } from '../fakes/discord/payloads.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';
import { messageText } from './helpers/text.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

function send(sub: string, options: Record<string, string | boolean> = {}, expired = false) {
  if (!h) throw new Error('no harness');
  return h.fake.sendInteraction(chatInputInteraction(h.fake.world, sub, options), { expired });
}

/** A harness whose core answers only once `release()` is called, so the door defers first. */
async function heldHarness(): Promise<{ release: () => void; harness: Harness }> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const harness = await startHarness({
    deferAfterMs: 20,
    summit: (base) => ({
      ...base,
      handle: async (req) => {
        await gate;
        return base.handle(req);
      },
    }),
  });
  return { release, harness };
}

describe('discord door: failures and deferral', () => {
  it('a handler that throws gets a polite ephemeral error, a log line, and the client keeps answering', async () => {
    let calls = 0;
    h = await startHarness({
      summit: (base) => ({
        ...base,
        handle: (req) => (calls++ === 0 ? Promise.reject(new Error('boom in handler')) : base.handle(req)),
      }),
    });
    const failed = await callbackOf(h.fake, send('summary', { public: true }));
    expect(failed.body).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ title: 'Something went wrong' }] },
    });
    expect(messageText((failed.body as { data: never }).data)).toContain('Sorry, that did not work.');
    const error = h.logs.find((l) => l.msg === 'discord: interaction failed');
    expect(error?.level).toBe(50);
    expect(JSON.stringify(error)).toContain('boom in handler');
    const next = await callbackOf(h.fake, send('help'));
    expect(next.status).toBe(204);
    expect(h.door.client.isReady()).toBe(true);
  });

  it('an expired interaction (10062) is logged as a warning, not thrown, and nothing else is sent', async () => {
    h = await startHarness();
    const expired = send('summary', {}, true);
    const refused = await callbackOf(h.fake, expired);
    expect(refused.status).toBe(404);
    const next = await callbackOf(h.fake, send('help'));
    expect(next.status).toBe(204);
    const warning = h.logs.find((l) => l.code === 10062);
    expect(warning).toMatchObject({ level: 40, interactionId: expired.id });
    expect(h.fake.requestsFor(expired)).toHaveLength(1);
    expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
  });

  it('a callback Discord refuses with a server error is logged and answered with the polite error', async () => {
    h = await startHarness();
    h.fake.failNext({
      route: /\/callback$/,
      status: 500,
      body: { message: '500: Internal Server Error', code: 0 },
    });
    const interaction = send('summary');
    await h.fake.waitFor((r) => r.route.endsWith('/callback') && r.status === 204);
    const [first, second] = h.fake.requestsFor(interaction);
    expect(first?.status).toBe(500);
    expect(second?.body).toMatchObject({
      type: 4,
      data: { flags: 64, embeds: [{ title: 'Something went wrong' }] },
    });
    expect(h.logs.some((l) => l.msg === 'discord: interaction failed')).toBe(true);
  });

  it('a slow answer is deferred first (ephemeral), then the original reply is edited', async () => {
    const { release, harness } = await heldHarness();
    h = harness;
    const interaction = send('summary');
    const deferred = await callbackOf(h.fake, interaction);
    expect(deferred.body).toEqual({ type: 5, data: { flags: 64 } });
    release();
    const edit = await h.fake.waitFor(
      (r) => r.method === 'PATCH' && r.route.endsWith(`${interaction.token}/messages/@original`),
    );
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      embeds: [{ title: 'Harbour Festival Draws Record Crowds' }],
      allowed_mentions: { parse: [] },
    });
  });

  it('a public deferred answer that then fails is replaced by an ephemeral error', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    h = await startHarness({
      deferAfterMs: 20,
      summit: (base) => ({
        ...base,
        handle: async () => {
          await gate;
          throw new Error('late failure');
        },
      }),
    });
    const interaction = send('summary', { public: true });
    const deferred = await callbackOf(h.fake, interaction);
    expect(deferred.body).toEqual({ type: 5, data: { flags: 0 } });
    release();
    const followUp = await h.fake.waitFor((r) => r.method === 'POST' && r.route.endsWith(interaction.token));
    expect(followUp.body).toMatchObject({ flags: 64, embeds: [{ title: 'Something went wrong' }] });
    expect(h.fake.requestsFor(interaction).map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
  });

  it('visibility: an error answer to a public:true command stays private (the core policy, not the request)', async () => {
    h = await startHarness();
    const callback = await callbackOf(h.fake, send('section', { name: 'nowhere', public: true }));
    expect(callback.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(messageText((callback.body as { data: never }).data)).toContain('nowhere');
    const shown = await callbackOf(h.fake, send('summary', { public: true }));
    expect((shown.body as { data: { flags?: number } }).data.flags ?? 0).toBe(0);
  });

  it('visibility: a slow error after a public defer never shows in the channel: the placeholder is deleted, the error goes privately', async () => {
    const { release, harness } = await heldHarness();
    h = harness;
    const interaction = send('section', { name: 'nowhere', public: true });
    expect((await callbackOf(h.fake, interaction)).body).toEqual({ type: 5, data: { flags: 0 } });
    release();
    const followUp = await h.fake.waitFor((r) => r.method === 'POST' && r.route.endsWith(interaction.token));
    expect(followUp.body).toMatchObject({ flags: 64, embeds: [{ color: 0xed4245 }] });
    expect(messageText(followUp.body as never)).toContain('nowhere');
    const sent = h.fake.requestsFor(interaction);
    expect(sent.map((r) => r.method)).toEqual(['POST', 'DELETE', 'POST']);
    expect(sent.every((r) => r.status < 300)).toBe(true);
  });

  it('visibility: a slow public answer is deferred in public and the placeholder edited in place', async () => {
    h = await startHarness({
      deferAfterMs: 20,
      summit: (base) => ({
        ...base,
        handle: async (req) => {
          await new Promise((resolve) => setTimeout(resolve, 100));
          return base.handle(req);
        },
      }),
    });
    const interaction = send('summary', { public: true });
    expect((await callbackOf(h.fake, interaction)).body).toEqual({ type: 5, data: { flags: 0 } });
    await h.fake.waitFor((r) => r.method === 'PATCH' && r.route.includes(interaction.token));
    expect(h.fake.requestsFor(interaction).map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });
});

describe('discord door: stopping', () => {
  it('a command being answered when the door stops is still answered before the client closes', async () => {
    const { release, harness } = await heldHarness();
    h = harness;
    const interaction = send('summary', { public: true });
    await callbackOf(harness.fake, interaction);
    const stopping = harness.door.stop();
    setTimeout(release, 100);
    await stopping;
    const route = `/webhooks/${harness.fake.world.applicationId}/${interaction.token}/messages/@original`;
    const edited = harness.fake.requests.filter((r) => r.route === route && r.method === 'PATCH');
    expect(edited).toHaveLength(1);
    expect(harness.logs.map((l) => l.msg)).toContain('discord: door stopped');
    h = undefined;
    await harness.fake.close();
  });
});

// The Discord door end to end: the real discord.js client receives /summit interactions from
// the fake Discord and answers through its REST API; the tests read what the fake captured.
import { afterEach, describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import type { CommandRequest } from '../../src/core/request.ts';
import type { Summit } from '../../src/core/summit.ts';
import { chatInputInteraction, managerPermissions } from '../fakes/discord/payloads.ts';
import { handmadeArticle } from '../helpers/handmade-article.ts';
import { callbackOf, followUpsOf, type Harness, startHarness } from './helpers/harness.ts';
import { messageText } from './helpers/text.ts';

type Body = {
  type: number;
  data: {
    flags?: number;
    embeds: { title?: string; description?: string }[];
    components: unknown[];
    allowed_mentions: unknown;
  };
};

function recordAndHandle(seen: CommandRequest[], base: Summit, req: CommandRequest) {
  seen.push(req);
  return base.handle(req);
}

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

async function run(sub: string, options: Record<string, string | boolean> = {}, permissions?: string) {
  if (!h) throw new Error('no harness');
  const interaction = h.fake.sendInteraction(
    chatInputInteraction(h.fake.world, sub, options, { permissions }),
  );
  const callback = await callbackOf(h.fake, interaction);
  return { interaction, callback, body: callback.body as Body };
}

describe('discord door: /summit commands', () => {
  it('summary: answers ephemerally with the headline, key points, footer and drill-down menu', async () => {
    h = await startHarness();
    const { callback, body } = await run('summary');
    expect(callback.status).toBe(204);
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(64);
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    const article = handmadeArticle();
    expect(body.data.embeds[0]?.title).toBe(article.article.title);
    const text = messageText(body.data as never);
    for (const point of article.keyPoints) expect(text).toContain(point);
    expect(text).toContain('Test Gazette · Friday, 5 June 2026 · Porto');
    expect(JSON.stringify(body.data.components)).toContain('summit|section|name=part-1');
  });

  it('summary: public:true posts to the channel (no ephemeral flag)', async () => {
    h = await startHarness();
    const { body } = await run('summary', { public: true });
    expect(body.type).toBe(4);
    expect((body.data.flags ?? 0) & 64).toBe(0);
  });

  it('section and quotes: answer with the section text and the quotes with speaker and section', async () => {
    h = await startHarness();
    const section = await run('section', { name: 'boats' });
    expect(section.body.data.embeds[0]?.title).toBe('Boats and Music');
    expect(messageText(section.body.data as never)).toContain('The tall ships sailed in at noon, part 1.');
    const quotes = messageText((await run('quotes')).body.data as never);
    expect(quotes).toContain('“We have never seen so many people,”\nAna Silva, Lead');
    expect(quotes).toContain('“The boats are the heart of it,”\nRui Costa, Boats and Music');
    const one = messageText((await run('quotes', { speaker: 'rui' })).body.data as never);
    expect(one).toContain('Rui Costa');
    expect(one).not.toContain('Ana Silva, Lead');
  });

  it('every subcommand of the tree is answered with the core reply, under the limits', async () => {
    const seen: CommandRequest[] = [];
    h = await startHarness({
      summit: (base) => ({ ...base, handle: (req) => recordAndHandle(seen, base, req) }),
    });
    for (const sub of summitTree.subcommands) {
      const options = Object.fromEntries(
        sub.options.filter((o) => o.required).map((o) => [o.name, o.example ?? 'x']),
      );
      const { callback, body } = await run(sub.name, options);
      expect(callback.status, sub.name).toBe(204);
      const request = seen.at(-1) as CommandRequest;
      expect(request.command).toBe(sub.name);
      expect(request.options).toEqual(options);
      const expected = await h.summit.handle(request);
      expect(body.data.embeds[0]?.title, sub.name).toBe(expected.title);
    }
  });

  it('who and where: Manage Channels makes a manager; channel and guild are passed on', async () => {
    const seen: CommandRequest[] = [];
    h = await startHarness({
      summit: (base) => ({ ...base, handle: (req) => recordAndHandle(seen, base, req) }),
    });
    await run('status');
    await run('status', {}, managerPermissions);
    const { world } = h.fake;
    expect(seen.map((r) => r.who)).toMatchObject([
      { platform: 'discord', userId: world.userId, canManage: false },
      { platform: 'discord', userId: world.userId, canManage: true },
    ]);
    expect(seen[0]?.where).toEqual({
      platform: 'discord',
      channelId: world.channelId,
      workspaceId: world.guildId,
    });
  });

  it('a long answer is split across follow-ups under every limit, each marked (continued k/n)', async () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `Extra sentence ${i} adds detail about the ships and the music.`,
    ).join(' ');
    h = await startHarness({ articles: [handmadeArticle({ extra: long })] });
    const { interaction, body } = await run('section', { name: 'lead' });
    expect(body.data.embeds[0]?.title).toBe('Harbour Festival Draws Record Crowds: the lead');
    const [second] = await followUpsOf(h.fake, interaction, 1);
    const parts = Number(
      /\(continued 2\/(\d+)\)$/.exec((second?.body as Body['data'] | undefined)?.embeds[0]?.title ?? '')?.[1],
    );
    expect(parts).toBeGreaterThan(1);
    const followUps = await followUpsOf(h.fake, interaction, parts - 1);
    followUps.forEach((r, i) => {
      expect(r.status).toBe(200);
      expect((r.body as Body['data']).flags).toBe(64);
      expect((r.body as Body['data']).embeds[0]?.title).toBe(
        `Harbour Festival Draws Record Crowds: the lead (continued ${i + 2}/${parts})`,
      );
    });
    const text = [body.data, ...followUps.map((r) => r.body)].map((d) => messageText(d as never)).join('\n');
    for (let i = 0; i < 120; i += 1) expect(text).toContain(`Extra sentence ${i} adds detail`);
    expect(followUps.at(-1)?.body).toMatchObject({ components: [{ type: 1 }] });
    expect(body.data.components).toEqual([]);
  });

  it('mentions in article text are neutralised and every payload suppresses mentions', async () => {
    const extra =
      'Hey @everyone and @here, ask <@123456789012345678> or <@&223456789012345678> in <#323456789012345678>.';
    h = await startHarness({ articles: [handmadeArticle({ extra })] });
    await run('summary', { public: true });
    await run('section', { name: 'lead', public: true });
    const bodies = h.fake.requests.filter((r) => r.route.endsWith('/callback')).map((r) => r.body as Body);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) {
      const raw = JSON.stringify(body.data);
      expect(raw).not.toMatch(/@(everyone|here)|<@!?&?\d+>|<#\d+>/);
      expect(body.data.allowed_mentions).toEqual({ parse: [] });
    }
    expect(messageText(bodies[1]?.data as never)).toContain(extra);
  });
});

// The HTTP interactions door end to end: the fake Discord signs and posts interactions to the
// bot's HTTP server; the door answers in the HTTP response and, when slow, edits @original
// through REST. Refused requests (bad or stale signature, malformed body) run nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { summitTree } from '../../../commands/summit.ts';
import type { CommandRequest } from '../../../src/core/request.ts';
import type { Summit } from '../../../src/core/summit.ts';
import { nowSeconds, signatureHeaders } from '../../fakes/discord/outgoing.ts';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  managerPermissions,
} from '../../fakes/discord/payloads.ts';
import { handmadeArticle } from '../../helpers/handmade-article.ts';
import { followUpsOf } from '../helpers/harness.ts';
import { messageText } from '../helpers/text.ts';
import { type HttpHarness, startHttpHarness } from './harness.ts';

type Body = {
  type: number;
  data: {
    flags?: number;
    embeds: { title?: string; description?: string }[];
    components: { components: { custom_id: string; label?: string }[] }[];
    allowed_mentions: unknown;
    choices?: { name: string; value: string }[];
  };
};

let h: HttpHarness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** A summit whose every handle waits until released and counts what it was asked. */
function counting(seen: CommandRequest[]) {
  return (base: Summit): Summit => ({
    ...base,
    handle: (req) => {
      seen.push(req);
      return base.handle(req);
    },
  });
}

/** An option nested `depth` levels below its group, as raw JSON (too deep for JSON.stringify). */
function deeplyNested(depth: number): string {
  const open = '{"name":"g","type":2,"options":['.repeat(depth);
  return `${open}{"name":"x","type":3,"value":"v"}${']}'.repeat(depth)}`;
}

describe('discord HTTP door: verification', () => {
  it('a PING from Discord gets a PONG', async () => {
    h = await startHttpHarness();
    const answer = await h.post({
      id: '1',
      token: 't',
      type: 1,
      application_id: h.fake.world.applicationId,
    } as never);
    expect(answer).toMatchObject({ status: 200, body: { type: 1 } });
  });

  it('a bad signature, a missing header, a stale or future timestamp get 401 and run nothing', async () => {
    const seen: CommandRequest[] = [];
    h = await startHttpHarness({ summit: counting(seen) });
    const payload = chatInputInteraction(h.fake.world, 'summary');
    const body = JSON.stringify(payload);
    const other = JSON.stringify({ ...payload, token: `${payload.token}x` });
    // A minute past the 5-minute window either way, so a slow run cannot carry the future one back inside it.
    const stale = String(Math.floor(Date.now() / 1000) - 360);
    const future = String(Math.floor(Date.now() / 1000) + 360);
    const tries: Record<string, string>[] = [
      signatureHeaders(h.keys, other, nowSeconds()),
      { 'x-signature-timestamp': nowSeconds() },
      { 'x-signature-ed25519': signatureHeaders(h.keys, body, nowSeconds())['x-signature-ed25519'] },
      signatureHeaders(h.keys, body, stale),
      signatureHeaders(h.keys, body, future),
      { ...signatureHeaders(h.keys, body, nowSeconds()), 'x-signature-ed25519': 'zz' },
    ];
    for (const headers of tries) {
      const answer = await h.post(payload, 0, { headers, raw: body });
      expect(answer.status, JSON.stringify(headers)).toBe(401);
    }
    expect(seen).toEqual([]);
    expect(h.fake.requests).toEqual([]);
  });

  it('a signed body that is not an interaction gets 400 and runs nothing', async () => {
    const seen: CommandRequest[] = [];
    h = await startHttpHarness({ summit: counting(seen) });
    const good = chatInputInteraction(h.fake.world, 'summary');
    const bodies = [
      'not json',
      '[]',
      '{"type":2}',
      JSON.stringify({ ...good, type: 'two' }),
      JSON.stringify({ ...good, data: { name: 'summit', options: 'summary' } }),
      JSON.stringify({ ...good, member: undefined, user: undefined }),
      JSON.stringify({ ...good, type: 3, data: { component_type: 2 } }),
      // Options nest three deep at most; a deeper body is not recursed into.
      JSON.stringify({ ...good, data: { name: 'summit', options: [] } }).replace(
        '"options":[]',
        `"options":[${deeplyNested(10_000)}]`,
      ),
      JSON.stringify({ ...good, data: { name: 'summit', options: [] } }).replace(
        '"options":[]',
        `"options":[${deeplyNested(3)}]`,
      ),
    ];
    for (const raw of bodies) {
      const headers = signatureHeaders(h.keys, raw, nowSeconds());
      const answer = await h.post(good, 0, { headers, raw });
      expect(answer.status, raw.slice(0, 80)).toBe(400);
    }
    expect(seen).toEqual([]);
  });
});

describe('discord HTTP door: answers', () => {
  it('every subcommand of the tree is answered in the HTTP response with the core reply, mentions off', async () => {
    const seen: CommandRequest[] = [];
    h = await startHttpHarness({ summit: counting(seen) });
    for (const sub of summitTree.subcommands) {
      const options = Object.fromEntries(
        sub.options.filter((o) => o.required).map((o) => [o.name, o.example ?? 'x']),
      );
      const answer = await h.post(chatInputInteraction(h.fake.world, sub.name, options));
      expect(answer.status, sub.name).toBe(200);
      expect(answer.callback?.status, sub.name).toBe(204);
      const body = answer.body as Body;
      const request = seen.at(-1) as CommandRequest;
      expect(request.command).toBe(sub.name);
      expect(request.options).toEqual(options);
      const expected = await h.instances[0]?.summit.handle(request);
      expect(body.data.embeds[0]?.title, sub.name).toBe(expected?.title);
      expect(body.data.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it('who and where: Manage Channels makes a manager; channel and guild are passed on', async () => {
    const seen: CommandRequest[] = [];
    h = await startHttpHarness({ summit: counting(seen) });
    await h.post(chatInputInteraction(h.fake.world, 'status', {}, { permissions: managerPermissions }));
    await h.post(chatInputInteraction(h.fake.world, 'status'));
    expect(seen.map((r) => r.who.canManage)).toEqual([true, false]);
    expect(seen[0]?.where).toEqual({
      platform: 'discord',
      channelId: h.fake.world.channelId,
      workspaceId: h.fake.world.guildId,
    });
    expect(seen[0]?.who.userId).toBe(h.fake.world.userId);
  });

  it('autocomplete offers the sections, filtered by what is typed', async () => {
    h = await startHttpHarness({ articles: [handmadeArticle({ sections: 3 })] });
    const all = await h.post(autocompleteInteraction(h.fake.world, 'section', 'name', ''));
    const choices = (all.body as Body).data.choices ?? [];
    expect(all.callback?.status).toBe(204);
    expect(choices.length).toBeGreaterThan(1);
    const first = choices[0]?.name ?? '';
    const typed = await h.post(autocompleteInteraction(h.fake.world, 'section', 'name', first.slice(0, 6)));
    expect((typed.body as Body).data.choices?.map((c) => c.name)).toContain(first);
  });

  it('a button on a summary opens its section; a button that is not ours gets a polite private answer', async () => {
    h = await startHttpHarness({ articles: [handmadeArticle({ sections: 3 })] });
    const summary = await h.post(chatInputInteraction(h.fake.world, 'summary'));
    const buttons = (summary.body as Body).data.components.flatMap((row) => row.components);
    const section = buttons.find((b) => b.label === 'Boats and Music');
    expect(section?.custom_id).toBeTruthy();
    const click = await h.post(buttonInteraction(h.fake.world, section?.custom_id ?? '', {}));
    expect(click.callback?.status).toBe(204);
    expect((click.body as Body).data.embeds[0]?.title).toBe('Boats and Music');
    const stale = await h.post(buttonInteraction(h.fake.world, 'not-ours', {}));
    expect((stale.body as Body).data.flags).toBe(64);
    expect((stale.body as Body).data.embeds[0]?.title).toBe('That button is out of date');
  });

  it('a long answer continues as private follow-ups through the interaction webhook', async () => {
    const long = Array.from(
      { length: 120 },
      (_, i) => `Extra sentence ${i} adds detail about the ships and the music.`,
    ).join(' ');
    h = await startHttpHarness({ articles: [handmadeArticle({ extra: long })] });
    const payload = chatInputInteraction(h.fake.world, 'section', { name: 'lead' });
    const answer = await h.post(payload);
    const first = (answer.body as Body).data;
    expect(first.embeds[0]?.title).toBe('Harbour Festival Draws Record Crowds: the lead');
    const [second] = await followUpsOf(h.fake, payload, 1);
    const parts = Number(
      /\(continued 2\/(\d+)\)$/.exec((second?.body as Body['data'] | undefined)?.embeds[0]?.title ?? '')?.[1],
    );
    expect(parts).toBeGreaterThan(1);
    const followUps = await followUpsOf(h.fake, payload, parts - 1);
    for (const r of followUps) {
      expect(r.status).toBe(200);
      expect(r.authorization).toBeUndefined();
      expect((r.body as Body['data']).flags).toBe(64);
      expect((r.body as Body['data']).allowed_mentions).toEqual({ parse: [] });
    }
    const text = [first, ...followUps.map((r) => r.body)].map((d) => messageText(d as never)).join('\n');
    for (let i = 0; i < 120; i += 1) expect(text).toContain(`Extra sentence ${i} adds detail`);
  });
});

/** A harness whose core answers only once `release()` is called, so the door defers first. */
async function held(fail = false, instances = 1): Promise<{ release: () => void; harness: HttpHarness }> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const harness = await startHttpHarness({
    deferAfterMs: 20,
    instances,
    summit: (base) => ({
      ...base,
      handle: async (req) => {
        await gate;
        if (fail) throw new Error('core broke');
        return base.handle(req);
      },
    }),
  });
  return { release, harness };
}

const edited = (token: string) => (r: { method: string; route: string }) =>
  r.method === 'PATCH' && r.route.endsWith(`${token}/messages/@original`);

describe('discord HTTP door: slow answers', () => {
  it('a slow answer is deferred in the HTTP response (ephemeral), then @original is edited', async () => {
    const { release, harness } = await held();
    h = harness;
    const payload = chatInputInteraction(h.fake.world, 'summary');
    const answer = await h.post(payload);
    expect(answer.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(answer.callback?.status).toBe(204);
    release();
    const edit = await h.fake.waitFor(edited(payload.token));
    expect(edit.status).toBe(200);
    expect(edit.authorization).toBeUndefined();
    expect(edit.body).toMatchObject({
      embeds: [{ title: 'Harbour Festival Draws Record Crowds' }],
      allowed_mentions: { parse: [] },
    });
  });

  it('a slow public answer is deferred in public and edited in place', async () => {
    const { release, harness } = await held();
    h = harness;
    const payload = chatInputInteraction(h.fake.world, 'summary', { public: true });
    const answer = await h.post(payload);
    expect(answer.body).toEqual({ type: 5 });
    release();
    const edit = await h.fake.waitFor(edited(payload.token));
    expect(edit.body).toMatchObject({ embeds: [{ title: 'Harbour Festival Draws Record Crowds' }] });
  });

  it('a slow failure after a public defer never shows in the channel: placeholder deleted, error private', async () => {
    const { release, harness } = await held(true);
    h = harness;
    const payload = chatInputInteraction(h.fake.world, 'summary', { public: true });
    await h.post(payload);
    release();
    const followUp = await h.fake.waitFor((r) => r.method === 'POST' && r.route.endsWith(payload.token));
    expect(h.fake.requests.some((r) => r.method === 'DELETE' && r.route.endsWith('@original'))).toBe(true);
    expect(followUp.body).toMatchObject({ flags: 64, embeds: [{ title: 'Something went wrong' }] });
    expect(h.logs.some((l) => l.msg === 'discord: interaction failed')).toBe(true);
  });

  it('a slow click on a button is deferred and edited like a command', async () => {
    const { release, harness } = await held();
    h = harness;
    release();
    const summary = await h.post(chatInputInteraction(h.fake.world, 'summary'));
    const id = (summary.body as Body).data.components[0]?.components[0]?.custom_id ?? '';
    const { release: again, harness: second } = await held();
    await h.close();
    h = second;
    const click = buttonInteraction(h.fake.world, id, {});
    const answer = await h.post(click);
    expect(answer.body).toEqual({ type: 5, data: { flags: 64 } });
    again();
    const edit = await h.fake.waitFor(edited(click.token));
    expect(edit.status).toBe(200);
  });
});

describe('discord HTTP door: stateless', () => {
  it('two instances behind one address answer a spread of requests alike, clicks included', async () => {
    h = await startHttpHarness({ instances: 2, articles: [handmadeArticle({ sections: 3 })] });
    const bodies: string[][] = [[], []];
    const subs = ['summary', 'summary', 'quotes', 'quotes', 'help', 'help', 'status', 'status'];
    for (const [i, sub] of subs.entries()) {
      const answer = await h.post(chatInputInteraction(h.fake.world, sub), i % 2);
      expect(answer.status).toBe(200);
      bodies[i % 2]?.push(JSON.stringify(answer.body));
    }
    for (const [i, body] of (bodies[0] ?? []).entries()) expect(bodies[1]?.[i], subs[i * 2]).toBe(body);
    // A click on a button one instance rendered is answered by the other.
    const summary = await h.post(chatInputInteraction(h.fake.world, 'summary'), 0);
    const id = (summary.body as Body).data.components[0]?.components[0]?.custom_id ?? '';
    const onA = await h.post(buttonInteraction(h.fake.world, id, {}), 0);
    const onB = await h.post(buttonInteraction(h.fake.world, id, {}), 1);
    expect(onB.body).toEqual(onA.body);
    expect((onB.body as Body).data.flags).toBe(64);
  });

  it('slow answers deferred on either instance are each edited in place by that instance', async () => {
    const { release, harness } = await held(false, 2);
    h = harness;
    const first = chatInputInteraction(h.fake.world, 'summary');
    const second = chatInputInteraction(h.fake.world, 'quotes');
    expect((await h.post(first, 0)).body).toEqual({ type: 5, data: { flags: 64 } });
    expect((await h.post(second, 1)).body).toEqual({ type: 5, data: { flags: 64 } });
    release();
    const edits = await Promise.all([
      h.fake.waitFor(edited(first.token)),
      h.fake.waitFor(edited(second.token)),
    ]);
    expect(edits.map((e) => e.status)).toEqual([200, 200]);
  });
});

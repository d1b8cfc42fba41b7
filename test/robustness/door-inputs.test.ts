// Property, through the real SDKs: whatever options a Discord interaction carries (stale or
// unknown subcommands, unknown options, odd types and values) and whatever text follows /summit
// on Slack, the door answers within the platform rules, logs no failure and keeps running.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summitTree } from '../../commands/summit.ts';
import {
  callbackRoute,
  type Harness as DiscordHarness,
  startHarness as startDiscord,
} from '../discord/helpers/harness.ts';
import { autocompleteInteraction, chatInputInteraction } from '../fakes/discord/payloads.ts';
import {
  blockActionPayload,
  formBody,
  postSigned,
  postSignedForAck,
  slashCommandFields,
} from '../fakes/slack/requests.ts';
import { checkMessage } from '../fakes/slack/validate.ts';
import { type Harness as SlackHarness, signingSecret, startHarness as startSlack } from '../slack/harness.ts';
import { hostileText } from './helpers/arbitraries.ts';

const names = summitTree.subcommands.map((s) => s.name);
const optionNames = [...new Set(summitTree.subcommands.flatMap((s) => s.options.map((o) => o.name)))];
const nameArb = fc.oneof(fc.constantFrom(...optionNames), fc.stringMatching(/^[a-z_-]{1,32}$/));
/** Values as Discord would type them: string (3), integer (4), boolean (5), number (10). */
const typedValue = fc.oneof(
  hostileText.map((value) => ({ type: 3, value: value.slice(0, 6000) })),
  fc.integer().map((value) => ({ type: 4, value })),
  fc.boolean().map((value) => ({ type: 5, value })),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ type: 10, value })),
);
const subOptions = fc.uniqueArray(fc.tuple(nameArb, typedValue), { maxLength: 5, selector: ([n]) => n });
/** Shapes discord.js itself cannot read: options that are not a list, or a list with holes. */
const unreadable = fc.oneof(
  fc.constantFrom('x', 7, {}, [null], [7]),
  fc.jsonValue({ maxDepth: 2 }).filter((v) => !Array.isArray(v) && v !== null),
);
/** The `data.options` of a chat input interaction: usually a subcommand, sometimes none, an unknown one or a broken one. */
const commandOptions = fc.oneof(
  fc
    .tuple(fc.oneof(fc.constantFrom(...names), fc.stringMatching(/^[a-z-]{1,20}$/)), subOptions)
    .map(([sub, opts]) => [{ name: sub, type: 1, options: opts.map(([name, v]) => ({ name, ...v })) }]),
  subOptions.map((opts) => opts.map(([name, v]) => ({ name, ...v }))),
  fc.constant([]),
  fc.tuple(fc.constantFrom(...names), unreadable).map(([sub, options]) => [{ name: sub, type: 1, options }]),
  unreadable,
);

describe('discord door: any options', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await startDiscord();
  });
  afterAll(async () => {
    await h.close();
  });

  it('commands: any subcommand, options and values get a valid answer and no failure is logged', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(
        commandOptions,
        fc.constantFrom('summit', 'summit', 'old-command'),
        async (options, name) => {
          const payload = chatInputInteraction(h.fake.world, 'summary');
          payload.data = { ...payload.data, name, options } as typeof payload.data;
          const interaction = h.fake.sendInteraction(payload);
          sent++;
          const callback = await h.fake.waitFor((r) => r.route === callbackRoute(interaction));
          expect(callback.status, JSON.stringify(callback.response)).toBe(204);
          const type = (callback.body as { type: number }).type;
          expect([4, 5]).toContain(type);
          if (type === 5) {
            const edit = await h.fake.waitFor(
              (r) => r.method === 'PATCH' && r.route.includes(interaction.token),
            );
            expect(edit.status).toBe(200);
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(sent).toBeGreaterThanOrEqual(60);
    expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
    expect(h.door.client.isReady()).toBe(true);
  });

  it('autocomplete: any focused option and typed text, or none focused, get at most 25 valid choices', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        nameArb,
        hostileText,
        fc.boolean(),
        async (sub, option, typed, focused) => {
          const payload = autocompleteInteraction(h.fake.world, sub, option, typed.slice(0, 6000));
          if (!focused) {
            const [subcommand] = (payload.data as { options: { options: { focused?: boolean }[] }[] })
              .options;
            for (const o of subcommand?.options ?? []) o.focused = false;
          }
          const interaction = h.fake.sendInteraction(payload);
          const callback = await h.fake.waitFor((r) => r.route === callbackRoute(interaction));
          expect(callback.status, JSON.stringify(callback.response)).toBe(204);
          expect((callback.body as { type: number }).type).toBe(8);
        },
      ),
      { numRuns: 60 },
    );
    expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('slack door: any command text', () => {
  let h: SlackHarness;
  let seq = 0;
  beforeAll(async () => {
    h = await startSlack({ mode: 'http' });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('commands: any text after /summit is acked with 200 and answered with messages Slack accepts', async () => {
    const escaped = hostileText.map((t) =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    );
    const line = fc
      .tuple(fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 6 })), fc.oneof(hostileText, escaped))
      .map(([sub, rest]) => `${sub} ${rest}`);
    await fc.assert(
      fc.asyncProperty(fc.oneof(line, hostileText), async (text) => {
        const id = `prop-${++seq}`;
        const body = formBody(slashCommandFields(text, h.fake.responseUrl(id)));
        const { status, ack } = await postSignedForAck(h.eventsUrl, body, { secret: signingSecret });
        expect(status).toBe(200);
        await h.fake.until(() => (ack ? 1 : 0) + (h.fake.responses.get(id) ?? []).length >= 1);
        const posts = h.fake.responses.get(id) ?? [];
        expect(posts.map((p) => p.problem)).toEqual(posts.map(() => null));
        if (ack) expect(checkMessage(ack)).toBeNull();
        else expect(posts[0]?.status).toBe(200);
      }),
      { numRuns: 60 },
    );
    expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it('clicks: any button value (ours, stale or forged) is acked and answered', async () => {
    const value = fc.oneof(
      hostileText,
      fc
        .tuple(fc.constantFrom(...names), hostileText)
        .map(([c, v]) => `summit|${c}|name=${encodeURIComponent(v).slice(0, 60)}`),
      fc.constantFrom(
        'summit|section|name=%E0%A4%A',
        'summit||',
        'summit|DROP TABLE|x=1',
        'summit|summary|=x',
      ),
    );
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        const id = `click-${++seq}`;
        const action = { type: 'button', action_id: 'summit:open:0', value: v.slice(0, 2000) };
        const body = formBody({
          payload: JSON.stringify(blockActionPayload(action, h.fake.responseUrl(id))),
        });
        expect(await postSigned(h.eventsUrl, body, { secret: signingSecret })).toBe(200);
        await h.fake.until(() => (h.fake.responses.get(id) ?? []).length >= 1);
        expect((h.fake.responses.get(id) ?? [])[0]?.status).toBe(200);
      }),
      { numRuns: 40 },
    );
    expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it('clicks: any action shape (odd types, values, no response_url) is answered at once and fails no listener', async () => {
    const anything = fc.jsonValue({ maxDepth: 2 });
    const action = fc.record(
      {
        type: fc.oneof(fc.constantFrom('button', 'static_select', 'datepicker'), anything),
        action_id: fc.oneof(fc.constantFrom('summit:open:0', 'summit:pick:1', 'other'), anything),
        value: anything,
        selected_option: fc.oneof(
          anything,
          anything.map((value) => ({ value })),
        ),
      },
      { requiredKeys: ['action_id'] },
    );
    await fc.assert(
      fc.asyncProperty(action, fc.boolean(), async (a, withUrl) => {
        const id = `shape-${++seq}`;
        const { response_url: _, ...noUrl } = blockActionPayload(a, h.fake.responseUrl(id));
        const payload = withUrl ? blockActionPayload(a, h.fake.responseUrl(id)) : noUrl;
        // A unique trigger_id: the gate refuses the very same signed request twice (a replay).
        const body = formBody({ payload: JSON.stringify({ ...payload, trigger_id: id }) });
        expect([200, 400]).toContain(await postSigned(h.eventsUrl, body, { secret: signingSecret }));
      }),
      { numRuns: 60 },
    );
    expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });
});

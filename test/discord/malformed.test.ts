// Interactions the door cannot read, sent by the fake Discord to the real discord.js client: each
// still gets an answer (no choices for autocomplete, a private explanation otherwise), nothing
// escapes as an unhandled rejection, and the client keeps answering.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
} from '../fakes/discord/payloads.ts';
import { callbackOf, type Harness, startHarness } from './helpers/harness.ts';
import { messageText } from './helpers/text.ts';

let h: Harness | undefined;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);
beforeEach(() => {
  rejections.length = 0;
  process.on('unhandledRejection', onRejection);
});
afterEach(async () => {
  process.off('unhandledRejection', onRejection);
  await h?.close();
  h = undefined;
});

type Callback = { type: number; data: { flags?: number; choices?: unknown[] } };
type SubOptions = { data: { options: { options: unknown }[] } };

/** Replaces the options of the payload's subcommand. */
function withSubOptions<T>(payload: T, options: unknown): T {
  const [sub] = (payload as SubOptions).data.options;
  if (sub) sub.options = options;
  return payload;
}

/** Sends a hand-broken payload and returns the callback it got. */
async function answerTo(payload: { id: string; token: string; type: number }): Promise<Callback> {
  if (!h) throw new Error('no harness');
  const callback = await callbackOf(h.fake, h.fake.sendInteraction(payload));
  expect(callback.status, JSON.stringify(callback.response)).toBe(204);
  return callback.body as Callback;
}

/** The next ordinary command is still answered, and no rejection went unhandled. */
async function stillAnswering(): Promise<void> {
  if (!h) throw new Error('no harness');
  const next = await callbackOf(h.fake, h.fake.sendInteraction(chatInputInteraction(h.fake.world, 'help')));
  expect(next.status).toBe(204);
  await new Promise((resolve) => setImmediate(resolve));
  expect(rejections).toEqual([]);
}

describe('discord door: malformed interactions', () => {
  it('malformed: an autocomplete with no focused option is answered with no choices', async () => {
    h = await startHarness();
    const payload = withSubOptions(autocompleteInteraction(h.fake.world, 'section', 'name', 'bo'), [
      { name: 'name', type: 3, value: 'bo', focused: false },
    ]);
    expect(await answerTo(payload)).toEqual({ type: 8, data: { choices: [] } });
    expect(h.logs.filter((l) => l.level >= 50)).toEqual([]);
    await stillAnswering();
  });

  it('malformed: a button click without its message gets a private explanation, not an unhandled rejection', async () => {
    h = await startHarness();
    const { message: _dropped, ...payload } = buttonInteraction(h.fake.world, 'summit|summary|', {});
    const body = await answerTo(payload);
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(messageText(body.data as never)).toContain('could not be read');
    expect(h.logs.some((l) => l.msg === 'discord: unreadable interaction' && l.level === 40)).toBe(true);
    await stillAnswering();
  });

  it('malformed: subcommand options that are not a list get a private explanation', async () => {
    h = await startHarness();
    for (const broken of ['x', [null], [{ name: 'name', type: 3, value: 'boats', options: 7 }]]) {
      const payload = withSubOptions(chatInputInteraction(h.fake.world, 'section'), broken);
      const body = await answerTo(payload);
      expect(body, JSON.stringify(broken)).toMatchObject({ type: 4, data: { flags: 64 } });
      expect(messageText(body.data as never)).toContain('could not be read');
    }
    await stillAnswering();
  });

  it('malformed: option values of the wrong type are refused privately with what was wrong', async () => {
    h = await startHarness();
    const payload = withSubOptions(chatInputInteraction(h.fake.world, 'section'), [
      { name: 'name', type: 3, value: 5 },
      { name: 'public', type: 5, value: 'yes' },
    ]);
    const body = await answerTo(payload);
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(messageText(body.data as never)).toContain('name must be text');
    await stillAnswering();
  });

  it('malformed: a kind of interaction the bot never registered (a user context menu) gets a private explanation', async () => {
    h = await startHarness();
    const payload = chatInputInteraction(h.fake.world, 'summary');
    const userId = h.fake.world.userId;
    (payload as { data: unknown }).data = {
      id: 'summit-user-command',
      name: 'Summit',
      type: 2,
      target_id: userId,
      resolved: { users: { [userId]: { id: userId, username: 'reader', discriminator: '0', avatar: null } } },
    };
    const body = await answerTo(payload);
    expect(body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(messageText(body.data as never)).toContain('could not be read');
    await stillAnswering();
  });

  it('malformed: the guard wraps discord.js where it builds interactions (client.actions.InteractionCreate.handle)', async () => {
    h = await startHarness();
    const actions = (h.door.client as unknown as { actions?: Record<string, { handle?: unknown }> }).actions;
    expect(typeof actions?.InteractionCreate?.handle).toBe('function');
    expect(h.logs.some((l) => l.msg.includes('no InteractionCreate action'))).toBe(false);
  });
});

import type { SocketModeReceiver } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { blockActionPayload, slashCommandFields } from '../fakes/slack/requests.ts';
import { checkMessage } from '../fakes/slack/validate.ts';
import { type Harness, startHarness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('slack door over Socket Mode (real Bolt, fake websocket)', () => {
  it('connects with the app token and answers a slash command envelope in its ack payload', async () => {
    h = await startHarness({ mode: 'socket' });
    const { fake } = h;
    expect(h.door.mode).toBe('socket');
    expect(fake.socket.connections).toBe(1);
    expect(fake.calls.find((c) => c.method === 'apps.connections.open')?.token).toBe('xapp-fake-app');
    const ack = await fake.socket.deliver(
      'slash_commands',
      slashCommandFields('quotes rui', fake.responseUrl('s1')),
    );
    expect(ack.envelope_id).toBeTruthy();
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: 'Rui Costa, quoted' });
    expect(JSON.stringify(ack.payload)).toContain('*Rui Costa*');
    expect(checkMessage(ack.payload ?? {})).toBeNull();
    expect(fake.responses.get('s1')).toEqual([]);
  });

  it('a button click arrives as an interactive envelope and is answered in place', async () => {
    h = await startHarness({ mode: 'socket' });
    const { fake } = h;
    const action = { type: 'button', action_id: 'summit:open:0', value: 'summit|section|name=part-1' };
    await fake.socket.deliver('interactive', blockActionPayload(action, fake.responseUrl('s2')));
    await fake.until(() => fake.accepted('s2').length === 1);
    expect(fake.accepted('s2')[0]).toMatchObject({ replace_original: true, text: 'Boats and Music' });
  });

  it('a null payload and a click without response_url are acked and logged, and no listener fails', async () => {
    h = await startHarness({ mode: 'socket' });
    const { fake } = h;
    const action = { type: 'button', action_id: 'summit:open:0', value: 'summit|summary' };
    const { response_url: _, ...noUrl } = blockActionPayload(action, '');
    expect((await fake.socket.deliver('interactive', null as never)).envelope_id).toBeTruthy();
    expect((await fake.socket.deliver('interactive', noUrl)).envelope_id).toBeTruthy();
    const refused = h.logs.filter((l) => String(l.msg).startsWith('slack: refused a request'));
    expect(refused).toHaveLength(2);
    expect(h.logs.filter((l) => Number(l.level) >= 50)).toEqual([]);
  });

  it('stop() resolves only after the socket client has emitted disconnected', async () => {
    h = await startHarness({ mode: 'socket' });
    const { door, fake } = h;
    const client = (door.receiver as SocketModeReceiver).client;
    let disconnected = false;
    client.once('disconnected', () => {
      disconnected = true;
    });
    await door.stop();
    expect(disconnected).toBe(true);
    await fake.until(() => fake.socket.connections === 0);
    await fake.close();
    h = undefined;
  });
});

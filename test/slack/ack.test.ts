// Where a slash command's answer goes over HTTP: a quick answer rides in the ack's body (no
// response_url post at all), a slow one is acked empty within Slack's window and sent later.
import { afterEach, describe, expect, it } from 'vitest';
import { formBody, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { checkMessage } from '../fakes/slack/validate.ts';
import { type Harness, type HarnessOptions, signingSecret, startHarness } from './harness.ts';

let h: Harness | undefined;
let seq = 0;

async function start(options: Partial<HarnessOptions> = {}): Promise<Harness> {
  h = await startHarness({ mode: 'http', ...options });
  return h;
}
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** Sends `/summit <text>`; resolves with the response_url id and what the ack carried. */
async function send(h: Harness, text: string) {
  const id = `ack${++seq}`;
  const body = formBody(slashCommandFields(text, h.fake.responseUrl(id)));
  return { id, ...(await postSignedForAck(h.eventsUrl, body, { secret: signingSecret })) };
}

describe('slack door: the answer in the ack', () => {
  it('a one-message answer arrives in the ack body and nothing goes through response_url', async () => {
    const h = await start();
    const { status, ack } = await send(h, 'quotes silva');
    expect(status).toBe(200);
    expect(ack).toMatchObject({ response_type: 'ephemeral', text: 'Ana Silva, quoted' });
    expect(JSON.stringify(ack)).toContain('*Ana Silva*');
    expect(ack).not.toHaveProperty('replace_original');
    expect(checkMessage(ack ?? {})).toBeNull();
    // A later command's ack comes after anything the first could still have posted.
    expect((await send(h, 'help')).ack).toMatchObject({ text: 'Summit: the news story in your channel' });
    expect([...h.fake.responses.values()].flat()).toEqual([]);
  });

  it('a public answer in the ack is in_channel', async () => {
    const h = await start();
    const { ack } = await send(h, 'summary public');
    expect(ack).toMatchObject({ response_type: 'in_channel', text: 'Harbour Festival Draws Record Crowds' });
  });

  it('a slow answer is acked empty within the window, then sent whole through response_url', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const h = await start({
      ackWithinMs: 20,
      wrap: (core) => ({
        ...core,
        handle: async (req) => {
          await gate;
          return core.handle(req);
        },
      }),
    });
    const { id, status, ack } = await send(h, 'summary');
    expect({ status, ack }).toEqual({ status: 200, ack: null });
    release();
    await h.fake.until(() => h.fake.accepted(id).length === 1);
    expect(h.fake.accepted(id)[0]).toMatchObject({
      response_type: 'ephemeral',
      text: 'Harbour Festival Draws Record Crowds',
    });
  });
});

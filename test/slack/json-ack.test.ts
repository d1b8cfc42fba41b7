// The ack fast path reaches into Bolt: the request gate wraps the HTTP receiver's requestListener
// and reads the body first, the response rides to the listener through customPropertiesExtractor,
// and a pre-encoded string ack goes out as it is. Each test names one thing it relies on in the
// REAL Bolt HTTP receiver and App, so an SDK upgrade that breaks it fails here by name.
import { type IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SlashCommand } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { App, HTTPReceiver } from '../../src/slack/bolt.ts';
import { toBoltLogger } from '../../src/slack/bolt-logger.ts';
import { ackBody, ackFor, encodedAck, extractResponse, responseProperty } from '../../src/slack/json-ack.ts';
import type { SlackMessage } from '../../src/slack/render.ts';
import { installRequestGate } from '../../src/slack/request-gate.ts';
import { formBody, signatureHeaders, slashCommandFields } from '../fakes/slack/requests.ts';

const secret = 'contract-secret';
const message: SlackMessage = Object.freeze({
  text: 'Harbour “festival” • 1',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Crowds • “record”' } }],
}) as SlackMessage;

interface Seen {
  command?: SlashCommand;
  response?: unknown;
  gateSaw?: ServerResponse;
}
type Ack = (args: {
  ack: (body?: unknown) => Promise<void>;
  res: ServerResponse | undefined;
}) => Promise<void>;

let stop: (() => Promise<void>) | undefined;
afterEach(async () => {
  await stop?.();
  stop = undefined;
});

/** The real Bolt App on the real HTTPReceiver, set up as the door does, with one /summit listener. */
async function startBolt(answer: Ack) {
  const logger = createLogger('silent');
  const receiver = new HTTPReceiver({
    signingSecret: secret,
    endpoints: '/slack/events',
    port: 0,
    logger: toBoltLogger(logger),
    customPropertiesExtractor: extractResponse,
  });
  const seen: Seen = {};
  let calls = 0;
  installRequestGate(receiver, { signingSecret: secret, endpoints: ['/slack/events'], logger });
  const gated = receiver.requestListener;
  receiver.requestListener = (req: IncomingMessage, res: ServerResponse) => {
    calls += 1;
    seen.gateSaw = res;
    gated(req, res);
  };
  const app = new App({
    token: 'xoxb-contract',
    botId: 'B0',
    botUserId: 'U0BOT',
    tokenVerificationEnabled: false,
    receiver,
    logger: toBoltLogger(logger),
    convoStore: false,
  });
  app.command('/summit', async ({ command, ack, context }) => {
    seen.command = command;
    seen.response = context[responseProperty];
    await answer({ ack: ack as (body?: unknown) => Promise<void>, res: seen.response as ServerResponse });
  });
  const server = (await app.start(0)) as import('node:http').Server;
  stop = async () => void (await app.stop());
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`;
  const send = async (text: string) => {
    const body = formBody(slashCommandFields(text, 'http://127.0.0.1:9/response/x'));
    return fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...signatureHeaders(secret, body) },
      body,
    });
  };
  return { seen, send, calls: () => calls };
}

describe('json-ack: what the fast path relies on in Bolt', () => {
  it("json-ack: Bolt's HTTPReceiver sends every request through its public requestListener, so the gate wrapped around it runs first", async () => {
    const bolt = await startBolt(async ({ ack }) => ack());
    expect((await bolt.send('help')).status).toBe(200);
    expect(bolt.calls()).toBe(1);
    expect(bolt.seen.command?.text).toBe('help');
  });

  it("json-ack: a body the gate already read (req.rawBody) is taken as is by Bolt's signature check and parser", async () => {
    const bolt = await startBolt(async ({ ack }) => ack());
    const response = await bolt.send('quotes silva & <b>');
    expect(response.status).toBe(200);
    expect(bolt.seen.command).toMatchObject({
      command: '/summit',
      text: 'quotes silva & <b>',
      user_id: 'U0ALICE',
    });
  });

  it("json-ack: Bolt's customPropertiesExtractor gets the request the gate saw, so the listener's context holds its HTTP response", async () => {
    const bolt = await startBolt(async ({ ack }) => ack());
    await bolt.send('help');
    expect(bolt.seen.response).toBeInstanceOf(ServerResponse);
    expect(bolt.seen.response).toBe(bolt.seen.gateSaw);
  });

  it('json-ack: a string ack is sent verbatim with content-type application/json set on the response', async () => {
    const bolt = await startBolt(async ({ ack, res }) => ack(ackFor(message, true, res)));
    const response = await bolt.send('summary public');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.text()).toBe(encodedAck(message, true));
  });

  it('json-ack: an object ack (no response at hand, as in Socket Mode) is JSON-encoded by Bolt', async () => {
    const bolt = await startBolt(async ({ ack }) => ack(ackFor(message, false, undefined)));
    const response = await bolt.send('summary');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual(ackBody(message, false));
  });
});

describe('json acks', () => {
  it('encodes a message once per visibility, as the ack body it stands for', () => {
    const text = encodedAck(message, false);
    expect(JSON.parse(text)).toEqual({ response_type: 'ephemeral', ...ackBody(message, false) });
    expect(encodedAck(message, false)).toBe(text);
    expect(JSON.parse(encodedAck(message, true)).response_type).toBe('in_channel');
  });

  it('without an HTTP response, or once headers are out, the ack is the object', () => {
    expect(ackFor(message, false, undefined)).toEqual(ackBody(message, false));
    const sent = { headersSent: true, setHeader: () => expect.fail('set after sending') };
    expect(ackFor(message, true, sent as unknown as ServerResponse)).toEqual(ackBody(message, true));
  });
});

// Acks encoded once: the JSON text of a rendered message is built on first use and reused, the
// content type is set on the HTTP response, and without a response (Socket Mode) the ack stays
// an object for Bolt to send.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ackBody, ackFor, encodedAck, extractResponse, trackResponses } from '../../src/slack/json-ack.ts';
import type { SlackMessage } from '../../src/slack/render.ts';

const message: SlackMessage = Object.freeze({
  text: 'Harbour “festival” • 1',
  blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Crowds • “record”' } }],
}) as SlackMessage;

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

  it("links each request to its response before the server's own listener runs", async () => {
    const seen: (ServerResponse | undefined)[] = [];
    const server = createServer((req: IncomingMessage, res: ServerResponse) => {
      const linked = extractResponse(req).summitHttpResponse;
      seen.push(linked);
      const body = ackFor(message, false, linked);
      res.writeHead(200);
      res.end(typeof body === 'string' ? body : '');
    });
    trackResponses(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      expect(response.headers.get('content-type')).toBe('application/json');
      expect(await response.json()).toMatchObject({ text: message.text, response_type: 'ephemeral' });
      expect(seen).toHaveLength(1);
      expect(seen[0]).toBeDefined();
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

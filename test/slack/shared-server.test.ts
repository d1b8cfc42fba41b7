// Slack's HTTP mode mounted on the bot's shared HTTP server: the real Bolt receiver answers under
// /slack/ next to other routes, behind the same request gate, and leaves the server on stop.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { formBody, postSigned, postSignedForAck, slashCommandFields } from '../fakes/slack/requests.ts';
import { send } from '../http/send.ts';
import { type Harness, signingSecret, startHarness } from './harness.ts';

let h: Harness | undefined;
let http: HttpServer | undefined;
afterEach(async () => {
  await h?.stop();
  await http?.close();
  h = undefined;
  http = undefined;
});

async function startShared() {
  http = createHttpServer({ logger: createLogger('silent') });
  http.add({ methods: ['GET'], path: '/healthz', handle: (_req, res) => void res.end('ok') });
  const port = await http.listen(0, '127.0.0.1');
  h = await startHarness({ mode: 'http', http });
  return { port, h };
}

describe('Slack HTTP mode on the shared server', () => {
  it('the door listens on the shared port: a signed slash command is acked with its answer, other routes still answer', async () => {
    const { port, h } = await startShared();
    expect(h.door.port).toBe(port);
    expect(h.logs.find((l) => l.msg === 'slack door listening (HTTP)')?.port).toBe(port);
    const body = formBody(slashCommandFields('help', h.fake.responseUrl('shared-1')));
    const { status, ack } = await postSignedForAck(h.eventsUrl, body, { secret: signingSecret });
    expect(status).toBe(200);
    expect(JSON.stringify(ack)).toContain('/summit');
    expect((await send(port, '/healthz')).body).toBe('ok');
  });

  it('the request gate still refuses an unsigned or badly signed request with 401 and a log line', async () => {
    const { h } = await startShared();
    const body = formBody(slashCommandFields('help', h.fake.responseUrl('shared-2')));
    expect(await postSigned(h.eventsUrl, body, { secret: 'not-the-secret' })).toBe(401);
    expect(h.logs.some((l) => l.msg === 'slack: refused a request' && l.status === 401)).toBe(true);
  });

  it('a /slack/ path Bolt does not serve is 404; a method outside GET and POST is 405', async () => {
    const { port } = await startShared();
    expect((await send(port, '/slack/nothing', { method: 'POST' })).status).toBe(404);
    expect((await send(port, '/slack/nothing')).status).toBe(404);
    expect((await send(port, '/slack/events', { method: 'PUT' })).status).toBe(405);
  });

  it('stopping the door removes its route and leaves the server serving', async () => {
    const { port, h } = await startShared();
    await h.door.stop();
    expect((await send(port, '/slack/events', { method: 'POST', body: 'x' })).status).toBe(404);
    expect((await send(port, '/healthz')).body).toBe('ok');
  });
});

// POST /api/articles on the real HTTP server into the real story archive (SQLite, and PostgreSQL
// when TEST_DATABASE_URL is set): 201 then 200 for a revision, and every refusal with its status
// and reason: bad or stale signatures, oversized bodies (not read past the cap), content types, bad articles.
import { request } from 'node:http';
import type { Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { articlesWebhookRoute, maxArticleBodyBytes } from '../../src/webhook/articles-route.ts';
import { openArchive, type TestArchive } from '../archive/helpers/open-archive.ts';
import { type DatabasePlace, forEachDatabase } from '../helpers/databases.ts';
import { send } from '../http/send.ts';
import { summitSignature } from './sign.ts';

const secret = 'newsroom-secret';

const lead =
  'Ferry crews in Portmere walked out on Monday after talks over night-shift pay collapsed. The strike halted every crossing to the three islands.';
const more =
  'The union said its members had rejected a two percent offer as an insult. Managers called the walkout premature and urged crews to return.';
const section =
  '## Islanders Stranded\n\nHundreds of islanders were unable to reach work or hospital appointments. The council opened a hall in the harbour for stranded passengers.';

const article = (body = `${lead}\n\n${more}\n\n${section}`) => ({
  title: 'Ferry Crews Strike Over Night Pay',
  dek: 'Every crossing to the islands is halted.',
  published: '2026-12-01T07:30:00Z',
  tags: ['transport', 'strikes'],
  body,
});

forEachDatabase((database) => {
  let place: DatabasePlace;
  let archive: TestArchive;
  let http: HttpServer;
  let port: number;
  let sockets: Socket[];
  const logs: Record<string, unknown>[] = [];

  beforeEach(async () => {
    place = await database.create();
    archive = await openArchive(place);
    logs.length = 0;
    const logger = createLogger('info', { write: (line: string) => void logs.push(JSON.parse(line)) });
    http = createHttpServer({ logger });
    http.add(articlesWebhookRoute({ secret, intake: archive.archive, logger }));
    sockets = [];
    http.server.on('connection', (socket: Socket) => void sockets.push(socket));
    port = await http.listen(0, '127.0.0.1');
  });
  afterEach(async () => {
    await http.close();
    await archive.close();
    await place.drop();
  });

  const post = (body: string | Buffer, type = 'application/json', headers = summitSignature(secret, body)) =>
    send(port, '/api/articles', { method: 'POST', body, headers: { 'content-type': type, ...headers } });
  const json = (value: unknown) => JSON.stringify(value);
  const error = async (answer: Promise<{ status: number; body: string }>) => {
    const { status, body } = await answer;
    return { status, error: (JSON.parse(body) as { error: string }).error };
  };

  describe('taking articles', () => {
    it('a new story is 201 with its slug; an edited one is 200 as revision 2; the same again is 200 unchanged', async () => {
      const first = await post(json(article()));
      expect(first.status).toBe(201);
      expect(JSON.parse(first.body)).toEqual({
        slug: 'ferry-crews-strike-over-night-pay',
        status: 'new',
        revision: 1,
      });
      const stored = await archive.archive.article('ferry-crews-strike-over-night-pay');
      expect(stored?.article.title).toBe('Ferry Crews Strike Over Night Pay');
      expect(stored?.article.sections.map((s) => s.heading)).toContain('Islanders Stranded');

      const edited = article(`${lead}\n\n${more} Talks resume on Thursday with a mediator.\n\n${section}`);
      const second = await post(json(edited));
      expect(second.status).toBe(200);
      expect(JSON.parse(second.body)).toMatchObject({
        slug: 'ferry-crews-strike-over-night-pay',
        status: 'revised',
        revision: 2,
      });
      const changes = await archive.archive.changes('ferry-crews-strike-over-night-pay');
      expect(JSON.stringify(changes)).toContain('mediator');

      // The newsroom sends it again, signed anew (the very same signed request would be a replay).
      // Its timestamp is minutes back, inside the window, so it can never match the one signed a
      // moment ago however slowly this runs.
      const resigned = summitSignature(secret, json(edited), Math.floor(Date.now() / 1000) - 240);
      const again = await post(json(edited), 'application/json', resigned);
      expect(again.status).toBe(200);
      expect(JSON.parse(again.body)).toMatchObject({ status: 'unchanged', revision: 2 });
      expect(await archive.archive.latest(10)).toHaveLength(1);
    });

    it('Markdown with front matter is taken as well, tags and link kept', async () => {
      const markdown = `---\ntitle: Harbour Board Names New Chief\nurl: https://news.example/harbour-chief\ntags: [ports]\n---\n${lead}\n\n${section}\n`;
      const answer = await post(markdown, 'text/markdown; charset=utf-8');
      expect(answer.status).toBe(201);
      const { slug } = JSON.parse(answer.body) as { slug: string };
      const listing = await archive.archive.listing(slug);
      expect(listing).toMatchObject({
        title: 'Harbour Board Names New Chief',
        url: 'https://news.example/harbour-chief',
        tags: ['ports'],
      });
      expect(listing?.sources).toEqual(['newsroom webhook']);
    });

    it('a Markdown story whose headline is its first # line needs no title in the front matter', async () => {
      const answer = await post(
        `---\ntags: [ports]\n---\n# Tug Crews Join Ferry Strike\n\n${lead}\n`,
        'text/markdown',
      );
      expect(answer.status).toBe(201);
      expect(JSON.parse(answer.body).slug).toBe('tug-crews-join-ferry-strike');
    });
  });

  describe('signatures', () => {
    it('a wrong secret, a modified body, a stale or future timestamp, missing headers and a replay are 401; nothing is stored', async () => {
      const body = json(article());
      const now = Math.floor(Date.now() / 1000);
      const cases = [
        summitSignature('another-secret', body),
        summitSignature(secret, `${body} `),
        // A minute past the window either way: the cases are signed up front, and a slow run must not
        // carry the future one back inside the window before it is sent.
        summitSignature(secret, body, now - 360),
        summitSignature(secret, body, now + 360),
        {},
      ];
      for (const headers of cases) {
        const refused = await error(post(body, 'application/json', headers));
        expect(refused.status).toBe(401);
        expect(refused.error).toMatch(/^signature refused: /);
      }
      expect(await archive.archive.latest(10)).toEqual([]);
      const signed = summitSignature(secret, body);
      expect((await post(body, 'application/json', signed)).status).toBe(201);
      expect(await error(post(body, 'application/json', signed))).toEqual({
        status: 401,
        error: 'signature refused: replay of a request already handled',
      });
      expect(logs.filter((l) => l.msg === 'webhook: refused an article')).toHaveLength(6);
    });
  });

  describe('limits and content types', () => {
    it('a declared length over 2 MB is 413 at once', async () => {
      const { status, error: why } = await error(
        send(port, '/api/articles', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': String(maxArticleBodyBytes + 1) },
        }),
      );
      expect(status).toBe(413);
      expect(why).toMatch(/larger than 2097152 bytes/);
    });

    it('a chunked upload that runs past 2 MB is 413 and the server stops reading it near the cap', async () => {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const total = 40 * 1024 * 1024;
      const status = await new Promise<number>((resolve, reject) => {
        const req = request({
          host: '127.0.0.1',
          port,
          path: '/api/articles',
          method: 'POST',
          agent: false,
          headers: { 'content-type': 'application/json' },
        });
        let sent = 0;
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', (e) => (answered ? undefined : reject(e)));
        const pump = () => {
          while (!answered && sent < total) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!answered) req.end();
        };
        pump();
      });
      expect(status).toBe(413);
      const read = sockets.reduce((sum, s) => sum + s.bytesRead, 0);
      expect(read).toBeGreaterThan(maxArticleBodyBytes);
      expect(read).toBeLessThan(maxArticleBodyBytes + 1024 * 1024);
    });

    it('a content type other than JSON or Markdown is 415, and so is a charset other than UTF-8', async () => {
      const body = json(article());
      // Each request differs, so none is refused as a replay of another.
      expect(await error(post(body, 'text/plain'))).toEqual({
        status: 415,
        error: 'content type text/plain is not supported; send application/json or text/markdown',
      });
      expect((await error(post(`${body} `, 'application/json; charset=iso-8859-1'))).status).toBe(415);
      expect((await error(post(`${body}  `, ''))).status).toBe(415);
    });
  });

  describe('bad articles are 400 with what is wrong', () => {
    const cases: [string, string | Buffer, string, RegExp][] = [
      ['bad JSON', '{"title": "x",', 'application/json', /^the body is not valid JSON/],
      ['a JSON list', '[1, 2]', 'application/json', /must be a JSON object/],
      ['no title', json({ body: lead }), 'application/json', /title is missing/],
      ['no body', json({ title: 'A Title' }), 'application/json', /body is missing/],
      ['an empty body', json({ title: 'A Title', body: '  ' }), 'application/json', /body is empty/],
      [
        'a bad url and date',
        json({ ...article(), url: 'javascript:alert(1)', published: 'Monday' }),
        'application/json',
        /url must be an http or https URL; published must be a date/,
      ],
      [
        'tags that are not a list',
        json({ ...article(), tags: 'ports' }),
        'application/json',
        /tags must be a list of text/,
      ],
      ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'application/json', /not valid UTF-8/],
      ['unclosed front matter', `---\ntitle: x\n${lead}`, 'text/markdown', /never ends/],
      ['Markdown without a title', `${lead}\n`, 'text/markdown', /title is missing/],
      [
        'an article with headings and no paragraphs',
        json(article('## Only A Heading')),
        'application/json',
        /no paragraphs/,
      ],
    ];
    for (const [name, body, type, reason] of cases) {
      it(`${name}`, async () => {
        const refused = await error(post(body, type));
        expect(refused.status).toBe(400);
        expect(refused.error).toMatch(reason);
        expect(await archive.archive.latest(10)).toEqual([]);
      });
    }
  });
});

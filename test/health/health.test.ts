// /healthz and /readyz on the real HTTP server: alive always; ready only when every door has
// reported connected and the database answers with every migration applied, else 503 with why.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseCheck } from '../../src/health/database-check.ts';
import { createReadiness } from '../../src/health/readiness.ts';
import { healthRoutes } from '../../src/health/routes.ts';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/logger.ts';
import { openDatabase } from '../../src/storage/open.ts';
import type { Database } from '../../src/storage/schema.ts';
import { send } from '../http/send.ts';

let http: HttpServer | undefined;
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  await http?.close();
  http = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function serve(readiness = createReadiness()) {
  http = createHttpServer({ logger: createLogger('silent') });
  for (const route of healthRoutes(readiness)) http.add(route);
  return { port: await http.listen(0, '127.0.0.1'), readiness };
}

const ready = async (port: number) => {
  const answer = await send(port, '/readyz');
  const { reasons } = JSON.parse(answer.body) as { reasons: string[] };
  return { status: answer.status, reasons };
};

describe('health', () => {
  it('/healthz is 200 ok whatever the readiness', async () => {
    const { port, readiness } = await serve();
    readiness.part('slack', 'connecting');
    const answer = await send(port, '/healthz');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('ok');
    expect(answer.headers['content-type']).toMatch(/text\/plain/);
  });

  it('/readyz is 503 naming each door not yet connected, and 200 once all are; 503 again when one drops', async () => {
    const { port, readiness } = await serve();
    const discord = readiness.part('discord');
    const slack = readiness.part('slack', 'connecting');
    expect(await ready(port)).toMatchObject({
      status: 503,
      reasons: ['discord: starting', 'slack: connecting'],
    });
    discord.ready();
    expect((await ready(port)).reasons).toEqual(['slack: connecting']);
    slack.ready();
    expect(await ready(port)).toMatchObject({ status: 200, reasons: [] });
    slack.notReady('Socket Mode disconnected');
    expect(await ready(port)).toMatchObject({ status: 503, reasons: ['slack: Socket Mode disconnected'] });
  });

  it('/readyz is 200 on a migrated database and 503 once it stops answering', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'summit-health-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const opened = await openDatabase({ dataDir: dir });
    const readiness = createReadiness();
    readiness.check('database', databaseCheck(opened.db));
    const { port } = await serve(readiness);
    expect(await ready(port)).toMatchObject({ status: 200 });
    await opened.close();
    const after = await ready(port);
    expect(after.status).toBe(503);
    expect(after.reasons[0]).toMatch(/^database: unreachable/);
  });

  it('/readyz is 503 listing the migrations a database has not applied', async () => {
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(':memory:') }),
    });
    cleanups.push(() => db.destroy());
    const readiness = createReadiness();
    readiness.check('database', databaseCheck(db));
    const { port } = await serve(readiness);
    const answer = await ready(port);
    expect(answer.status).toBe(503);
    expect(answer.reasons[0]).toMatch(/^database: migrations not applied: 0001_briefing, 0002_archive/);
  });

  it('a check that hangs counts as not ready after the limit instead of holding /readyz', async () => {
    const readiness = createReadiness(100);
    readiness.check('database', () => new Promise(() => {}));
    const { port } = await serve(readiness);
    expect(await ready(port)).toMatchObject({ status: 503, reasons: ['database: no answer within 100 ms'] });
  });
});

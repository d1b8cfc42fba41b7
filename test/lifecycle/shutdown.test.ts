// createShutdown in-process: every stop runs at once against the shared deadline, a stop that is
// still running at the deadline or that fails is named in the log, and the exit code says which.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createShutdown } from '../../src/lifecycle/shutdown.ts';
import { createLogger } from '../../src/logger.ts';

function logged() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

const never = () => new Promise<void>(() => {});

describe('createShutdown', () => {
  it('every stop finishes: exit code 0, each stop ran once even when run() is called twice', async () => {
    const { logger } = logged();
    const shutdown = createShutdown(logger, 1000);
    const ran: string[] = [];
    shutdown.add('sync', () => void ran.push('sync'));
    shutdown.add('async', async () => void ran.push('async'));
    expect(shutdown.started).toBe(false);
    const first = shutdown.run('test');
    expect(shutdown.started).toBe(true);
    expect(await Promise.all([first, shutdown.run('again')])).toEqual([0, 0]);
    expect(ran.sort()).toEqual(['async', 'sync']);
  });

  it('a stop that never finishes: the others still run, it is named, exit code 1', async () => {
    const { lines, logger } = logged();
    const shutdown = createShutdown(logger, 50);
    let closed = false;
    shutdown.add('hung platform', never);
    shutdown.add('content watcher', () => {
      closed = true;
    });
    expect(await shutdown.run('SIGTERM')).toBe(1);
    expect(closed).toBe(true);
    const late = lines.find((l) => l.msg === 'shutdown deadline passed; exiting without these stops');
    expect(late?.unfinished).toEqual(['hung platform']);
  });

  it('a stop that throws: logged with its name, the others still run, exit code 1', async () => {
    const { lines, logger } = logged();
    const shutdown = createShutdown(logger, 1000);
    let closed = false;
    shutdown.add('broken', () => {
      throw new Error('socket already closed');
    });
    shutdown.add('console door', () => {
      closed = true;
    });
    expect(await shutdown.run('end of input')).toBe(1);
    expect(closed).toBe(true);
    const failed = lines.find((l) => l.msg === 'stop failed');
    expect(failed).toMatchObject({ stop: 'broken', err: { message: 'socket already closed' } });
  });
});

// The SQLite write-ahead log is checkpointed by a thread of its own once writes make it heavy: from
// then on commits on the event loop only append to it, yet the log is copied back into the database
// file and restarts, and closing leaves no log. A database only read, or barely written, has no thread.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type OpenDatabase, openDatabase, sqliteFileName } from '../../src/storage/open.ts';
import { startWalCheckpointer, walCheckpointed } from '../../src/storage/wal-checkpointer.ts';

const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);

describe('SQLite WAL checkpoints', () => {
  let dir: string;
  let opened: OpenDatabase;
  let file: string;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'summit-wal-'));
    opened = await openDatabase({ dataDir: dir });
    file = join(dir, sqliteFileName);
    await sql`create table filler (n integer primary key, body text not null)`.execute(opened.db);
  });

  afterEach(async () => {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Commits `rows` rows of 3 KB each (a page each), one transaction. */
  const write = async (from: number, rows: number) => {
    await opened.db.transaction().execute(async (trx) => {
      for (let n = from; n < from + rows; n++)
        await sql`insert into filler (n, body) values (${n}, ${'x'.repeat(3000)})`.execute(trx);
    });
  };

  const autocheckpoint = async () =>
    (await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(opened.db)).rows[0]
      ?.wal_autocheckpoint;

  it('wal: a small log starts no thread: commits checkpoint as SQLite does by default', async () => {
    await write(0, 100);
    // About 300 KB of log: less than the heavy mark, so waiting for a checkpoint starts nothing.
    await walCheckpointed(opened.db);
    expect(opened.walThreadRunning?.()).toBe(false);
    expect(await autocheckpoint()).toBe(1000);
  });

  it('wal: once the log is heavy, commits do not checkpoint, yet the log reaches the database file', async () => {
    await write(0, 500);
    await walCheckpointed(opened.db);
    expect(opened.walThreadRunning?.()).toBe(true);
    // A commit would checkpoint only past 4000 pages of log; this one writes about 1000.
    expect(await autocheckpoint()).toBe(4000);
    const before = size(file);
    await write(500, 1000);
    await vi.waitFor(() => expect(size(file)).toBeGreaterThan(before + 3_000_000), { timeout: 10_000 });
  });

  it('wal: a writer that waits for the checkpoint before each write keeps the log one write long', async () => {
    for (let round = 0; round < 6; round++) {
      await walCheckpointed(opened.db);
      await write(round * 300, 300);
    }
    // Six rounds of about 1.2 MB each: without restarts the log would hold all of them (the first
    // wait finds an empty log; the second, a heavy one, starts the thread).
    expect(opened.walThreadRunning?.()).toBe(true);
    expect(size(`${file}-wal`)).toBeLessThan(3_000_000);
    const { rows } = await sql<{ n: number }>`select count(*) as n from filler`.execute(opened.db);
    expect(Number(rows[0]?.n)).toBe(1800);
  });

  it('wal: waiting for a checkpoint on a database without a checkpointer resolves at once', async () => {
    await expect(walCheckpointed({})).resolves.toBeUndefined();
  });

  it('wal: a writer that never waits for the checkpointer still keeps the log bounded', async () => {
    for (let round = 0; round < 20; round++) await write(round * 500, 500);
    // 20 rounds of about 2 MB each, written back to back; commits checkpoint past 4 MB of log
    // (SQLite's default: no writer waited, so no thread started).
    expect(opened.walThreadRunning?.()).toBe(false);
    expect(size(`${file}-wal`)).toBeLessThan(8_000_000);
  });

  it('wal: closing leaves no log behind and every row in the database file', async () => {
    await write(0, 200);
    await opened.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    opened = await openDatabase({ dataDir: dir });
    const { rows } = await sql<{ n: number }>`select count(*) as n from filler`.execute(opened.db);
    expect(Number(rows[0]?.n)).toBe(200);
  });

  it('wal: with the thread running, closing leaves no log behind and every row in the database file', async () => {
    await write(0, 500);
    await walCheckpointed(opened.db);
    expect(opened.walThreadRunning?.()).toBe(true);
    await write(500, 200);
    await opened.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
    opened = await openDatabase({ dataDir: dir });
    const { rows } = await sql<{ n: number }>`select count(*) as n from filler`.execute(opened.db);
    expect(Number(rows[0]?.n)).toBe(700);
  });

  it.each([
    [
      'waits for a checkpoint (the thread started), then closes',
      // About 1.5 MB of log (500 rows of 3 KB), then a wait: the thread starts.
      `await sql\`create table filler (n integer primary key, body text not null)\`.execute(opened.db);
      await sql\`with recursive n(i) as (select 1 union all select i + 1 from n where i < 500)
        insert into filler select i, hex(randomblob(1500)) from n\`.execute(opened.db);
      await walCheckpointed(opened.db);
      if (!opened.walThreadRunning()) throw new Error('no thread');`,
    ],
    ['closes at once', ''],
  ])('wal: a process with nothing else to do that %s exits once closed', (_, first) => {
    const open = new URL('../../src/storage/open.ts', import.meta.url).href;
    const wal = new URL('../../src/storage/wal-checkpointer.ts', import.meta.url).href;
    const script = `
      const { openDatabase } = await import(${JSON.stringify(open)});
      const { walCheckpointed } = await import(${JSON.stringify(wal)});
      const { sql } = await import('kysely');
      const opened = await openDatabase({ dataDir: ${JSON.stringify(join(dir, 'child'))} });
      ${first}
      await opened.close();
      process.stdout.write('closed');
    `;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect({ status: child.status, out: child.stdout }).toEqual({ status: 0, out: 'closed' });
  });

  it('wal: a checkpointer that cannot open its file says so, so commits can checkpoint again', async () => {
    const stopped = await new Promise<Error | null>((resolve) => {
      startWalCheckpointer(join(dir, 'missing.sqlite'), resolve);
    });
    expect(stopped?.message).toMatch(/unable to open|does not exist|no such file/i);
  });
});

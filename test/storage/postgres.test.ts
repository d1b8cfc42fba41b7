// What is PostgreSQL's own: migrations recorded in the URL's schema, a clear error when the server
// cannot be reached, a dropped connection that is logged, never fatal, and connections opened ahead
// of parallel work.
import pg from 'pg';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { type OpenDatabase, openDatabase, StorageError } from '../../src/storage/open.ts';
import { type DatabasePlace, describePostgres, migrationNames, postgresPlace } from '../helpers/databases.ts';

describePostgres('storage on PostgreSQL', () => {
  let place: DatabasePlace;
  let opened: OpenDatabase | undefined;

  beforeEach(async () => {
    place = await postgresPlace();
  });

  afterEach(async () => {
    await opened?.close();
    opened = undefined;
    await place.drop();
  });

  /** Runs one query on the place's schema through a connection of its own. */
  async function query(text: string): Promise<Record<string, unknown>[]> {
    const client = new pg.Client({ connectionString: place.env.DATABASE_URL });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  }

  it('storage: migrates into the schema on the URL’s search_path, once, however often it is opened', async () => {
    await (await openDatabase(place.options)).close();
    opened = await openDatabase(place.options);
    const tables = await query(
      'select table_name from information_schema.tables where table_schema = current_schema() order by 1',
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining([
        'deliveries',
        'installations',
        'kysely_migration',
        'kysely_migration_lock',
        'subscriptions',
      ]),
    );
    expect(await query('select name from kysely_migration')).toEqual(await migrationNames());
  });

  it('storage: two instances opening the same empty database at once both end up migrated', async () => {
    const both = await Promise.all([openDatabase(place.options), openDatabase(place.options)]);
    await Promise.all(both.map((db) => db.close()));
    expect(await query('select name from kysely_migration')).toEqual(await migrationNames());
  });

  it('storage: an unreachable server is a StorageError naming DATABASE_URL, with the password hidden', async () => {
    const open = openDatabase({
      dataDir: place.options.dataDir,
      databaseUrl: 'postgres://bot:hunter2@127.0.0.1:1/x',
    });
    await expect(open).rejects.toBeInstanceOf(StorageError);
    await expect(open).rejects.toThrow(
      /^Cannot open the PostgreSQL database at postgres:\/\/bot:\*\*\*@127\.0\.0\.1:1\/x \(DATABASE_URL\)/,
    );
    await expect(open).rejects.not.toThrow(/hunter2/);
  });

  it('storage: a connection the server drops is reported and the next query reconnects', async () => {
    const errors: Error[] = [];
    const name = `summit_drop_${process.pid}_${Date.now()}`;
    const url = new URL(place.options.databaseUrl ?? '');
    url.searchParams.set('application_name', name);
    opened = await openDatabase({
      ...place.options,
      databaseUrl: url.toString(),
      onError: (e) => errors.push(e),
    });
    const [ended] = await query(
      `select count(pg_terminate_backend(pid)) as n from pg_stat_activity where application_name = '${name}'`,
    );
    expect(Number(ended?.n)).toBeGreaterThan(0);
    await expect.poll(() => errors.length).toBeGreaterThan(0);
    const rows = await opened.db.selectFrom('subscriptions').select('id').execute();
    expect(rows).toEqual([]);
  });

  it('storage: warming opens connections up to the number asked for, never past the pool, and they serve queries', async () => {
    const name = `summit_warm_${process.pid}_${Date.now()}`;
    const url = new URL(place.options.databaseUrl ?? '');
    url.searchParams.set('application_name', name);
    opened = await openDatabase({ ...place.options, databaseUrl: url.toString() });
    const open = async () => {
      const [row] = await query(
        `select count(*) as n from pg_stat_activity where application_name = '${name}'`,
      );
      return Number(row?.n);
    };
    expect(await open()).toBe(1);
    await opened.warm?.(4);
    expect(await open()).toBe(4);
    await opened.warm?.(50);
    expect(await open()).toBe(10);
    const rows = await opened.db.selectFrom('subscriptions').select('id').execute();
    expect(rows).toEqual([]);
  });
});

// The databases a storage or briefing suite runs on: SQLite always, PostgreSQL when
// TEST_DATABASE_URL is set, each test in a fresh temporary directory or schema of its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, beforeEach, describe } from 'vitest';
import { migrationProvider } from '../../src/storage/migrations.ts';
import { type OpenDatabase, openDatabase, type StorageOptions } from '../../src/storage/open.ts';
import { type BriefingStore, openStore } from '../../src/storage/store.ts';

/** Where PostgreSQL suites run (trust auth on the project's machines and CI). */
export const postgresUrl = process.env.TEST_DATABASE_URL?.trim() || undefined;

/** How to run the PostgreSQL suites; the skipped block's name, printed once by the summary reporter. */
export const postgresSkipNotice =
  'PostgreSQL suite skipped: set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run it';

/** One fresh, empty database. */
export interface DatabasePlace {
  /** What openStore needs; opening twice gives two connections to the same data. */
  options: StorageOptions;
  /** The same as environment variables, for loadConfig or a child process. */
  env: { DATA_DIR: string; DATABASE_URL: string };
  /** Opens (and migrates) the store. */
  open(): Promise<BriefingStore>;
  /** Removes the directory or schema; close its stores first. */
  drop(): Promise<void>;
}

/** An engine a suite runs on. */
export interface TestDatabase {
  name: 'SQLite' | 'PostgreSQL';
  /** A fresh place for one test. */
  create(): Promise<DatabasePlace>;
}

function place(dataDir: string, databaseUrl: string | undefined, drop: () => Promise<void>): DatabasePlace {
  const options = { dataDir, databaseUrl };
  return {
    options,
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl ?? '' },
    open: () => openStore(options),
    drop,
  };
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'summit-db-'));

const sqlite: TestDatabase = {
  name: 'SQLite',
  async create() {
    const dir = tempDir();
    return place(dir, undefined, async () => rmSync(dir, { recursive: true, force: true }));
  },
};

/** Runs one statement on the test database as its admin connection. */
async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

function postgres(url: string): TestDatabase {
  return {
    name: 'PostgreSQL',
    async create() {
      const schema = `summit_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
      await admin(url, `create schema ${schema}`);
      const scoped = new URL(url);
      scoped.searchParams.set('options', `-c search_path=${schema}`);
      const dir = tempDir();
      return place(dir, scoped.toString(), async () => {
        rmSync(dir, { recursive: true, force: true });
        await admin(url, `drop schema if exists ${schema} cascade`);
      });
    },
  };
}

/**
 * Declares `suite` once per database, each inside a describe named after it. Without
 * TEST_DATABASE_URL the PostgreSQL variant is declared skipped, under the notice that says how to run it.
 */
export function forEachDatabase(suite: (database: TestDatabase) => void): void {
  describe(sqlite.name, () => suite(sqlite));
  if (postgresUrl) {
    const database = postgres(postgresUrl);
    describe(database.name, () => suite(database));
  } else {
    describe.skip(postgresSkipNotice, () => suite(postgres('postgres://unset')));
  }
}

/** Before each test, a fresh place on `database` with an open store handed to `use`; after it, both go. */
export function openFreshStoreEach(database: TestDatabase, use: (store: BriefingStore) => void): void {
  let place: DatabasePlace;
  let store: BriefingStore;
  beforeEach(async () => {
    place = await database.create();
    store = await place.open();
    use(store);
  });
  afterEach(async () => {
    await store.close();
    await place.drop();
  });
}

/** Before each test, a fresh place on `database` opened (and migrated) and handed to `use`; after it, both go. */
export function openFreshDatabaseEach(database: TestDatabase, use: (open: OpenDatabase) => void): void {
  let place: DatabasePlace;
  let open: OpenDatabase;
  beforeEach(async () => {
    place = await database.create();
    open = await openDatabase(place.options);
    use(open);
  });
  afterEach(async () => {
    await open.close();
    await place.drop();
  });
}

/** A fresh schema on the PostgreSQL test database (for suites that are about PostgreSQL itself). */
export function postgresPlace(): Promise<DatabasePlace> {
  return postgres(postgresUrl ?? 'postgres://unset').create();
}

/** Declares a PostgreSQL-only suite: skipped, under the notice, without TEST_DATABASE_URL. */
export function describePostgres(name: string, suite: () => void): void {
  if (postgresUrl) describe(name, suite);
  else
    describe.skip(postgresSkipNotice, () => {
      describe(name, suite);
    });
}

/** The rows `select name from kysely_migration` holds once every migration has run, in order. */
export async function migrationNames(): Promise<{ name: string }[]> {
  return Object.keys(await migrationProvider.getMigrations())
    .sort()
    .map((name) => ({ name }));
}

// Opens the briefing database: SQLite (better-sqlite3, WAL) under DATA_DIR, migrated to the
// latest schema. The only file that knows which engine is underneath; see README for PostgreSQL.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDialectConfig } from 'kysely';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';

/** Thrown when storage cannot be opened; the message says which setting to fix. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** Where the data lives. */
export interface StorageOptions {
  /** Directory for the SQLite file (DATA_DIR). */
  dataDir: string;
  /** DATABASE_URL; reserved for PostgreSQL, which is not built in yet. */
  databaseUrl?: string;
}

/** An open, migrated database. */
export interface OpenDatabase {
  /** The query builder every store function uses. */
  db: Kysely<Database>;
  /** Human-readable location (file path). */
  location: string;
  /** Closes the connection. */
  close(): Promise<void>;
}

/** File name of the SQLite database inside DATA_DIR. */
export const sqliteFileName = 'summit.sqlite';

/** Opens (creating if needed) and migrates the database. Throws StorageError with a clear fix. */
export async function openDatabase(options: StorageOptions): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    throw new StorageError(
      'DATABASE_URL is set, but this build stores data in SQLite only. Unset DATABASE_URL to use ' +
        `${join(options.dataDir, sqliteFileName)}, or add the PostgreSQL dialect as described in the README.`,
    );
  }
  const file = resolve(options.dataDir, sqliteFileName);
  let sqlite: SqliteDatabase.Database;
  try {
    mkdirSync(resolve(options.dataDir), { recursive: true });
    sqlite = new SqliteDatabase(file, { timeout: 5000 });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new StorageError(
      `Cannot open the database at ${file} (DATA_DIR=${options.dataDir}): ${String(error)}`,
    );
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw new StorageError(`Cannot migrate the database at ${file}: ${String(error)}`);
  }
  return { db, location: file, close: () => db.destroy() };
}

/** Most prepared statements kept; the queries are a fixed set, plus `in (...)` lists of a few lengths. */
const maxStatements = 200;

/**
 * The database as Kysely uses it, with its prepared statements kept: Kysely asks to prepare the
 * SQL of every query it runs, and SQLite parsing a small query costs more than running it.
 */
function cachingStatements(sqlite: SqliteDatabase.Database): SqliteDialectConfig['database'] {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= maxStatements) statements.clear();
        statement = sqlite.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

/** Runs pending migrations; retries when another instance is migrating the same file. */
async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    lastError = error;
    if (!/SQLITE_BUSY|database is locked/i.test(String(error))) break;
    await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
  }
  throw lastError;
}

// Opens the briefing database, migrated to the latest schema: PostgreSQL (pg, loaded only then) when
// DATABASE_URL is set, else SQLite (better-sqlite3, WAL) under DATA_DIR. The only file that knows
// which engine is underneath.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDialectConfig, sql } from 'kysely';
import { migrationProvider } from './migrations.ts';
import type { Database } from './schema.ts';
import { checkpointWhenHeavy, type LazyWalCheckpoints } from './wal-checkpointer.ts';

/** Thrown when storage cannot be opened; the message says which setting to fix. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/** Where the data lives. */
export interface StorageOptions {
  /** Directory for the SQLite file (DATA_DIR). */
  dataDir: string;
  /** DATABASE_URL (postgres://...): PostgreSQL instead of SQLite. */
  databaseUrl?: string;
  /** Told when an idle PostgreSQL connection fails (e.g. the server restarted); default: stderr. */
  onError?: (error: Error) => void;
}

/** An open, migrated database. */
export interface OpenDatabase {
  /** The query builder every store function uses. */
  db: Kysely<Database>;
  /** Human-readable location (file path, or the URL without its password). */
  location: string;
  /** Closes the connection. */
  close(): Promise<void>;
  /**
   * PostgreSQL: opens connections until the pool holds `connections` (at most its size), so work
   * about to start in parallel finds them open. SQLite has one connection, always open.
   */
  warm?: (connections: number) => Promise<void>;
  /** SQLite: true while the WAL checkpoint thread runs (it starts once writes grow the log). */
  walThreadRunning?: () => boolean;
}

/** File name of the SQLite database inside DATA_DIR. */
export const sqliteFileName = 'summit.sqlite';

/** Opens (creating if needed) and migrates the database. Throws StorageError with a clear fix. */
export async function openDatabase(options: StorageOptions): Promise<OpenDatabase> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.onError)
    : openSqlite(options.dataDir);
}

/** How long a new PostgreSQL connection may take before the query fails (pg waits forever by default). */
const connectTimeoutMs = 10_000;

/** PostgreSQL through a pg pool; migrations are tracked in the first schema on the search_path. */
async function openPostgres(url: string, onError = logToStderr): Promise<OpenDatabase> {
  const location = withoutPassword(url);
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: connectTimeoutMs });
  pool.on('error', onError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
    const schema = rows[0]?.schema;
    if (!schema) throw new Error('no schema on the search_path exists');
    await migrate(db, schema);
  } catch (error) {
    await db.destroy();
    throw new StorageError(
      `Cannot open the PostgreSQL database at ${location} (DATABASE_URL): ${String(error)}`,
    );
  }
  return { db, location, close: () => db.destroy(), warm: (connections) => warmPool(pool, connections) };
}

/**
 * Checks out `connections` clients at once (the pool hands out its idle ones and opens the rest in
 * parallel) and gives each back as soon as it is ready, so queries waiting meanwhile are served.
 * Idle connections close after the pool's idle timeout (10 s), so a run once a day finds none open.
 */
async function warmPool(pool: import('pg').Pool, connections: number): Promise<void> {
  const wanted = Math.min(connections, pool.options.max ?? 10);
  if (wanted <= pool.idleCount) return;
  await Promise.all(Array.from({ length: wanted }, () => pool.connect().then((client) => client.release())));
}

/** Default pool error handler: one line on stderr, so a server restart is seen but never fatal. */
function logToStderr(error: Error): void {
  process.stderr.write(
    `PostgreSQL connection error (the pool reconnects on the next query): ${error.message}\n`,
  );
}

/** The URL as safe to log: any password replaced by ***. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

/** SQLite in DATA_DIR, created if needed. */
async function openSqlite(dataDir: string): Promise<OpenDatabase> {
  const file = resolve(dataDir, sqliteFileName);
  let sqlite: SqliteDatabase.Database;
  try {
    mkdirSync(resolve(dataDir), { recursive: true });
    sqlite = new SqliteDatabase(file, { timeout: 5000 });
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new StorageError(`Cannot open the database at ${file} (DATA_DIR=${dataDir}): ${String(error)}`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(sqlite) }) });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw new StorageError(`Cannot migrate the database at ${file}: ${String(error)}`);
  }
  const checkpoints = checkpointsOf(sqlite, file, db);
  return {
    db,
    location: file,
    async close() {
      await checkpoints.stop();
      // The last connection to close checkpoints what is left and removes the log.
      await db.destroy();
    },
    walThreadRunning: () => checkpoints.threadRunning(),
  };
}

/**
 * Until a writer finds the log heavy, commits checkpoint as SQLite does by default; from then on
 * they only append to it and a thread of its own copies it back (see wal-checkpointer.ts). A writer
 * that never waits for it still cannot grow the log past `longestLog` pages.
 */
function checkpointsOf(sqlite: SqliteDatabase.Database, file: string, db: object): LazyWalCheckpoints {
  return checkpointWhenHeavy({
    file,
    db,
    onStart: () => sqlite.pragma(`wal_autocheckpoint = ${longestLog}`),
    onStopped: (error) => {
      if (!sqlite.open) return;
      sqlite.pragma(`wal_autocheckpoint = ${defaultAutocheckpoint}`);
      process.stderr.write(
        `SQLite checkpoint thread stopped (${error?.message ?? 'no error'}); commits checkpoint again.\n`,
      );
    },
  });
}

/**
 * Pages of log after which a commit checkpoints on the event loop after all (16 MB): only writes
 * that never wait for the checkpointer (storage/wal-checkpointer.ts `walCheckpointed`) get there.
 */
const longestLog = 4000;

/** SQLite's own checkpoint-on-commit threshold in pages, used again if the checkpointer stops. */
const defaultAutocheckpoint = 1000;

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

/**
 * Errors a second attempt gets past: another instance migrating the same SQLite file, or (on
 * PostgreSQL) another schema dropped while Kysely's introspection read the catalog, which resolves
 * every schema's tables by name (pg_get_serial_sequence).
 */
const retryable = /SQLITE_BUSY|database is locked|schema "[^"]*" does not exist/i;

/**
 * Runs pending migrations; retries when another instance is migrating the same SQLite file
 * (on PostgreSQL the Migrator takes a lock itself). `schema` names where PostgreSQL keeps the
 * Migrator's tables: without it, Kysely would take another schema's for ours.
 */
async function migrate(db: Kysely<Database>, schema?: string): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider, migrationTableSchema: schema });
  let lastError: unknown;
  for (let attempt = 0; attempt < 5; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    lastError = error;
    if (!retryable.test(String(error))) break;
    await new Promise((r) => setTimeout(r, 50 * (attempt + 1)));
  }
  throw lastError;
}

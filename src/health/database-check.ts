// The readiness check of the database: it answers a query, and every migration this code knows
// has been applied (a process on a newer schema than its database must not take work).
import { type Kysely, Migrator, sql } from 'kysely';
import { errorMessage } from '../error-message.ts';
import { migrationProvider } from '../storage/migrations.ts';
import type { Database } from '../storage/schema.ts';

/** A check for the readiness registry: null when the database answers and is migrated, else why not. */
export function databaseCheck(db: Kysely<Database>): () => Promise<string | null> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  return async () => {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      return `unreachable (${errorMessage(error)})`;
    }
    const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
    return pending.length === 0 ? null : `migrations not applied: ${pending.join(', ')}`;
  };
}

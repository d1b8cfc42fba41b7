// Scale-out: the shared pace of the platforms' rate limits. One row per budget (a bot's Discord
// global limit, a Slack workspace's posting limit), so every instance on the database paces as one.
import type { Kysely, Migration } from 'kysely';

/** Adds rate_limits (key, theoretical arrival time in epoch ms as a double: no int8 on either engine). */
export const scaleOutMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('rate_limits')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('tat', 'double precision', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('rate_limits').execute();
  },
};

// Slack installations, one row per workspace (or per Enterprise Grid org for an org-wide install):
// the newest install replaces the row, and the installation (tokens included) is stored encrypted.
import type { Kysely, Migration } from 'kysely';

export const installationsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('installations')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('platform', 'text', (c) => c.notNull())
      .addColumn('team_id', 'text')
      .addColumn('enterprise_id', 'text')
      .addColumn('is_enterprise_install', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('sealed', 'text', (c) => c.notNull())
      .addColumn('installed_at', 'text', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('installations').execute();
  },
};

// Schema migrations, in code and in order. Kysely's Migrator records which ran in its own
// table, so an upgrade applies only the new ones and the data survives. Never edit a shipped one.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { archiveMigration } from './migrations/0002-archive.ts';
import { feedsMigration } from './migrations/0003-feeds.ts';
import { scaleOutMigration } from './migrations/0004-scale-out.ts';
import { digestMigration } from './migrations/0005-digest.ts';
import { installationsMigration } from './migrations/0006-installations.ts';
import { interactionClaimsMigration } from './migrations/0008-interaction-claims.ts';

const migrations: Record<string, Migration> = {
  '0001_briefing': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('subscriptions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('workspace_id', 'text')
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('timezone', 'text', (c) => c.notNull())
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('paused_reason', 'text')
        .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('active_since', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('last_article', 'text')
        .execute();
      await db.schema.createIndex('subscriptions_state').on('subscriptions').column('state').execute();
      await db.schema
        .createTable('deliveries')
        .addColumn('slot_key', 'text', (c) => c.primaryKey())
        .addColumn('subscription_id', 'text', (c) => c.notNull())
        .addColumn('platform', 'text', (c) => c.notNull())
        .addColumn('channel_id', 'text', (c) => c.notNull())
        .addColumn('local_date', 'text', (c) => c.notNull())
        .addColumn('scheduled_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('owner', 'text')
        .addColumn('lease_expires_at', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('reason', 'text')
        .addColumn('message_id', 'text')
        .addColumn('article', 'text')
        .addColumn('claimed_at', 'text')
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createIndex('deliveries_by_subscription')
        .on('deliveries')
        .columns(['subscription_id', 'scheduled_at'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('deliveries').execute();
      await db.schema.dropTable('subscriptions').execute();
    },
  },
  '0002_archive': archiveMigration,
  '0003_feeds': feedsMigration,
  '0005_digest': digestMigration,
  '0006_installations': installationsMigration,
  '0004_scale_out': scaleOutMigration,
  '0008_interaction_claims': interactionClaimsMigration,
};

/** All migrations, for Kysely's Migrator (names sort in the order they must run). */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};

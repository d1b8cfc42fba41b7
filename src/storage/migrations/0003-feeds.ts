// The feeds registry: which feeds are followed, by whom, when each is next due and who holds its
// poll lease (so several instances on one database poll each feed once per interval).
import type { Kysely, Migration } from 'kysely';

export const feedsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('feeds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('name_key', 'text', (c) => c.notNull())
      .addColumn('scope', 'text', (c) => c.notNull())
      .addColumn('owner_platform', 'text')
      .addColumn('owner_workspace', 'text')
      .addColumn('added_by', 'text')
      .addColumn('interval_seconds', 'integer', (c) => c.notNull())
      .addColumn('hint_seconds', 'integer')
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('next_fetch_at', 'text', (c) => c.notNull())
      .addColumn('last_fetch_at', 'text')
      .addColumn('last_outcome', 'text')
      .addColumn('last_error', 'text')
      .addColumn('item_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('failed_items', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('stories_count', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('paused_reason', 'text')
      .addColumn('seen_items', 'text')
      .addColumn('lease_owner', 'text')
      .addColumn('lease_expires_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('feeds_scope_url', ['scope', 'url'])
      .addUniqueConstraint('feeds_scope_name', ['scope', 'name_key'])
      .execute();
    await db.schema.createIndex('feeds_due').on('feeds').column('next_fetch_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('feeds').execute();
  },
};

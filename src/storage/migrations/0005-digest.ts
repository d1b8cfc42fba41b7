// The daily digest's storage: a filter per subscription (topic, feed, how many stories, threads),
// the end of the window the channel's last digest covered, the digest a slot is posting, and a
// ledger of the parts of a multi-part digest already posted (so a restart posts only the rest).
import type { Kysely, Migration } from 'kysely';

/** Migration 0005: digest filters, windows and the per-part ledger. */
export const digestMigration: Migration = {
  async up(db: Kysely<unknown>) {
    // One column per statement: SQLite adds a single column per ALTER TABLE.
    await db.schema.alterTable('subscriptions').addColumn('topic', 'text').execute();
    await db.schema.alterTable('subscriptions').addColumn('feed', 'text').execute();
    await db.schema.alterTable('subscriptions').addColumn('stories', 'integer').execute();
    await db.schema
      .alterTable('subscriptions')
      .addColumn('thread', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('subscriptions').addColumn('briefed_until', 'text').execute();
    await db.schema.alterTable('deliveries').addColumn('digest', 'text').execute();
    await db.schema
      .createTable('briefing_parts')
      .addColumn('slot_key', 'text', (c) => c.notNull())
      .addColumn('part', 'integer', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('posted_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('briefing_parts_pk', ['slot_key', 'part'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('briefing_parts').execute();
    await db.schema.alterTable('deliveries').dropColumn('digest').execute();
    for (const column of ['briefed_until', 'thread', 'stories', 'feed', 'topic']) {
      await db.schema.alterTable('subscriptions').dropColumn(column).execute();
    }
  },
};

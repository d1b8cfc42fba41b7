// The story archive's tables: stories (one row per story, with its listing fields), their
// revisions (source text, analysis and diff), the sources that carried each, and the search postings.
import type { Kysely, Migration } from 'kysely';

/** Creates stories, story_sources, story_revisions and story_terms. */
export const archiveMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('stories')
      .addColumn('slug', 'text', (c) => c.primaryKey())
      .addColumn('url', 'text')
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('dek', 'text')
      .addColumn('published', 'text', (c) => c.notNull())
      .addColumn('first_seen', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('revision', 'integer', (c) => c.notNull())
      .addColumn('text_hash', 'text', (c) => c.notNull())
      .addColumn('tags', 'text', (c) => c.notNull())
      .addColumn('key_point', 'text')
      .addColumn('section_count', 'integer', (c) => c.notNull())
      .addColumn('quote_count', 'integer', (c) => c.notNull())
      .addColumn('sketch', 'text', (c) => c.notNull())
      .addColumn('doc_length', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('stories_by_published')
      .on('stories')
      .columns(['published', 'slug'])
      .execute();
    await db.schema.createIndex('stories_by_updated').on('stories').columns(['updated_at', 'slug']).execute();
    await db.schema.createIndex('stories_by_url').on('stories').column('url').execute();
    await db.schema
      .createTable('story_sources')
      .addColumn('source_key', 'text', (c) => c.primaryKey())
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('feed_id', 'text')
      .addColumn('url', 'text')
      .addColumn('text_hash', 'text', (c) => c.notNull())
      .addColumn('first_seen', 'text', (c) => c.notNull())
      .addColumn('last_seen', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('story_sources_by_slug').on('story_sources').column('slug').execute();
    await db.schema
      .createTable('story_revisions')
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('source_key', 'text', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addColumn('text_hash', 'text', (c) => c.notNull())
      .addColumn('analysis', 'text', (c) => c.notNull())
      .addColumn('changes', 'text')
      .addColumn('stored_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('story_revisions_pk', ['slug', 'number'])
      .execute();
    // No primary key: the covering index answers a search from the index alone (SQLite and
    // PostgreSQL), and a story's postings are always replaced together.
    await db.schema
      .createTable('story_terms')
      .addColumn('term', 'text', (c) => c.notNull())
      .addColumn('slug', 'text', (c) => c.notNull())
      .addColumn('weight', 'integer', (c) => c.notNull())
      .addColumn('doc_length', 'integer', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('story_terms_search')
      .on('story_terms')
      .columns(['term', 'slug', 'weight', 'doc_length'])
      .execute();
    await db.schema.createIndex('story_terms_by_slug').on('story_terms').column('slug').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('story_terms').execute();
    await db.schema.dropTable('story_revisions').execute();
    await db.schema.dropTable('story_sources').execute();
    await db.schema.dropTable('stories').execute();
  },
};

// Discord interactions claimed by one instance: with several gateway sessions, Discord delivers
// each interaction to every one of them, and the instance whose insert wins is the one that works it.
import type { Kysely, Migration } from 'kysely';

/** Adds interaction_claims (interaction id, when it was claimed in epoch ms as a double). */
export const interactionClaimsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('interaction_claims')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('claimed_at', 'double precision', (c) => c.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('interaction_claims').execute();
  },
};

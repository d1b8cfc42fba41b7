// Data access for interaction claims: one insert-or-nothing per interaction decides which instance
// works it; claims older than a minute are pruned (Discord's answer window is 3 s, a token's 15 min,
// and an interaction is delivered to every session within moments of the others).
import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** The table behind the claims, as a Kysely type (joined to Database in schema.ts). */
export interface InteractionClaimsTable {
  /** Discord's interaction id (a snowflake). */
  id: string;
  /** When it was claimed, epoch ms. */
  claimed_at: number;
}

/** How long a claim is kept. */
export const interactionClaimKeepMs = 60_000;

/** True when this caller is the first to claim the interaction. */
export async function claimInteraction(db: Kysely<Database>, id: string, nowMs: number): Promise<boolean> {
  const row = await db
    .insertInto('interaction_claims')
    .values({ id, claimed_at: nowMs })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Removes claims older than the keep time; returns how many. */
export async function pruneInteractionClaims(db: Kysely<Database>, nowMs: number): Promise<number> {
  const result = await db
    .deleteFrom('interaction_claims')
    .where('claimed_at', '<', nowMs - interactionClaimKeepMs)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

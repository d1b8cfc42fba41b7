// Data access for the shared rate limits: one atomic statement reserves the next request's turn
// in a budget (GCRA), so any number of instances on one database pace as a single client.
import { type Kysely, sql } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Moves the budget's theoretical arrival time to max(tat, now) + count * interval and returns it:
 * `count` consecutive turns, the last of which may be sent at (returned - interval - tolerance) at
 * the earliest, each earlier one an interval before. One upsert, atomic on both engines (PostgreSQL
 * locks the row; SQLite has one writer), so concurrent callers get distinct turns.
 */
export async function reservePace(
  db: Kysely<Database>,
  key: string,
  intervalMs: number,
  nowMs: number,
  count = 1,
): Promise<number> {
  const now = sql<number>`cast(${nowMs} as double precision)`;
  const interval = sql<number>`cast(${count * intervalMs} as double precision)`;
  const row = await db
    .insertInto('rate_limits')
    .values({ key, tat: nowMs + count * intervalMs })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        tat: sql<number>`(case when rate_limits.tat > ${now} then rate_limits.tat else ${now} end) + ${interval}`,
      }),
    )
    .returning('tat')
    .executeTakeFirstOrThrow();
  return Number(row.tat);
}

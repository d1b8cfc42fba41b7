// Many subscriptions written straight into a database, for the multi-instance bench part and its
// test (test/briefing/helpers/fleet.ts): every channel with today's slot already due.
import { openDatabase, type StorageOptions } from '../../src/storage/open.ts';
import { subscriptionId } from '../../src/storage/store.ts';

/**
 * Subscribes every channel with today's slot due at `dueAt` (a whole minute, UTC; default: two
 * minutes ago), as if an hour before (one insert per 500).
 */
export async function subscribeDue(
  storage: StorageOptions,
  ids: { discord: string[]; slack: string[] },
  updatedBy: string,
  dueAt = new Date(Date.now() - 120_000),
): Promise<void> {
  const time = dueAt.toISOString().slice(11, 16);
  const since = new Date(Date.now() - 3_600_000).toISOString();
  const rows = (['discord', 'slack'] as const).flatMap((platform) =>
    ids[platform].map((channelId) => ({
      id: subscriptionId(platform, channelId),
      platform,
      channel_id: channelId,
      workspace_id: null,
      time,
      timezone: 'UTC',
      mode: 'daily' as const,
      source: 'chat' as const,
      state: 'active' as const,
      paused_reason: null,
      consecutive_failures: 0,
      active_since: since,
      updated_by: updatedBy,
      updated_at: since,
      last_article: null,
    })),
  );
  const { db, close } = await openDatabase(storage);
  try {
    for (let i = 0; i < rows.length; i += 500)
      await db
        .insertInto('subscriptions')
        .values(rows.slice(i, i + 500))
        .execute();
  } finally {
    await close();
  }
}

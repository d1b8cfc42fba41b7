// Stored installations (Slack OAuth) and what removing the app from a workspace or server does to
// its briefing: the installation row goes, and that workspace's active subscriptions (and feeds,
// where that table exists) are paused with the reason. Both are idempotent, in any order.
import type { Kysely } from 'kysely';
import type { BriefingPlatform, Database } from './schema.ts';

/** An installation as stored: its keys in clear, the rest sealed. */
export interface StoredInstallation {
  /** The workspace key: team id, or enterprise id for an org-wide install. */
  id: string;
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  /** The encrypted installation. */
  sealed: string;
  installedAt: Date;
}

/** Saves an installation; an older one for the same workspace never replaces a newer one. */
export async function saveInstallation(db: Kysely<Database>, row: StoredInstallation): Promise<void> {
  const values = {
    platform: 'slack' as const,
    team_id: row.teamId,
    enterprise_id: row.enterpriseId,
    is_enterprise_install: row.isEnterpriseInstall ? 1 : 0,
    sealed: row.sealed,
    installed_at: row.installedAt.toISOString(),
  };
  await db
    .insertInto('installations')
    .values({ id: row.id, ...values })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet(values).where('installations.installed_at', '<=', values.installed_at),
    )
    .execute();
}

/** The installation of a workspace key, or null. */
export async function findInstallation(db: Kysely<Database>, id: string): Promise<StoredInstallation | null> {
  const row = await db.selectFrom('installations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    teamId: row.team_id,
    enterpriseId: row.enterprise_id,
    isEnterpriseInstall: Number(row.is_enterprise_install) === 1,
    sealed: row.sealed,
    installedAt: new Date(row.installed_at),
  };
}

/** Deletes a workspace's installation; true when there was one. */
export async function deleteInstallation(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('installations').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/**
 * Pauses the active subscriptions of one workspace (Slack team or org, Discord guild) with
 * `reason`, and its active feeds when the feeds table exists. Returns how many subscriptions were
 * paused; pausing again pauses nothing more.
 */
export async function pauseWorkspace(
  db: Kysely<Database>,
  platform: BriefingPlatform,
  workspaceId: string,
  reason: string,
  now: Date,
): Promise<number> {
  const result = await db
    .updateTable('subscriptions')
    .set({ state: 'paused', paused_reason: reason, updated_at: now.toISOString(), updated_by: platform })
    .where('platform', '=', platform)
    .where('workspace_id', '=', workspaceId)
    .where('state', '=', 'active')
    .executeTakeFirst();
  // The workspace's own feeds stop being polled too (FEED_URLS feeds belong to everyone and go on).
  await db
    .updateTable('feeds')
    .set({ paused_reason: reason })
    .where('owner_platform', '=', platform)
    .where('owner_workspace', '=', workspaceId)
    .where('paused_reason', 'is', null)
    .execute();
  return Number(result.numUpdatedRows);
}

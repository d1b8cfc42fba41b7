// What removing the app from a workspace does (Bolt leaves this to the app): on `app_uninstalled`,
// and on `tokens_revoked` for the bot's token, that workspace's (or org's) installation is deleted
// and its briefing subscriptions are paused with the reason. Either event may come first or twice;
// the second finds nothing left to do.
import type { App } from '@slack/bolt';
import type { Logger } from '../../logger.ts';
import type { BriefingStore } from '../../storage/store.ts';
import { workspaceKeyOf } from './installation-store.ts';

/** The storage calls removal needs. */
export type RemovalRows = Pick<BriefingStore, 'deleteInstallation' | 'pauseWorkspace'>;

/** The envelope fields that say which workspace or org an event is about. */
interface Envelope {
  team_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
}

/** Why subscriptions were paused, as /summit status shows it. */
export const uninstalledReason = 'the app was removed from this Slack workspace (app_uninstalled)';
export const revokedReason = "the bot's token for this Slack workspace was revoked (tokens_revoked)";

/** Deletes the installation and pauses the workspace's subscriptions; never throws. */
export async function removeWorkspace(
  rows: RemovalRows,
  envelope: Envelope,
  reason: string,
  logger: Logger,
  now: Date = new Date(),
): Promise<void> {
  try {
    const key = workspaceKeyOf({
      isEnterpriseInstall: envelope.is_enterprise_install === true,
      teamId: envelope.team_id,
      enterpriseId: envelope.enterprise_id,
    });
    const deleted = await rows.deleteInstallation(key);
    const paused = await rows.pauseWorkspace('slack', key, reason, now);
    logger.info({ workspace: key, deleted, paused, reason }, 'slack: app removed from a workspace');
  } catch (error) {
    logger.error({ err: error }, 'slack: could not record that the app was removed');
  }
}

/** Listens for the app's removal from a workspace. */
export function listenForRemoval(app: App, rows: RemovalRows, logger: Logger): void {
  app.event('app_uninstalled', async ({ body }) => {
    await removeWorkspace(rows, body as Envelope, uninstalledReason, logger);
  });
  app.event('tokens_revoked', async ({ body, event }) => {
    // Only the bot's token matters: the app asks for no user tokens.
    if ((event.tokens.bot ?? []).length === 0) {
      logger.info({ team: (body as Envelope).team_id }, 'slack: user tokens revoked; the bot is unaffected');
      return;
    }
    await removeWorkspace(rows, body as Envelope, revokedReason, logger);
  });
}

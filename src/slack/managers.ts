// Who may subscribe or unsubscribe a channel on Slack: workspace admins and owners (users.info,
// scope users:read) and the user ids listed in SLACK_BRIEFING_ADMINS.
import type { webApi } from '@slack/bolt';
import type { Logger } from '../logger.ts';

/**
 * Returns a check that answers true when the user may manage the briefing. Never throws. `client`
 * is the workspace's own (its token) when workspaces install the app; else the app's one client.
 */
export function createManagerCheck(
  defaultClient: webApi.WebClient,
  admins: readonly string[],
  logger: Logger,
): (userId: string, client?: webApi.WebClient) => Promise<boolean> {
  return async (userId, client = defaultClient) => {
    if (admins.includes(userId)) return true;
    try {
      const { user } = await client.users.info({ user: userId });
      return Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner);
    } catch (error) {
      logger.warn({ err: error, userId }, 'slack: users.info failed; treating the user as not a manager');
      return false;
    }
  };
}

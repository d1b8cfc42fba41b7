// Bolt's InstallationStore on our storage layer: each workspace's (or org-wide) installation in the
// database, sealed with SLACK_TOKEN_KEY, so every instance finds the token Slack gave any other one.
// Also the token lookup the briefing's Slack sender uses for a subscription's workspace.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { BriefingStore } from '../../storage/store.ts';
import type { TokenCipher } from './token-cipher.ts';

/** The storage calls the installation store needs. */
export type InstallationRows = Pick<
  BriefingStore,
  'saveInstallation' | 'findInstallation' | 'deleteInstallation'
>;

/** The workspace key of an installation or query: the org for an org-wide install, else the team. */
export function workspaceKeyOf(ids: {
  isEnterpriseInstall?: boolean;
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
}): string {
  const key = ids.isEnterpriseInstall ? ids.enterpriseId : ids.teamId;
  if (!key) throw new Error('an installation needs a team id (or an enterprise id for an org-wide install)');
  return key;
}

/** Our store plus the lookups the rest of the bot needs. */
export interface SlackInstallations extends InstallationStore {
  /** The bot token of a workspace key (team or org), or null when the app is not installed there. */
  botTokenFor(workspaceKey: string): Promise<string | null>;
}

/** The installation store for Bolt over `rows`, sealing with `cipher`. */
export function createInstallationStore(
  rows: InstallationRows,
  cipher: TokenCipher,
  now: () => Date = () => new Date(),
): SlackInstallations {
  const load = async (key: string): Promise<Installation | null> => {
    const row = await rows.findInstallation(key);
    return row ? (JSON.parse(cipher.open(row.sealed, key)) as Installation) : null;
  };
  return {
    async storeInstallation(installation) {
      const isEnterpriseInstall = installation.isEnterpriseInstall === true;
      const key = workspaceKeyOf({
        isEnterpriseInstall,
        teamId: installation.team?.id,
        enterpriseId: installation.enterprise?.id,
      });
      await rows.saveInstallation({
        id: key,
        teamId: installation.team?.id ?? null,
        enterpriseId: installation.enterprise?.id ?? null,
        isEnterpriseInstall,
        sealed: cipher.seal(JSON.stringify(installation), key),
        installedAt: now(),
      });
    },
    async fetchInstallation(query: InstallationQuery<boolean>) {
      const key = workspaceKeyOf(query);
      const found = await load(key);
      if (!found) throw new Error(`the app is not installed in ${key}`);
      return found;
    },
    async deleteInstallation(query: InstallationQuery<boolean>) {
      await rows.deleteInstallation(workspaceKeyOf(query));
    },
    async botTokenFor(workspaceKey) {
      return (await load(workspaceKey))?.bot?.token ?? null;
    },
  };
}

// The installations table as Kysely types (text and integer only, as every table here).

/** One platform installation of the app (Slack OAuth), keyed by workspace or org. */
export interface InstallationsTable {
  /** The workspace key: the team id, or the enterprise id of an org-wide install. */
  id: string;
  platform: 'slack';
  team_id: string | null;
  enterprise_id: string | null;
  /** 1 for an Enterprise Grid org-wide install. */
  is_enterprise_install: number;
  /** The whole installation (tokens included), encrypted (see src/slack/oauth/token-cipher.ts). */
  sealed: string;
  /** When it was installed (ISO): the newest install wins. */
  installed_at: string;
}

// What a door hands the core after parsing its platform's event: which command, with which
// options, from whom and where.

/** The doors into the core. */
export type Platform = 'console' | 'discord' | 'slack';

/** A parsed command, platform-neutral. */
export interface CommandRequest {
  /** Subcommand name from the command tree, e.g. 'summary'. Unknown names get a helpful reply. */
  command: string;
  /** Option values by option name; absent options are undefined. */
  options: Record<string, string | number | boolean | undefined>;
  /** Who asked. */
  who: {
    platform: Platform;
    userId: string;
    /** True when the platform says this person may manage the channel. */
    canManage: boolean;
    /** Who may manage a channel on this platform, in words for a refusal (set by the door). */
    manageHint?: string;
  };
  /** Where they asked. */
  where: {
    platform: Platform;
    channelId: string;
    /** Discord guild or Slack team, when there is one. */
    workspaceId?: string;
  };
}

/** An autocomplete request: the option being typed and what has been typed so far. */
export interface CompletionRequest {
  /** Subcommand name. */
  command: string;
  /** Name of the focused option. */
  option: string;
  /** What the user has typed so far. */
  value: string;
  /** The other options already filled in (e.g. `article`). */
  options: Record<string, string | number | boolean | undefined>;
}

/** One autocomplete choice. */
export interface Choice {
  /** What the user sees (at most 100 characters). */
  name: string;
  /** What is sent back as the option value (at most 100 characters). */
  value: string;
}

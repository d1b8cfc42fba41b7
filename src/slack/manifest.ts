// Generates the Slack app manifest from the /summit command tree, so the slash command's
// description and usage hint never drift from what the bot understands.
import type { webApi } from '@slack/bolt';
import type { CommandTree, Subcommand } from '../../commands/types.ts';

/** The manifest shape Slack's apps.manifest.create accepts. */
export type SlackManifest = webApi.AppsManifestCreateArguments['manifest'];

/** The path Slack posts slash commands and interactions to in HTTP mode. */
export const slackEventsPath = '/slack/events';

/** Where Slack sends the installer back after "Allow" (Bolt's default). */
export const slackRedirectPath = '/slack/oauth_redirect';

/** Where an installer starts (Bolt's "Add to Slack" page). */
export const slackInstallPath = '/slack/install';

/** Events the OAuth install subscribes to: removing the app pauses that workspace's briefings. */
export const oauthBotEvents = ['app_uninstalled', 'tokens_revoked'] as const;

/** How the app will be reached. */
export interface ManifestOptions {
  /** Socket Mode (no public URL) or HTTP request URLs. */
  socketMode: boolean;
  /** Public base URL of this bot (HTTP mode), e.g. https://summit.example.org. */
  url?: string;
  /** Workspaces install the app themselves (OAuth): redirect URL, events, org-wide deploy. */
  oauth?: boolean;
}

/**
 * Bot scopes, the fewest that make every feature work:
 * - commands: the /summit slash command;
 * - chat:write: the daily briefing posts with chat.postMessage (answers use response_url, no scope);
 * - chat:write.public: the briefing can post in a public channel it was subscribed in without an /invite;
 * - users:read: users.info says whether the person running subscribe/unsubscribe is an admin or owner.
 * - channels:history, groups:history: before posting a briefing again after an unclear failure, the
 *   bot looks for its own earlier post (by message metadata) so it never posts twice.
 */
export const botScopes = [
  'commands',
  'chat:write',
  'chat:write.public',
  'users:read',
  'channels:history',
  'groups:history',
] as const;

/** Builds the complete manifest. Throws when HTTP mode has no URL (Slack requires request URLs). */
export function toSlackManifest(tree: CommandTree, options: ManifestOptions): SlackManifest {
  if (options.oauth && options.socketMode)
    throw new Error('The OAuth install runs over HTTP: give the public URL of the bot (--url).');
  const requestUrl = options.socketMode ? undefined : eventsUrl(options.url);
  const oauth = options.oauth && requestUrl;
  const name = tree.name.charAt(0).toUpperCase() + tree.name.slice(1);
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: { name, description: tree.description, background_color: '#1d3557' },
    features: {
      bot_user: { display_name: name, always_online: false },
      slash_commands: [
        {
          command: `/${tree.name}`,
          description: tree.description,
          usage_hint: usageHint(tree),
          should_escape: false,
          ...(requestUrl ? { url: requestUrl } : {}),
        },
      ],
    },
    oauth_config: {
      scopes: { bot: [...botScopes] },
      ...(oauth ? { redirect_urls: [new URL(slackRedirectPath, requestUrl).href] } : {}),
    },
    settings: {
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      ...(oauth ? { event_subscriptions: { request_url: requestUrl, bot_events: [...oauthBotEvents] } } : {}),
      org_deploy_enabled: Boolean(oauth),
      socket_mode_enabled: options.socketMode,
      token_rotation_enabled: false,
    },
  };
}

function eventsUrl(base: string | undefined): string {
  if (!base)
    throw new Error(
      'An HTTP-mode manifest needs the public URL of the bot (e.g. --url https://bot.example.org).',
    );
  const url = new URL(base);
  if (url.protocol !== 'https:')
    throw new Error(`Slack only calls https URLs; got ${url.protocol}//${url.host}.`);
  return url.pathname.endsWith(slackEventsPath) ? url.href : new URL(slackEventsPath, url).href;
}

/**
 * The hint Slack shows after `/summit`: every subcommand with its own arguments, then the options
 * most subcommands share once at the end, e.g. `summary | section <name> | … · also: article:<article> public`.
 */
export function usageHint(tree: CommandTree): string {
  const shared = sharedOptions(tree);
  const subs = tree.subcommands.map((sub) => [sub.name, ...argumentsOf(sub, shared)].join(' '));
  const tail = [...shared].map((name) => {
    const option = tree.subcommands.flatMap((s) => s.options).find((o) => o.name === name);
    return option?.type === 'boolean' ? name : `${name}:<${name}>`;
  });
  return tail.length ? `${subs.join(' | ')} · also: ${tail.join(' ')}` : subs.join(' | ');
}

/** Option names used by at least a third of the subcommands (e.g. article, public). */
function sharedOptions(tree: CommandTree): Set<string> {
  const counts = new Map<string, number>();
  for (const option of tree.subcommands.flatMap((s) => s.options))
    counts.set(option.name, (counts.get(option.name) ?? 0) + 1);
  const min = Math.max(2, Math.ceil(tree.subcommands.length / 3));
  return new Set([...counts].filter(([, n]) => n >= min).map(([name]) => name));
}

function argumentsOf(sub: Subcommand, shared: Set<string>): string[] {
  return sub.options
    .filter((o) => !shared.has(o.name))
    .map((o) => {
      const shape = o.choices ? o.choices.map((c) => c.value).join('|') : o.name;
      return o.required ? `<${shape}>` : `[${shape}]`;
    });
}

// Which keys go together, for the modes added for many servers and workspaces: the Discord HTTP
// interactions door, gateway sharding and Slack's OAuth install. Each broken combination is one
// message naming the key to fix (env.ts adds them to its single report).

/** The keys these rules read, as env.ts has parsed them. */
interface Keys {
  DISCORD_TOKEN?: string;
  DISCORD_PUBLIC_KEY?: string;
  DISCORD_SHARDS?: string;
  DISCORD_SHARD_IDS?: number[];
  DISCORD_SHARD_COUNT?: number;
  SLACK_BOT_TOKEN?: string;
  SLACK_APP_TOKEN?: string;
  SLACK_SIGNING_SECRET?: string;
  SLACK_CLIENT_ID?: string;
  SLACK_CLIENT_SECRET?: string;
  SLACK_STATE_SECRET?: string;
  SLACK_TOKEN_KEY?: string;
}

/** One problem: the key to fix and why. */
export interface KeyIssue {
  path: string[];
  message: string;
}

/** True for a 32-byte key written as 64 hex characters or as base64. */
export function isKey32(value: string): boolean {
  if (/^[0-9a-fA-F]{64}$/.test(value)) return true;
  return /^[A-Za-z0-9+/_-]{43}=?$/.test(value) && Buffer.from(value, 'base64').length === 32;
}

function shardingIssues(env: Keys): KeyIssue[] {
  const issues: KeyIssue[] = [];
  const sharded = env.DISCORD_SHARDS || env.DISCORD_SHARD_IDS || env.DISCORD_SHARD_COUNT;
  if (sharded && !env.DISCORD_TOKEN)
    issues.push({
      path: ['DISCORD_TOKEN'],
      message: 'required for gateway sharding (DISCORD_SHARDS / DISCORD_SHARD_IDS)',
    });
  if (sharded && env.DISCORD_PUBLIC_KEY)
    issues.push({
      path: ['DISCORD_SHARDS'],
      message:
        'sharding is for the gateway; with DISCORD_PUBLIC_KEY commands come over HTTP and no gateway is opened',
    });
  if (env.DISCORD_SHARDS && (env.DISCORD_SHARD_IDS || env.DISCORD_SHARD_COUNT))
    issues.push({
      path: ['DISCORD_SHARDS'],
      message:
        'use either DISCORD_SHARDS (this instance runs every shard) or DISCORD_SHARD_IDS with DISCORD_SHARD_COUNT, not both',
    });
  if (env.DISCORD_SHARD_IDS && !env.DISCORD_SHARD_COUNT)
    issues.push({
      path: ['DISCORD_SHARD_COUNT'],
      message: 'required with DISCORD_SHARD_IDS: the total number of shards over every instance',
    });
  if (env.DISCORD_SHARD_COUNT && !env.DISCORD_SHARD_IDS)
    issues.push({
      path: ['DISCORD_SHARD_IDS'],
      message: 'required with DISCORD_SHARD_COUNT: the shards this instance runs, e.g. 0,1',
    });
  const count = env.DISCORD_SHARD_COUNT;
  const outside = count ? (env.DISCORD_SHARD_IDS ?? []).filter((id) => id >= count) : [];
  if (outside.length > 0)
    issues.push({
      path: ['DISCORD_SHARD_IDS'],
      message: `shard ${outside.join(', ')} is outside 0..${(count ?? 1) - 1} (DISCORD_SHARD_COUNT is ${count})`,
    });
  return issues;
}

function slackOAuthIssues(env: Keys): KeyIssue[] {
  const oauthKeys = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  if (!oauthKeys.some((key) => env[key])) return [];
  const issues: KeyIssue[] = [];
  for (const key of oauthKeys)
    if (!env[key])
      issues.push({
        path: [key],
        message:
          'required for the OAuth install (set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together)',
      });
  if (!env.SLACK_SIGNING_SECRET)
    issues.push({
      path: ['SLACK_SIGNING_SECRET'],
      message: 'required for the OAuth install (Basic Information > Signing Secret)',
    });
  if (!env.SLACK_TOKEN_KEY)
    issues.push({
      path: ['SLACK_TOKEN_KEY'],
      message:
        'required for the OAuth install: installed tokens are stored encrypted with it (openssl rand -hex 32)',
    });
  if (env.SLACK_BOT_TOKEN)
    issues.push({
      path: ['SLACK_BOT_TOKEN'],
      message: 'unset it for the OAuth install: each workspace gets its own token when it installs the app',
    });
  if (env.SLACK_APP_TOKEN)
    issues.push({
      path: ['SLACK_APP_TOKEN'],
      message: 'the OAuth install runs over HTTP; unset SLACK_APP_TOKEN (Socket Mode is for one workspace)',
    });
  return issues;
}

/** Every broken combination of the multi-server and multi-workspace keys. */
export function combinationIssues(env: Keys): KeyIssue[] {
  return [...shardingIssues(env), ...slackOAuthIssues(env)];
}

// Counting a fan-out: which channels got their briefing, which lost it (or part of it), which got
// it twice, and the least time the fakes' rate limits allow for that many posts.

/** Posts in one platform's channels, as judged after a run. */
export interface FanoutCount {
  /** Channels subscribed. */
  channels: number;
  /** Posts accepted. */
  posts: number;
  /** Messages one briefing takes (the most distinct messages any channel got). */
  partsPerChannel: number;
  /** Channels with no post. */
  lost: number;
  /** Channels with some but fewer than partsPerChannel messages. */
  incomplete: number;
  /** Posts that repeat a message already in the channel. */
  doubled: number;
  /** Seconds from the run's start to the first and to the last post. */
  firstPostSeconds: number;
  lastPostSeconds: number;
}

/** `n` Discord channel ids (snowflake-shaped). */
export function discordChannels(n: number): string[] {
  return Array.from({ length: n }, (_, i) => (100_000_000_000_000_000n + BigInt(i)).toString());
}

/** `n` Slack channel ids (C + 6 or more capitals/digits). */
export function slackChannels(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `C0BENCH${String(i).padStart(5, '0')}`);
}

const volatile = new Set(['nonce', 'enforce_nonce', 'token']);

/** Identity of a message for spotting repeats: its body without per-request fields. */
function identity(body: Record<string, unknown>): string {
  return JSON.stringify(body, (key, value) => (volatile.has(key) ? undefined : value));
}

/** Judges the posts the fake stored against the channels that should have had one briefing each. */
export function analysePosts<P extends { at: number }>(
  channels: string[],
  stored: Map<string, P[]>,
  bodyOf: (post: P) => Record<string, unknown>,
  startedAt: number,
): FanoutCount {
  let posts = 0;
  let doubled = 0;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  const distinct = channels.map((id) => {
    const list = stored.get(id) ?? [];
    posts += list.length;
    const seen = new Set<string>();
    for (const post of list) {
      const key = identity(bodyOf(post));
      if (seen.has(key)) doubled++;
      seen.add(key);
      first = Math.min(first, post.at);
      last = Math.max(last, post.at);
    }
    return seen.size;
  });
  const parts = Math.max(0, ...distinct);
  return {
    channels: channels.length,
    posts,
    partsPerChannel: parts,
    lost: distinct.filter((d) => d === 0).length,
    incomplete: distinct.filter((d) => d > 0 && d < parts).length,
    doubled,
    firstPostSeconds: (first - startedAt) / 1000,
    lastPostSeconds: (last - startedAt) / 1000,
  };
}

/** Least seconds the limits allow for the messages owed (platforms post in parallel). */
export function floorSeconds(
  counts: { discord: FanoutCount | null; slack: FanoutCount | null },
  limits: {
    discord: { globalPerSecond: number };
    slack: { perChannelPerSecond: number; perChannelBurst: number; workspacePerSecond: number };
  },
): number {
  const floors = [0];
  if (counts.discord) {
    const owed = counts.discord.channels * Math.max(1, counts.discord.partsPerChannel);
    floors.push(Math.max(0, owed - limits.discord.globalPerSecond) / limits.discord.globalPerSecond);
  }
  if (counts.slack) {
    const parts = Math.max(1, counts.slack.partsPerChannel);
    const owed = counts.slack.channels * parts;
    const workspace = Math.max(0, owed - limits.slack.workspacePerSecond) / limits.slack.workspacePerSecond;
    const perChannel = Math.max(0, parts - limits.slack.perChannelBurst) / limits.slack.perChannelPerSecond;
    floors.push(Math.max(workspace, perChannel));
  }
  return Math.max(...floors);
}

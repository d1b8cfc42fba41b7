// Part 5: the daily briefing fanned out to many channels on fakes that enforce rate limits
// (Discord 50 requests/s global; Slack 1 message/s per channel and a workspace limit): wall time
// against the floor those limits allow, and channels that lost or doubled their post.
import { join } from 'node:path';
import { type BenchDiscord, startBenchDiscord } from '../fakes/discord.ts';
import { type BenchSlack, startBenchSlack } from '../fakes/slack.ts';
import { logMessage, profileFlags } from '../lib/bot-process.ts';
import type { BenchContext, Part } from '../lib/context.ts';
import { cpuSeconds } from '../lib/proc.ts';
import { type Figure, judged } from '../lib/report.ts';
import { startChild } from '../lib/spawn.ts';
import {
  analysePosts,
  discordChannels,
  type FanoutCount,
  floorSeconds,
  slackChannels,
} from './fanout-count.ts';

/** The limits the fakes enforce. */
export const fanoutLimits = {
  discord: { globalPerSecond: 50, perChannelPer5s: 5 },
  slack: { perChannelPerSecond: 1, perChannelBurst: 1, workspacePerSecond: 50 },
} as const;

interface Scenario {
  name: string;
  discord: number;
  slack: number;
}

/** HH:MM in UTC `minutes` ago: a slot that is due now. */
function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString().slice(11, 16);
}

async function runScenario(
  ctx: BenchContext,
  s: Scenario,
  fakes: { discord: BenchDiscord; slack: BenchSlack },
) {
  fakes.discord.resetChannels();
  fakes.slack.resetChannels();
  const ids = { discord: discordChannels(s.discord), slack: slackChannels(s.slack) };
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    CONTENT_DIR: join(ctx.root, 'content'),
    DATA_DIR: join(ctx.tmpDir, `fanout-${s.name}`),
    BRIEFING_TIME: minutesAgo(2),
    BRIEFING_TZ: 'UTC',
    DISCORD_TOKEN: '',
    SLACK_BOT_TOKEN: '',
    SLACK_APP_TOKEN: '',
    SLACK_SIGNING_SECRET: '',
  };
  if (s.discord > 0)
    Object.assign(env, {
      DISCORD_TOKEN: fakes.discord.token,
      DISCORD_APPLICATION_ID: fakes.discord.world.applicationId,
      DISCORD_API_BASE: fakes.discord.apiBase,
      DISCORD_BRIEFING_CHANNELS: ids.discord.join(','),
    });
  if (s.slack > 0)
    Object.assign(env, {
      SLACK_BOT_TOKEN: fakes.slack.botToken,
      SLACK_SIGNING_SECRET: 'bench-signing-secret',
      SLACK_API_URL: fakes.slack.apiUrl,
      SLACK_BRIEFING_CHANNELS: ids.slack.join(','),
    });
  const child = startChild({
    script: join(ctx.root, 'bench', 'workers', 'fanout-bot.ts'),
    env,
    pin: { pinning: ctx.pinning, core: ctx.pinning.measuredCore },
    nodeFlags: profileFlags(ctx),
  });
  const finished = child
    .waitForLine((line) => logMessage(line) === 'briefing run finished', 900_000)
    .catch(() => null);
  const limitMs = 60_000 + 20_000 * Math.ceil((s.discord + s.slack) / 100);
  try {
    const started = await child.waitForMessage('started', 120_000);
    const t0 = performance.now();
    const cpu0 = cpuSeconds(child.pid);
    let timedOut = false;
    const done = await child.waitForMessage('done', limitMs).catch(() => {
      timedOut = true;
      return null;
    });
    const wallSeconds = (performance.now() - t0) / 1000;
    const botCpuSeconds = cpuSeconds(child.pid) - cpu0;
    const summaryLine = timedOut
      ? null
      : await Promise.race([finished, new Promise<null>((r) => setTimeout(() => r(null), 2000))]);
    const counts = {
      discord: s.discord > 0 ? analysePosts(ids.discord, fakes.discord.channels, (p) => p.body, t0) : null,
      slack: s.slack > 0 ? analysePosts(ids.slack, fakes.slack.channels, (p) => p.params, t0) : null,
    };
    const floor = floorSeconds(counts, fanoutLimits);
    return {
      scenario: s,
      wallSeconds,
      botCpuSeconds,
      floorSeconds: floor,
      timedOut,
      counts,
      syncMs: (done?.syncMs as number) ?? null,
      startedAt: started.wallClock,
      summary: summaryLine ? JSON.parse(summaryLine) : null,
      fakes: { discord: { ...fakes.discord.counts }, slack: { ...fakes.slack.counts } },
    };
  } finally {
    await Promise.race([child.exited, new Promise((r) => setTimeout(r, 5000))]);
    await child.stop();
  }
}

/** Part 5. */
export const fanoutPart: Part = {
  id: '5',
  title: 'Briefing fan-out',
  async run(ctx: BenchContext) {
    const n = ctx.quick ? 200 : 1000;
    const scenarios: Scenario[] = [
      { name: 'discord', discord: n, slack: 0 },
      { name: 'slack', discord: 0, slack: n },
      ...(ctx.quick ? [] : [{ name: 'both', discord: n, slack: n }]),
    ];
    const fakes = {
      discord: await startBenchDiscord(fanoutLimits.discord),
      slack: await startBenchSlack(fanoutLimits.slack),
    };
    const figures: Figure[] = [];
    const details = [];
    try {
      for (const s of scenarios) {
        ctx.log(`part 5: ${s.name} (${s.discord} Discord + ${s.slack} Slack channels)`);
        const r = await runScenario(ctx, s, fakes);
        details.push(r);
        const all = [r.counts.discord, r.counts.slack].filter((c): c is FanoutCount => c !== null);
        const lost = all.reduce((x, c) => x + c.lost + c.incomplete, 0);
        const doubled = all.reduce((x, c) => x + c.doubled, 0);
        const posts = all.reduce((x, c) => x + c.posts, 0);
        figures.push(
          judged(
            {
              metric: `${s.name}: ${s.discord + s.slack} channels, wall vs floor`,
              value: r.wallSeconds,
              bare: r.floorSeconds,
              ratio: r.wallSeconds / r.floorSeconds,
              unit: 's',
              target: 'wall/floor <= 1.10',
              note: `${posts} posts${r.timedOut ? ', TIMED OUT' : ''}; bot CPU ${r.botCpuSeconds.toFixed(1)} s; sync of subscriptions ${r.syncMs === null ? '?' : Math.round(r.syncMs)} ms (not in wall)`,
            },
            (x) => x <= 1.1 && !r.timedOut,
            'ratio',
          ),
          judged(
            {
              metric: `${s.name}: channels lost | doubled`,
              value: lost + doubled,
              unit: '',
              target: '0 lost, 0 doubled',
              note: `lost ${lost}, doubled ${doubled}; 429s answered ${r.fakes.discord.rateLimited + r.fakes.slack.rateLimited}`,
            },
            (x) => x === 0,
          ),
        );
      }
    } finally {
      await fakes.discord.close();
      await fakes.slack.close();
    }
    return {
      figures,
      note: `Bare column = floor the limits allow: Discord ${fanoutLimits.discord.globalPerSecond}/s global (burst ${fanoutLimits.discord.globalPerSecond}); Slack ${fanoutLimits.slack.perChannelPerSecond}/s per channel, ${fanoutLimits.slack.workspacePerSecond}/s workspace`,
      details,
    };
  },
};

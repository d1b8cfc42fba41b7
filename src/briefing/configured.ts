// Channels configured at start-up (DISCORD_/SLACK_BRIEFING_CHANNELS, the console when it is a
// target) become subscriptions at BRIEFING_TIME in BRIEFING_TZ. Chat settings win, and only the
// platforms this process serves are touched, so instances with different doors can share a database.
import type { Config } from '../config/env.ts';
import type { Logger } from '../logger.ts';
import { type BriefingPlatform, type BriefingStore, subscriptionId } from '../storage/store.ts';
import type { Senders } from './sender.ts';
import { consoleChannelId } from './senders/console.ts';

const validIds: Record<BriefingPlatform, RegExp> = {
  discord: /^\d{5,25}$/,
  slack: /^[CGD][A-Z0-9]{6,}$/,
  console: /^console$/,
};

const hints: Record<BriefingPlatform, string> = {
  discord: 'use the numeric channel id (Developer Mode > right-click the channel > Copy Channel ID)',
  slack: 'use the channel id such as C0123456789 (channel details > About), not its #name',
  console: '',
};

/** Upserts configured channels; retires config subscriptions no longer configured. Never throws on bad ids. */
export async function syncConfiguredChannels(
  store: BriefingStore,
  config: Config,
  senders: Senders,
  now: Date,
  logger: Logger,
): Promise<string[]> {
  const wanted: { platform: BriefingPlatform; channelId: string }[] = [];
  const add = (platform: BriefingPlatform, ids: string[], key: string) => {
    if (!senders[platform]) return;
    for (const id of ids) {
      if (validIds[platform].test(id)) wanted.push({ platform, channelId: id });
      else logger.warn({ key, value: id }, `ignoring briefing channel '${id}' in ${key}: ${hints[platform]}`);
    }
  };
  add('discord', config.DISCORD_BRIEFING_CHANNELS, 'DISCORD_BRIEFING_CHANNELS');
  add('slack', config.SLACK_BRIEFING_CHANNELS, 'SLACK_BRIEFING_CHANNELS');
  add('console', [consoleChannelId], 'console');
  const kept: string[] = [];
  for (const { platform, channelId } of wanted) {
    const id = subscriptionId(platform, channelId);
    kept.push(id);
    const existing = await store.getSubscription(platform, channelId);
    if (existing?.source === 'chat') {
      logger.info(
        { subscription: id, state: existing.state },
        'configured briefing channel is managed in chat; left as is',
      );
      continue;
    }
    if (existing?.state === 'paused') {
      logger.warn(
        { subscription: id, reason: existing.pausedReason },
        'configured briefing channel is paused; run /summit subscribe there to resume',
      );
      continue;
    }
    const same =
      existing?.state === 'active' &&
      existing.time === config.BRIEFING_TIME &&
      existing.timezone === config.BRIEFING_TZ &&
      existing.mode === 'daily';
    if (same) continue;
    await store.saveSubscription(
      {
        platform,
        channelId,
        time: config.BRIEFING_TIME,
        timezone: config.BRIEFING_TZ,
        mode: 'daily',
        updatedBy: 'config',
      },
      'config',
      now,
    );
  }
  const served = (Object.keys(senders) as BriefingPlatform[]).filter((p) => senders[p]);
  const retired = await store.retireConfigSubscriptions(kept, served, now);
  if (retired.length > 0)
    logger.info({ retired }, 'briefing channels no longer configured were unsubscribed');
  return kept;
}

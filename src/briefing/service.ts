// What the /summit briefing commands ask of the scheduler: subscribe, unsubscribe, status,
// whether an article is new to a channel, and the preview of a channel's next digest. The commands reach it through a BriefingPort (port.ts).
import type { AnalyzedArticle } from '../core/article.ts';
import type { Reply } from '../core/reply.ts';
import type {
  BriefingMode,
  BriefingPlatform,
  BriefingStore,
  Delivery,
  DigestFilter,
  Subscription,
} from '../storage/store.ts';
import type { StoryArchive } from '../stories/story.ts';
import { previewDigest } from './digest/preview.ts';
import type { Senders } from './sender.ts';
import { articleIdOf, nextRunOf } from './slots.ts';

/** A channel's briefing state, for /summit status. */
export interface ChannelStatus {
  /** The subscription in any state, or null when the channel never subscribed. */
  subscription: Subscription | null;
  /** Next scheduled post, when active. */
  nextRun: Date | null;
  /** The most recent slot recorded for the channel. */
  lastDelivery: Delivery | null;
  /** Whether this process posts to the channel's platform. */
  connected: boolean;
}

/** A /summit subscribe, with values already validated and defaulted. */
export interface SubscribeRequest {
  platform: BriefingPlatform;
  channelId: string;
  workspaceId?: string;
  userId: string;
  time: string;
  timezone: string;
  mode: BriefingMode;
  /** Digest filter and layout (topic, feed, stories, thread); left out: none, 5 stories, no thread. */
  filter?: Partial<DigestFilter>;
}

/** The briefing as the core's handlers see it. */
export interface BriefingService {
  /** Defaults for options left out (BRIEFING_TIME, BRIEFING_TZ). */
  readonly defaults: { time: string; timezone: string };
  /** Subscribes (or changes) a channel; returns the subscription, its next run and whether this process posts there. */
  subscribe(
    req: SubscribeRequest,
  ): Promise<{ subscription: Subscription; nextRun: Date; connected: boolean }>;
  /** Stops a channel's briefing; null when it had none. */
  unsubscribe(platform: BriefingPlatform, channelId: string, userId: string): Promise<Subscription | null>;
  status(platform: BriefingPlatform, channelId: string): Promise<ChannelStatus>;
  /** True when the article changed since the channel's last briefing (or it had none). */
  isNew(platform: BriefingPlatform, channelId: string, article: AnalyzedArticle): Promise<boolean>;
  /** The digest this channel would receive next, as one reply; null when the briefing does not read an archive. */
  preview(platform: BriefingPlatform, channelId: string): Promise<Reply | null>;
  /** Pauses every active subscription of a server or workspace the bot was removed from; returns how many. */
  pauseWorkspace(platform: BriefingPlatform, workspaceId: string, reason: string): Promise<number>;
}

/** What the service is built from. */
export interface ServiceOptions {
  store: BriefingStore;
  senders: Senders;
  now: () => Date;
  defaults: { time: string; timezone: string };
  /** The story archive the digest reads (without it, the briefing posts the newest article). */
  archive?: StoryArchive;
}

/** Creates the service over a store. */
export function createBriefingService({
  store,
  senders,
  now,
  defaults,
  archive,
}: ServiceOptions): BriefingService {
  const nextRun = async (sub: Subscription): Promise<Date> => {
    const last = await store.lastDelivery(sub.id);
    return nextRunOf(sub, now(), new Set(last ? [last.localDate] : []));
  };
  return {
    defaults,
    pauseWorkspace: (platform, workspaceId, reason) =>
      store.pauseWorkspace(platform, workspaceId, reason, now()),
    async subscribe(req) {
      const subscription = await store.saveSubscription(
        {
          platform: req.platform,
          channelId: req.channelId,
          workspaceId: req.workspaceId ?? null,
          time: req.time,
          timezone: req.timezone,
          mode: req.mode,
          updatedBy: req.userId,
          ...(req.filter ? { filter: req.filter } : {}),
        },
        'chat',
        now(),
      );
      return {
        subscription,
        nextRun: await nextRun(subscription),
        connected: Boolean(senders[subscription.platform]),
      };
    },
    unsubscribe: (platform, channelId, userId) => store.endSubscription(platform, channelId, userId, now()),
    async status(platform, channelId) {
      const subscription = await store.getSubscription(platform, channelId);
      const lastDelivery = subscription ? await store.lastDelivery(subscription.id) : null;
      return {
        subscription,
        lastDelivery,
        nextRun: subscription?.state === 'active' ? await nextRun(subscription) : null,
        connected: Boolean(senders[platform]),
      };
    },
    async isNew(platform, channelId, article) {
      const sub = await store.getSubscription(platform, channelId);
      return sub?.lastArticle !== articleIdOf(article.article.slug, article.version);
    },
    async preview(platform, channelId) {
      if (!archive) return null;
      const sub = await store.getSubscription(platform, channelId);
      return previewDigest(archive, sub, now(), defaults.timezone);
    },
  };
}

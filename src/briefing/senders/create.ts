// Builds the senders a process needs from its configuration: Discord and Slack when their
// tokens are set, the console when the console door is open (no chat tokens). Each platform's
// sender (and its SDK) is loaded only when that platform is configured.
import { type Config, enabledDoors } from '../../config/env.ts';
import type { Logger } from '../../logger.ts';
import type { Pacing } from '../../pace/paced-requests.ts';
import type { BriefingStore } from '../../storage/store.ts';
import type { Senders } from '../sender.ts';
import { createConsoleSender } from './console.ts';

/** Extra inputs for createSenders. */
export interface CreateSendersOptions {
  logger?: Logger;
  /** The console door's print; given only when the console door is open. */
  print?: (text: string) => void;
  /** The open store: where installed workspaces' Slack tokens are (OAuth mode). */
  store?: BriefingStore;
  /** Shared pacing of platform requests (default: each sender paces within this process). */
  pacing?: Pacing;
}

/** One sender per enabled door. */
export async function createSenders(
  config: Config,
  { logger, print, store, pacing }: CreateSendersOptions = {},
): Promise<Senders> {
  const doors = enabledDoors(config);
  const senders: Senders = {};
  if (doors.discord && config.DISCORD_TOKEN) {
    const { createDiscordSender } = await import('./discord.ts');
    senders.discord = createDiscordSender({
      token: config.DISCORD_TOKEN,
      apiBase: config.DISCORD_API_BASE,
      logger,
      pacing,
    });
  }
  if (doors.slack && config.SLACK_BOT_TOKEN) {
    const { createSlackSender } = await import('./slack.ts');
    senders.slack = createSlackSender({
      token: config.SLACK_BOT_TOKEN,
      apiUrl: config.SLACK_API_URL,
      logger,
      pacing,
    });
  }
  if (doors.slack && doors.slackOAuth) {
    if (!store) throw new Error('the Slack OAuth install needs the database to find each workspace token');
    const [{ createSlackSender }, { createInstallationStore }, { createTokenCipher, tokenKeyOf }] =
      await Promise.all([
        import('./slack.ts'),
        import('../../slack/oauth/installation-store.ts'),
        import('../../slack/oauth/token-cipher.ts'),
      ]);
    const installations = createInstallationStore(
      store,
      createTokenCipher(tokenKeyOf(config.SLACK_TOKEN_KEY ?? '')),
    );
    senders.slack = createSlackSender({
      tokenFor: (workspaceId) => installations.botTokenFor(workspaceId),
      apiUrl: config.SLACK_API_URL,
      logger,
      pacing,
    });
  }
  if (print) senders.console = createConsoleSender(print);
  return senders;
}

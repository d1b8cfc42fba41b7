// When the bot is removed from a Discord server (GUILD_DELETE without `unavailable`; an outage
// sends it with `unavailable: true` and is not a removal), that server's briefing subscriptions are
// paused with the reason, so the briefing stops posting where it can no longer reach.
import { type Client, Events } from 'discord.js';
import type { BriefingPort } from '../briefing/port.ts';
import type { Logger } from '../logger.ts';

/** Why the subscriptions were paused, as /summit status shows it. */
export const removedFromServerReason = 'the bot was removed from this Discord server (GUILD_DELETE)';

/** Pauses a server's subscriptions; logs and never throws. */
export async function pauseRemovedGuild(guildId: string, briefing: BriefingPort | undefined, logger: Logger) {
  const service = briefing?.current();
  if (!service) {
    logger.warn({ guildId }, 'discord: removed from a server while the briefing is off; nothing to pause');
    return;
  }
  try {
    const paused = await service.pauseWorkspace('discord', guildId, removedFromServerReason);
    logger.info({ guildId, paused }, 'discord: removed from a server; its briefing subscriptions are paused');
  } catch (error) {
    logger.error(
      { err: error, guildId },
      'discord: could not pause the subscriptions of a server the bot left',
    );
  }
}

/** Listens for removals from servers on `client`. */
export function listenForGuildRemoval(
  client: Client,
  briefing: BriefingPort | undefined,
  logger: Logger,
): void {
  client.on(Events.GuildDelete, (guild) => {
    void pauseRemovedGuild(guild.id, briefing, logger);
  });
}

// Composition root: reads the config, loads content/, builds the core and opens each door the
// configuration turns on. With no tokens only the console door opens, so `npm start` works at once.

import type { Briefings } from './briefing/start.ts';
import { type Config, ConfigError, enabledDoors, loadConfig } from './config/env.ts';
import { type ConsoleDoor, startConsoleDoor } from './console/door.ts';
import { createContentLibrary } from './content/library.ts';
import type { CoreContext } from './core/context.ts';
import type { Library } from './core/library.ts';
import { createSummit } from './core/summit.ts';
import { createLogger, type Logger } from './logger.ts';

function doorBanner(config: Config): string[] {
  const doors = enabledDoors(config);
  return [
    'Summit bot: console door. Type /summit help, /summit summary, /summit quotes xi, /summit section economic.',
    doors.discord
      ? 'Discord door: on.'
      : 'Discord door: off (set DISCORD_TOKEN and DISCORD_APPLICATION_ID to turn it on).',
    doors.slack
      ? `Slack door: on (${doors.slackMode === 'socket' ? 'Socket Mode' : 'HTTP'}).`
      : 'Slack door: off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode).',
    'End input (Ctrl-D) or type exit to quit.',
  ];
}

/**
 * Starts the daily briefing after the doors are up (its storage modules load while the doors already
 * answer); when its database cannot be opened the bot still serves commands.
 */
async function startBriefingsOrWarn(
  config: Config,
  library: Library,
  logger: Logger,
  print: ((text: string) => void) | undefined,
): Promise<Briefings | undefined> {
  try {
    const [{ startBriefings }, { createSenders }] = await Promise.all([
      import('./briefing/start.ts'),
      import('./briefing/senders/create.ts'),
    ]);
    return await startBriefings({
      config,
      library,
      logger,
      senders: await createSenders(config, { logger, print }),
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    logger.error({ err: error }, 'daily briefing is off');
    process.stderr.write(`Daily briefing is off: ${why}\nCommands still work; fix DATA_DIR and restart.\n`);
    return undefined;
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return;
  }
  const logger: Logger = createLogger(config.LOG_LEVEL);
  const library = await createContentLibrary(config.CONTENT_DIR, logger, {
    maxArticleBytes: config.MAX_ARTICLE_BYTES,
  });
  const stops: (() => Promise<void> | void)[] = [() => library.close()];
  const doors = enabledDoors(config);
  const consoleOnly = !doors.discord && !doors.slack;

  const context: CoreContext = { library, now: () => new Date(), logger };
  const summit = createSummit(context);

  // Both doors connect at once. Each door's module (and its SDK) loads only when it is configured.
  const [discord, slack] = await Promise.allSettled([
    doors.discord
      ? import('./discord/start.ts')
          .then(({ startDiscordDoor }) => startDiscordDoor({ config, summit, logger }))
          .then((door) => {
            logger.info('Discord door ready');
            return door;
          })
      : undefined,
    doors.slack
      ? import('./slack/start.ts')
          .then(({ startSlackDoor }) => startSlackDoor({ config, summit, logger }))
          .then((door) => {
            logger.info({ mode: door.mode }, 'Slack door ready');
            return door;
          })
      : undefined,
  ]);
  for (const door of [discord, slack]) {
    const started = door.status === 'fulfilled' ? door.value : undefined;
    if (started) stops.push(() => started.stop());
  }
  const failed = [discord, slack].filter((door) => door.status === 'rejected');
  if (failed.length > 0) {
    // One door could not start: close whatever did, then report every reason.
    for (const stop of stops.reverse()) await stop();
    throw new Error(failed.map((door) => errorMessage(door.reason)).join('\n'));
  }

  // The scheduler starts once the chat doors answer; the console door waits for it, so a typed
  // /summit status finds it running. The console prints briefings between prompts.
  let consoleDoor: ConsoleDoor | undefined;
  const print = (text: string) => (consoleDoor ? consoleDoor.print(text) : process.stdout.write(`${text}\n`));
  const briefings = startBriefingsOrWarn(config, library, logger, consoleOnly ? print : undefined).then(
    (started) => {
      if (started) context.briefing = started.service;
      return started;
    },
  );
  stops.push(async () => (await briefings)?.stop());

  let closed: Promise<void> = new Promise(() => {});
  if (consoleOnly) {
    await briefings;
    consoleDoor = startConsoleDoor({
      summit,
      input: process.stdin,
      output: process.stdout,
      banner: doorBanner(config),
    });
    stops.push(() => consoleDoor?.stop());
    closed = consoleDoor.closed;
  }
  logger.info({ discord: doors.discord, slack: doors.slack, console: consoleOnly }, 'summit bot ready');

  const shutdown = async (reason: string) => {
    logger.info({ reason }, 'shutting down');
    for (const stop of stops.reverse()) await stop();
  };
  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));
  await closed;
  await shutdown('end of input');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.on('unhandledRejection', (reason) => {
  process.stderr.write(`Unhandled rejection (kept running): ${String(reason)}\n`);
});
try {
  await main();
} catch (error) {
  process.stderr.write(`Summit bot could not start: ${errorMessage(error)}\n`);
  process.exit(1);
}

// Composition root: reads the config, opens the database once (the story archive, with content/ as
// one of its sources, and the briefing's store), builds the core and opens each door the
// configuration turns on, the doors connecting while the stories open. With no tokens only the
// console door opens, so `npm start` works at once; with a database that cannot be opened, content/
// is still served and the operator is told why.

import { type BriefingPort, createBriefingPort, type LateBriefingPort } from './briefing/port.ts';
import type { Briefings } from './briefing/start.ts';
import { composeSummit } from './compose-summit.ts';
import { type Config, ConfigError, enabledDoors, loadConfig, logLevelFor } from './config/env.ts';
import { type ConsoleDoor, startConsoleDoor } from './console/door.ts';
import { consoleLogStream } from './console/log-lines.ts';
import type { CoreContext } from './core/context.ts';
import type { Summit } from './core/summit.ts';
import { errorMessage } from './error-message.ts';
import { watchDiscordGateway, watchSlackSocket } from './health/door-readiness.ts';
import { createReadiness, type Readiness } from './health/readiness.ts';
import type { HttpServer } from './http/server.ts';
import { type DoorDescriptor, openDoors } from './lifecycle/open-doors.ts';
import { type OpenStories, openStories } from './lifecycle/open-stories.ts';
import { createShutdown, exitOnSignals, type Shutdown } from './lifecycle/shutdown.ts';
import { startBriefingsOrWarn } from './lifecycle/start-briefings.ts';
import { openHttpSide, serveStories, servesHttp } from './lifecycle/start-http.ts';
import { chatLogDestination, createLogger, type Logger } from './logger.ts';
import type { SocketModeReceiver } from './slack/bolt.ts';
import { createFeedsPort, type FeedsPort } from './sources/feeds-commands.ts';
import type { FeedReader } from './sources/start.ts';
import type { BriefingStore } from './storage/store.ts';
import { lateLibrary } from './stories/late-library.ts';

/**
 * The chat doors, all connecting at once; each door's module and SDK load only when it is on. When
 * none is on, the console door opens instead (after the briefing, so `/summit status` finds it).
 */
const chatDoors: DoorDescriptor[] = [
  {
    name: 'Discord',
    enabled: (config) => enabledDoors(config).discord,
    async start(deps) {
      if (enabledDoors(deps.config).discordMode === 'http') {
        // Commands arrive at POST /discord/interactions on PORT: no gateway connection at all.
        const { startDiscordHttpDoor } = await import('./discord/http/door.ts');
        const door = startDiscordHttpDoor(deps);
        deps.readiness?.part('discord', 'connecting').ready();
        return door;
      }
      const { startDiscordDoor } = await import('./discord/start.ts');
      const part = deps.readiness?.part('discord', 'connecting');
      // On PostgreSQL (where several instances share the work) each interaction is worked by the
      // instance that claims it first; on SQLite, usually one process, no claim is spent. The door
      // opens while the database may still be opening: a claim waits for it (as the answer waits for
      // the stories), and with no database to claim in, the interaction is this instance's.
      const { storeWhenOpen } = deps;
      const claimInteraction =
        deps.config.DATABASE_URL && storeWhenOpen
          ? async (id: string) => {
              const store = await storeWhenOpen;
              return store ? store.claimInteraction(id, Date.now()) : true;
            }
          : undefined;
      const door = await startDiscordDoor({ ...deps, ...(claimInteraction ? { claimInteraction } : {}) });
      if (part) watchDiscordGateway(door.client, part);
      deps.logger.info('Discord door ready');
      return door;
    },
  },
  {
    name: 'Slack',
    enabled: (config) => enabledDoors(config).slack,
    async start(deps) {
      const { startSlackDoor } = await import('./slack/start.ts');
      const part = deps.readiness?.part('slack', 'connecting');
      // The OAuth install reads workspaces' tokens from the database: it waits for the stories' one.
      const store = deps.config.SLACK_CLIENT_ID ? await deps.storeWhenOpen : undefined;
      const door = await startSlackDoor({ ...deps, ...(store ? { store } : {}) });
      part?.ready();
      if (part && door.mode === 'socket')
        watchSlackSocket((door.receiver as SocketModeReceiver).client, part);
      deps.logger.info({ mode: door.mode }, 'Slack door ready');
      return door;
    },
  },
];

function doorBanner(config: Config): string[] {
  const doors = enabledDoors(config);
  return [
    'Summit bot: console door. Type /summit help, /summit summary, /summit latest, /summit search ferry, /summit quotes xi.',
    doors.discord
      ? `Discord door: on (${doors.discordMode === 'http' ? 'HTTP interactions' : 'gateway'}).`
      : 'Discord door: off (set DISCORD_TOKEN and DISCORD_APPLICATION_ID to turn it on).',
    doors.slack
      ? `Slack door: on (${doors.slackMode === 'socket' ? 'Socket Mode' : 'HTTP'}).`
      : 'Slack door: off (set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET, or SLACK_APP_TOKEN for Socket Mode).',
    'End input (Ctrl-D) or type exit to quit.',
  ];
}

/** The parsed config, or undefined after printing what to fix. */
function configOrExplain(): Config | undefined {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
    return undefined;
  }
}

/**
 * Opens the listed chat doors (Slack HTTP mode mounts on `http`; a door's own routes are added to
 * it); when one cannot start, closes the rest and throws every reason.
 */
async function openChatDoors(
  deps: {
    config: Config;
    summit: Summit;
    logger: Logger;
    http?: HttpServer;
    readiness: Readiness;
    briefing: BriefingPort;
    storeWhenOpen: Promise<BriefingStore | undefined>;
  },
  shutdown: Shutdown,
) {
  const { opened, failures } = await openDoors(chatDoors, deps);
  for (const { name, door } of opened) shutdown.add(`${name} door`, () => door.stop());
  for (const { door } of opened) for (const route of door.routes ?? []) deps.http?.add(route);
  if (failures.length === 0) return;
  await shutdown.run('a door could not start');
  throw new Error(failures.join('\n'));
}

/** Starts the briefing in the background over the stories' database and hands its service to the core once it runs. */
function startBriefingsInBackground(
  config: Config,
  stories: OpenStories,
  logger: Logger,
  port: LateBriefingPort,
  print: ((text: string) => void) | undefined,
): Promise<Briefings | undefined> {
  const storage = stories.briefingStore;
  return startBriefingsOrWarn({
    config,
    library: stories.content,
    logger,
    print,
    ...('store' in storage ? { store: storage.store } : { storeError: storage.error }),
    ...(stories.archive ? { archive: stories.archive } : {}),
  }).then((started) => {
    if (started) port.attach(started.service);
    return started;
  });
}

/** Starts reading feeds into the archive in the background; without the database, says why feeds are off. */
async function startFeedsInBackground(
  config: Config,
  stories: OpenStories,
  logger: Logger,
  port: FeedsPort,
): Promise<FeedReader | undefined> {
  const { database, archive } = stories;
  if (!('db' in database) || !archive) return undefined;
  try {
    const { startFeedReader } = await import('./sources/start.ts');
    return await startFeedReader({
      db: database.db,
      intake: archive,
      logger: logger.child({ part: 'feeds' }),
      config,
      port,
    });
  } catch (error) {
    logger.error({ err: error }, 'feeds are off');
    process.stderr.write(
      `Feeds are off: ${errorMessage(error)}\nCommands still work; fix the cause and restart.\n`,
    );
    return undefined;
  }
}

/** The open stories; when they could not be opened at all, stops what did open and throws why. */
async function storiesOrStop(opening: Promise<OpenStories>, shutdown: Shutdown): Promise<OpenStories> {
  try {
    return await opening;
  } catch (error) {
    await shutdown.run('the stories could not be opened');
    throw error;
  }
}

async function main(): Promise<void> {
  const config = configOrExplain();
  if (!config) return;
  const doors = enabledDoors(config);
  const chatOpen = doors.discord || doors.slack;
  let consoleDoor: ConsoleDoor | undefined;
  // With a chat door, every log line is JSON on stdout (nothing else is written there). The
  // console's terminal is for the prompt and the answers: its log lines are warnings and errors
  // (unless LOG_LEVEL says otherwise), on stderr, plain on a terminal, each followed by the prompt again.
  const logger: Logger = chatOpen
    ? createLogger(logLevelFor(config, 'chat'), chatLogDestination())
    : createLogger(
        logLevelFor(config, 'console'),
        consoleLogStream(process.stderr, () => consoleDoor?.reprompt()),
      );
  const shutdown = createShutdown(logger);
  exitOnSignals(shutdown, logger);
  // The stories open while the doors connect: a command that comes first waits for them (the core
  // reads them through lateLibrary), and the bot is ready (/readyz) only once both are open.
  const opening = openStories({ config, logger });
  let briefings: Promise<Briefings | undefined> = Promise.resolve(undefined);
  let feeds: Promise<FeedReader | undefined> = Promise.resolve(undefined);
  // Stops run side by side: the stories' database closes once the briefing and the feeds no longer use it.
  shutdown.add('daily briefing and feeds', async () => {
    await Promise.all([(async () => (await briefings)?.stop())(), (async () => (await feeds)?.stop())()]);
    await (await opening.catch(() => undefined))?.close();
  });
  const context: CoreContext = {
    library: lateLibrary(opening.then((s) => s.library)),
    now: () => new Date(),
    logger,
  };
  const briefingPort = createBriefingPort();
  const feedsPort = createFeedsPort();
  const summit = composeSummit(context, briefingPort, feedsPort);

  // /readyz says "starting" until the stories and every door are open, and "shutting down" once the stop begins.
  const readiness = createReadiness();
  const lifecycle = readiness.part('bot', 'starting');
  const http = await openHttpSide(config, logger, shutdown, readiness);
  shutdown.add('readiness', () => lifecycle.notReady('shutting down'));
  // Stories that cannot open at all are reported below (storiesOrStop), not by a door that waited.
  const storeWhenOpen = opening.then(
    (s) => ('store' in s.briefingStore ? s.briefingStore.store : undefined),
    () => undefined,
  );
  await openChatDoors(
    { config, summit, logger, http, readiness, briefing: briefingPort, storeWhenOpen },
    shutdown,
  );
  const stories = await storiesOrStop(opening, shutdown);
  await serveStories(config, logger, readiness, http, stories);
  lifecycle.ready();
  void stories.warm();
  const print = (text: string) => (consoleDoor ? consoleDoor.print(text) : process.stdout.write(`${text}\n`));
  briefings = startBriefingsInBackground(config, stories, logger, briefingPort, chatOpen ? undefined : print);
  feeds = startFeedsInBackground(config, stories, logger, feedsPort);
  if (chatOpen) {
    logger.info({ discord: doors.discord, slack: doors.slack, console: false }, 'summit bot ready');
    return;
  }
  // The console opens after the briefing has started, so a typed /summit status finds it running.
  await briefings;
  const door = startConsoleDoor({
    summit,
    input: process.stdin,
    output: process.stdout,
    banner: doorBanner(config),
  });
  consoleDoor = door;
  shutdown.add('console door', () => door.stop());
  logger.info({ discord: false, slack: false, console: true }, 'summit bot ready');
  await door.closed;
  if (servesHttp(config)) {
    // A webhook-only or health-only bot in a container has no terminal: keep serving HTTP.
    logger.info('console input ended; still serving HTTP until stopped (SIGTERM or Ctrl-C)');
    return;
  }
  process.exit(await shutdown.run('end of input'));
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

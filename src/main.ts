// Composition root: reads the config, loads content/, builds the core and opens each door the
// configuration turns on. With no tokens only the console door opens, so `npm start` works at once.

import { createBriefingPort, type LateBriefingPort } from './briefing/port.ts';
import type { Briefings } from './briefing/start.ts';
import { composeSummit } from './compose-summit.ts';
import { type Config, ConfigError, enabledDoors, loadConfig, logLevelFor } from './config/env.ts';
import { type ConsoleDoor, startConsoleDoor } from './console/door.ts';
import { consoleLogStream } from './console/log-lines.ts';
import { createContentLibrary } from './content/library.ts';
import type { CoreContext } from './core/context.ts';
import type { Library } from './core/library.ts';
import type { Summit } from './core/summit.ts';
import { errorMessage } from './error-message.ts';
import { type DoorDescriptor, openDoors } from './lifecycle/open-doors.ts';
import { createShutdown, exitOnSignals, type Shutdown } from './lifecycle/shutdown.ts';
import { startBriefingsOrWarn } from './lifecycle/start-briefings.ts';
import { createLogger, type Logger } from './logger.ts';

/**
 * The chat doors, all connecting at once; each door's module and SDK load only when it is on. When
 * none is on, the console door opens instead (after the briefing, so `/summit status` finds it).
 */
const chatDoors: DoorDescriptor[] = [
  {
    name: 'Discord',
    enabled: (config) => enabledDoors(config).discord,
    async start(deps) {
      const { startDiscordDoor } = await import('./discord/start.ts');
      const door = await startDiscordDoor(deps);
      deps.logger.info('Discord door ready');
      return door;
    },
  },
  {
    name: 'Slack',
    enabled: (config) => enabledDoors(config).slack,
    async start(deps) {
      const { startSlackDoor } = await import('./slack/start.ts');
      const door = await startSlackDoor(deps);
      deps.logger.info({ mode: door.mode }, 'Slack door ready');
      return door;
    },
  },
];

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

/** Opens the listed chat doors; when one cannot start, closes the rest and throws every reason. */
async function openChatDoors(config: Config, summit: Summit, logger: Logger, shutdown: Shutdown) {
  const { opened, failures } = await openDoors(chatDoors, { config, summit, logger });
  for (const { name, door } of opened) shutdown.add(`${name} door`, () => door.stop());
  if (failures.length === 0) return;
  await shutdown.run('a door could not start');
  throw new Error(failures.join('\n'));
}

/** Starts the briefing in the background and hands its service to the core once it runs. */
function startBriefingsInBackground(
  config: Config,
  library: Library,
  logger: Logger,
  port: LateBriefingPort,
  print: ((text: string) => void) | undefined,
): Promise<Briefings | undefined> {
  return startBriefingsOrWarn({ config, library, logger, print }).then((started) => {
    if (started) port.attach(started.service);
    return started;
  });
}

async function main(): Promise<void> {
  const config = configOrExplain();
  if (!config) return;
  const doors = enabledDoors(config);
  const chatOpen = doors.discord || doors.slack;
  let consoleDoor: ConsoleDoor | undefined;
  // The console's terminal is for the prompt and the answers: its log lines are warnings and errors
  // (unless LOG_LEVEL says otherwise), plain on a terminal, each followed by the prompt again.
  const logger: Logger = chatOpen
    ? createLogger(logLevelFor(config, 'chat'))
    : createLogger(
        logLevelFor(config, 'console'),
        consoleLogStream(process.stderr, () => consoleDoor?.reprompt()),
      );
  const shutdown = createShutdown(logger);
  exitOnSignals(shutdown, logger);
  const library = await createContentLibrary(config.CONTENT_DIR, logger, {
    maxArticleBytes: config.MAX_ARTICLE_BYTES,
  });
  shutdown.add('content watcher', () => library.close());
  const context: CoreContext = { library, now: () => new Date(), logger };
  const briefingPort = createBriefingPort();
  const summit = composeSummit(context, briefingPort);

  await openChatDoors(config, summit, logger, shutdown);
  const print = (text: string) => (consoleDoor ? consoleDoor.print(text) : process.stdout.write(`${text}\n`));
  const briefings = startBriefingsInBackground(
    config,
    library,
    logger,
    briefingPort,
    chatOpen ? undefined : print,
  );
  shutdown.add('daily briefing', async () => (await briefings)?.stop());
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

// Starts and stops the Slack door for the composition root: checks the token with auth.test,
// opens the transport (HTTP mode: a route on the shared HTTP server, or a server of its own when
// none is given), and on stop waits until Socket Mode has really disconnected.
import type { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { errorMessage } from '../error-message.ts';
import { createHttpServer, type HttpServer } from '../http/server.ts';
import type { Logger } from '../logger.ts';
import { openStore } from '../storage/store.ts';
import { createSlackApp, type SlackAppOptions, SlackStartError, slackCallTimeoutMs } from './app.ts';
import { slackHttpRoute } from './http-route.ts';
import { slackEventsPath } from './manifest.ts';

/** A running Slack door. */
export interface SlackDoor {
  /** The Bolt app (its `client` posts to Slack). */
  app: App;
  /** The transport in use. */
  mode: 'socket' | 'http';
  /** Bolt's receiver (in Socket Mode its `client` emits 'connected' and 'disconnected'). */
  receiver: HTTPReceiver | SocketModeReceiver;
  /** The HTTP port listened on (HTTP mode only; useful with PORT=0). */
  port?: number;
  /** Stops receiving; resolves once the server is closed or the socket has disconnected. */
  stop(): Promise<void>;
}

/** Inputs of the door: the app's, and the shared HTTP server its HTTP mode mounts on. */
export interface SlackDoorOptions extends SlackAppOptions {
  /** The bot's HTTP server, already listening; without it HTTP mode listens on PORT by itself. */
  http?: HttpServer;
}

/** Starts the Slack door. Rejects with SlackStartError naming the variable to fix (token, URL or PORT). */
export async function startSlackDoor(options: SlackDoorOptions): Promise<SlackDoor> {
  const log = options.logger.child({ door: 'slack' });
  // Workspaces that install the app (OAuth) keep their tokens in the database: open it unless given.
  const opened =
    options.config.SLACK_CLIENT_ID && !options.store
      ? await openStore({
          dataDir: options.config.DATA_DIR,
          databaseUrl: options.config.DATABASE_URL,
          onError: (error) =>
            log.error({ err: error }, 'database connection lost; the next query reconnects'),
        })
      : undefined;
  try {
    const door = await startOn({ ...options, store: options.store ?? opened }, log);
    return opened ? { ...door, stop: () => door.stop().finally(() => opened.close()) } : door;
  } catch (error) {
    await opened?.close();
    throw error;
  }
}

async function startOn(options: SlackDoorOptions, log: Logger): Promise<SlackDoor> {
  const { app, mode, receiver } = createSlackApp(options);
  try {
    await app.init();
  } catch (error) {
    throw startError(error, 'SLACK_BOT_TOKEN', 'auth.test', options.config.SLACK_API_URL);
  }
  if (mode === 'http') {
    const { port, stop } = await mountHttp(receiver as HTTPReceiver, options);
    log.info({ port, path: slackEventsPath }, 'slack door listening (HTTP)');
    return { app, mode, receiver, port, stop };
  }
  const client = (receiver as SocketModeReceiver).client;
  try {
    await app.start();
  } catch (error) {
    throw startError(error, 'SLACK_APP_TOKEN', 'apps.connections.open', options.config.SLACK_API_URL);
  }
  log.info('slack door connected (Socket Mode)');
  return {
    app,
    mode,
    receiver,
    stop: async () => {
      const disconnected = new Promise<void>((resolve) => client.once('disconnected', () => resolve()));
      await app.stop();
      await disconnected;
    },
  };
}

/**
 * Puts the receiver's route on the shared server (removed again on stop), or on a server of the
 * door's own listening on PORT. Bolt's receiver never listens: App's constructor initialised it.
 */
async function mountHttp(
  receiver: HTTPReceiver,
  options: SlackDoorOptions,
): Promise<{ port: number | undefined; stop: () => Promise<void> }> {
  const route = slackHttpRoute(receiver);
  if (options.http) {
    const remove = options.http.add(route);
    return { port: options.http.port, stop: async () => remove() };
  }
  const own = createHttpServer({ logger: options.logger });
  own.add(route);
  try {
    return { port: await own.listen(options.config.PORT), stop: () => own.close() };
  } catch (error) {
    throw new SlackStartError(`PORT ${options.config.PORT} cannot be listened on (${describe(error)}).`, {
      cause: error,
    });
  }
}

/** Slack refusing a token names the token; Slack being unreachable names SLACK_API_URL and its value. */
function startError(error: unknown, tokenKey: string, method: string, apiUrl: string): SlackStartError {
  const platformError = (error as { data?: { error?: string } }).data?.error;
  const message = platformError
    ? `${tokenKey} was refused by Slack (${method}: ${platformError}).`
    : `Slack could not be reached at SLACK_API_URL=${apiUrl} for ${method} (${describe(error)}).`;
  return new SlackStartError(message, { cause: error });
}

/** The most specific reason in an error chain: a timeout, a system code such as ECONNREFUSED, else the deepest message. */
function describe(error: unknown): string {
  let current: unknown = error;
  let message = errorMessage(error);
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth++) {
    const e = current as {
      code?: unknown;
      message?: unknown;
      original?: unknown;
      cause?: unknown;
      errors?: unknown[];
    };
    if ((current as { name?: unknown }).name === 'TimeoutError')
      return `no answer within ${slackCallTimeoutMs / 1000} s`;
    if (typeof e.code === 'string' && !e.code.startsWith('slack_')) return e.code;
    if (typeof e.message === 'string' && e.message) message = e.message;
    current = e.original ?? e.cause ?? e.errors?.[0];
  }
  return message;
}

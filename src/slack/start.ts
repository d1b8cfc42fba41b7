// Starts and stops the Slack door for the composition root: checks the token with auth.test,
// opens the transport, and on stop waits until Socket Mode has really disconnected.
import type { AddressInfo } from 'node:net';
import type { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { createSlackApp, type SlackAppOptions, SlackStartError } from './app.ts';
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

/** Starts the Slack door. Rejects with SlackStartError naming the variable when Slack refuses a token. */
export async function startSlackDoor(options: SlackAppOptions): Promise<SlackDoor> {
  const { app, mode, receiver } = createSlackApp(options);
  const log = options.logger.child({ door: 'slack' });
  try {
    await app.init();
  } catch (error) {
    throw new SlackStartError(`SLACK_BOT_TOKEN was refused by Slack (auth.test: ${slackError(error)}).`, {
      cause: error,
    });
  }
  if (mode === 'http') {
    const server = await app.start();
    const port = (server.address() as AddressInfo).port;
    log.info({ port, path: slackEventsPath }, 'slack door listening (HTTP)');
    return { app, mode, receiver, port, stop: async () => void (await app.stop()) };
  }
  const client = (receiver as SocketModeReceiver).client;
  try {
    await app.start();
  } catch (error) {
    throw new SlackStartError(
      `SLACK_APP_TOKEN was refused by Slack (apps.connections.open: ${slackError(error)}).`,
      {
        cause: error,
      },
    );
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

function slackError(error: unknown): string {
  const data = (error as { data?: { error?: string } }).data;
  return data?.error ?? (error instanceof Error ? error.message : String(error));
}

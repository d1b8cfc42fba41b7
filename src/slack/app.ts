// Builds the real Bolt app for the Slack door on the transport the configuration picks: Socket
// Mode when SLACK_APP_TOKEN is set (no public URL needed), else HTTP at /slack/events on PORT's
// server; with SLACK_CLIENT_ID, HTTP with Bolt's OAuth install and a stored token per workspace.

import type { Config } from '../config/env.ts';
import type { Summit } from '../core/summit.ts';
import type { Logger } from '../logger.ts';
import { count429sOfSlackClient } from '../metrics/rate-limits.ts';
import type { BriefingStore } from '../storage/store.ts';
import { App, HTTPReceiver, SocketModeReceiver } from './bolt.ts';
import { toBoltLogger } from './bolt-logger.ts';

type BoltLogger = ReturnType<typeof toBoltLogger>;

import { extractResponse } from './json-ack.ts';
import { registerSlackListeners } from './listeners.ts';
import { createManagerCheck } from './managers.ts';
import { botScopes, slackEventsPath, slackInstallPath, slackRedirectPath } from './manifest.ts';
import { createInstallationStore } from './oauth/installation-store.ts';
import { createTokenCipher, tokenKeyOf } from './oauth/token-cipher.ts';
import { listenForRemoval } from './oauth/uninstall.ts';
import { installRequestGate } from './request-gate.ts';

/** Thrown when the Slack door cannot start; the message names the variable to fix. */
export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

/** Inputs of the Slack door. */
export interface SlackAppOptions {
  /** Parsed configuration (SLACK_* keys, PORT). */
  config: Config;
  /** The core. */
  summit: Summit;
  /** Process logger. */
  logger: Logger;
  /** Web API retries (tests pass 0; default: 2 quick ones, so an unreachable Slack fails start-up in seconds). */
  retries?: number;
  /** An answer ready within this many ms rides in the slash command's ack (default 1000). */
  ackWithinMs?: number;
  /** The open store (OAuth mode: installations, and pausing a workspace the app was removed from). */
  store?: BriefingStore;
}

/** How long the door's Web API client waits for one answer before it counts as failed. */
export const slackCallTimeoutMs = 3000;

/**
 * The door's client gives up in bounded time: 3 tries of at most 3 s each, 0.5 s and 1 s apart,
 * so a SLACK_API_URL that refuses or never answers fails start-up in well under 15 s (the SDK's
 * default retries for about 30 minutes). The briefing posts with a client of its own.
 */
const boundedRetries = { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 1000, randomize: false };

/** A built, not yet started, Slack app. */
export interface SlackApp {
  /** The Bolt app. */
  app: App;
  /** Which transport it uses. */
  mode: 'socket' | 'http';
  /** Its receiver (the Socket Mode receiver exposes the client whose 'disconnected' ends a stop). */
  receiver: HTTPReceiver | SocketModeReceiver;
}

/** Creates the Bolt app with the /summit listeners. Throws SlackStartError naming a missing variable. */
export function createSlackApp({
  config,
  summit,
  logger,
  retries,
  ackWithinMs,
  store,
}: SlackAppOptions): SlackApp {
  const token = config.SLACK_BOT_TOKEN;
  const oauth = config.SLACK_CLIENT_ID !== undefined;
  if (!token && !oauth)
    throw new SlackStartError(
      'SLACK_BOT_TOKEN is not set: the Slack door needs the Bot User OAuth Token (xoxb-…).',
    );
  if (oauth && !store) throw new SlackStartError('the OAuth install needs the database for installations.');
  const mode = config.SLACK_APP_TOKEN && !oauth ? 'socket' : 'http';
  if (mode === 'http' && !config.SLACK_SIGNING_SECRET) {
    throw new SlackStartError(
      'SLACK_SIGNING_SECRET is not set: HTTP mode needs it to verify requests (or set SLACK_APP_TOKEN for Socket Mode).',
    );
  }
  const boltLogger = toBoltLogger(logger);
  // A fresh object for each SDK part that takes one.
  const clientOptions = () => ({
    slackApiUrl: config.SLACK_API_URL,
    timeout: slackCallTimeoutMs,
    retryConfig: retries === undefined ? boundedRetries : { retries },
  });
  const installer = oauth && store ? oauthReceiverOptions(config, store, clientOptions()) : {};
  const receiver =
    mode === 'socket'
      ? createSocketReceiver(config, logger, boltLogger, clientOptions())
      : createHttpReceiver(config, logger, boltLogger, installer);
  // deferInitialization: auth.test runs in init(), awaited by the caller, instead of as a floating
  // promise in the constructor whose rejection (bad token) would be unhandled.
  const app = new App({
    // No token in OAuth mode: Bolt authorizes each request with its workspace's stored installation.
    ...(oauth ? {} : { token }),
    receiver,
    logger: boltLogger,
    clientOptions: clientOptions(),
    deferInitialization: true,
    // The bot keeps no per-conversation state; Bolt's default store would look up (and build a
    // "not found" error) on every request.
    convoStore: false,
  });
  count429sOfSlackClient(app.client);
  const canManage = createManagerCheck(app.client, config.SLACK_BRIEFING_ADMINS, logger);
  registerSlackListeners(app, { summit, logger, canManage, ackWithinMs, checkShapes: mode === 'socket' });
  if (oauth && store) listenForRemoval(app, store, logger);
  return { app, mode, receiver };
}

/** Socket Mode; an envelope Bolt cannot even read (a null payload) is acked, so Slack does not resend it, and logged. */
function createSocketReceiver(
  config: Config,
  logger: Logger,
  boltLogger: BoltLogger,
  clientOptions: object,
): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken: config.SLACK_APP_TOKEN as string,
    logger: boltLogger,
    installerOptions: { clientOptions },
    processEventErrorHandler: async ({ error }) => {
      logger.warn({ door: 'slack', err: error }, 'slack: refused a request Bolt could not read');
      return true;
    },
  });
}

/**
 * Bolt's own OAuth: /slack/install redirects to Slack (directInstall) with a state signed by
 * SLACK_STATE_SECRET (stateless: any instance can check it) and set as a cookie in the browser;
 * /slack/oauth_redirect checks both, exchanges the code (oauth.v2.access at SLACK_API_URL) and saves
 * the installation, sealed with SLACK_TOKEN_KEY. Token rotation stays off (see README).
 */
function oauthReceiverOptions(config: Config, store: BriefingStore, clientOptions: object) {
  const cipher = createTokenCipher(tokenKeyOf(config.SLACK_TOKEN_KEY ?? ''));
  return {
    clientId: config.SLACK_CLIENT_ID,
    clientSecret: config.SLACK_CLIENT_SECRET,
    stateSecret: config.SLACK_STATE_SECRET,
    scopes: [...botScopes],
    installationStore: createInstallationStore(store, cipher),
    installerOptions: {
      directInstall: true,
      stateVerification: true,
      installPath: slackInstallPath,
      redirectUriPath: slackRedirectPath,
      clientOptions,
    },
  };
}

/** HTTP at /slack/events (and the OAuth install paths when given) behind the request gate; the door mounts it on the HTTP server (src/slack/start.ts). */
function createHttpReceiver(
  config: Config,
  logger: Logger,
  boltLogger: BoltLogger,
  installer: Partial<ReturnType<typeof oauthReceiverOptions>>,
): HTTPReceiver {
  const signingSecret = config.SLACK_SIGNING_SECRET as string;
  const receiver = new HTTPReceiver({
    ...installer,
    signingSecret,
    endpoints: slackEventsPath,
    processBeforeResponse: false,
    // The request gate (installed below) checks the signature, the timestamp both ways and replays
    // of every POST to the endpoint before Bolt sees it, and answers the SSL check itself: Bolt
    // checking the same HMAC again cost a tenth of the door's throughput.
    signatureVerification: false,
    logger: boltLogger,
    customPropertiesExtractor: extractResponse,
  });
  installRequestGate(receiver, { signingSecret, endpoints: [slackEventsPath], logger });
  return receiver;
}

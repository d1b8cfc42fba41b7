// The parts of Bolt the Slack door uses, each loaded from its own module. Bolt's package index
// also loads the Express and AWS Lambda receivers and all they need (Express, body-parser, qs…),
// which the door never uses: about 150 ms of every start on this machine. Bolt is pinned to an
// exact version in package.json, so these paths are fixed; every Slack test starts the door
// through them, and `import type` from '@slack/bolt' stays the way to name Bolt's types.
// They are CommonJS; loading them with require gives their exports object the same way under
// node, tsx and vitest (whose default-import interop differ).
import { createRequire } from 'node:module';
import type * as Bolt from '@slack/bolt';

const load = createRequire(import.meta.url);
const appModule = load('@slack/bolt/dist/App.js') as typeof import('@slack/bolt/dist/App.js');
const httpReceiverModule = load(
  '@slack/bolt/dist/receivers/HTTPReceiver.js',
) as typeof import('@slack/bolt/dist/receivers/HTTPReceiver.js');
const httpFunctions = load(
  '@slack/bolt/dist/receivers/HTTPModuleFunctions.js',
) as typeof import('@slack/bolt/dist/receivers/HTTPModuleFunctions.js');
const socketModeReceiverModule = load(
  '@slack/bolt/dist/receivers/SocketModeReceiver.js',
) as typeof import('@slack/bolt/dist/receivers/SocketModeReceiver.js');

/** Bolt's App. */
export const App: typeof Bolt.App = appModule.default;
export type App = Bolt.App;

/** Bolt's HTTP receiver (slash commands and actions over HTTP). */
export const HTTPReceiver: typeof Bolt.HTTPReceiver = httpReceiverModule.default;
export type HTTPReceiver = Bolt.HTTPReceiver;

/** Bolt's Socket Mode receiver. */
export const SocketModeReceiver: typeof Bolt.SocketModeReceiver = socketModeReceiverModule.default;
export type SocketModeReceiver = Bolt.SocketModeReceiver;

/** Bolt's log levels (from @slack/logger, as Bolt re-exports them). */
export const LogLevel: typeof Bolt.LogLevel = appModule.LogLevel;
export type LogLevel = Bolt.LogLevel;

/** Bolt's own request helpers, so the door's request gate reads and parses a body exactly as Bolt does. */
export const boltHttp = {
  /** Reads a request's body into `req.rawBody` (Bolt then uses it as is), refusing more than `limit` bytes. */
  bufferIncomingMessage: httpFunctions.bufferIncomingMessage,
  /** Bolt's parse of a buffered body: a form (with `payload` as JSON) or JSON. Throws on a bad body. */
  parseHTTPRequestBody: httpFunctions.parseHTTPRequestBody,
  /** Whether an error is raw-body's (too large, aborted). */
  isRawBodyError: httpFunctions.isRawBodyError,
  /** Bolt's body size limit. */
  defaultBodyLimit: httpFunctions.defaultBodyLimit,
};

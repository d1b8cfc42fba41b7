// The Bolt listeners of the Slack door, registered in one place: a shape check in front (Socket
// Mode only: over HTTP the request gate has already run it, and a global middleware costs every
// request), `/summit`, the follow-up buttons and menus, and the error handler for whatever escapes.
import type { AnyMiddlewareArgs, App, BlockAction, Middleware, webApi } from '@slack/bolt';
import { summitTree } from '../../commands/summit.ts';
import type { Summit } from '../core/summit.ts';
import type { Logger } from '../logger.ts';
import { createActionListener } from './action-listener.ts';
import { createCommandListener } from './command-listener.ts';
import { actionIdPattern } from './render.ts';
import { checkRequestBody } from './request-shape.ts';

/** What the listeners need. */
export interface SlackListenerDeps {
  /** The core. */
  summit: Summit;
  /** Where failures are logged. */
  logger: Logger;
  /** Whether a user may manage the channel's briefing (asked only for managersOnly commands), with the request's client. */
  canManage: (userId: string, client?: webApi.WebClient) => Promise<boolean>;
  /** An answer ready within this many ms rides in the ack (default 1000: Slack waits 3000 for the ack, and a busy event loop needs the margin). */
  ackWithinMs?: number;
  /** Run the shape check as a Bolt middleware (Socket Mode, where no request gate runs before Bolt). */
  checkShapes?: boolean;
}

/** Registers `/summit`, the follow-up actions and an error handler on the app. */
export function registerSlackListeners(app: App, deps: SlackListenerDeps): void {
  if (deps.checkShapes) app.use(createShapeCheck(deps.logger));
  app.command(`/${summitTree.name}`, createCommandListener(deps));
  app.action<BlockAction>(actionIdPattern, createActionListener(deps));
  app.error(createErrorHandler(deps.logger));
}

/** Acks and logs a body no listener can serve (e.g. a click without response_url) instead of running one. */
function createShapeCheck(logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const refusal = checkRequestBody(args.body);
    if (!refusal) return args.next();
    logger.warn(
      { door: 'slack', status: refusal.status, reason: refusal.reason },
      'slack: refused a request',
    );
    const ack = 'ack' in args ? (args.ack as (body?: object) => Promise<void>) : undefined;
    await ack?.(refusal.message);
  };
}

/** Bolt's last resort: an error no listener caught is logged (the listeners answer the user themselves). */
function createErrorHandler(logger: Logger): (error: Error) => Promise<void> {
  return async (error) => {
    logger.error({ err: error }, 'slack: unhandled error in a listener');
  };
}

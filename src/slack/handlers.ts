// The Bolt listeners of the Slack door: `/summit` (a quick answer rides in the ack itself, a slow
// one is acked empty and sent through respond()) and the follow-up buttons and menus, which carry
// their whole state in their value.
import type { ServerResponse } from 'node:http';
import type { App, BlockAction, RespondFn, SlashCommand } from '@slack/bolt';
import { summitTree } from '../../commands/summit.ts';
import { decodeAction } from '../core/actions.ts';
import type { Reply } from '../core/reply.ts';
import { settleWithin } from '../core/settle-within.ts';
import type { Summit } from '../core/summit.ts';
import type { Logger } from '../logger.ts';
import { ackFor, responseProperty } from './json-ack.ts';
import { parseSlackText, type SlackCaller, toCommandRequest } from './parse-command.ts';
import { actionIdPattern, type SlackMessage } from './render.ts';
import { failureMessage, respondWithReply } from './respond.ts';

/** What the listeners need. */
export interface SlackHandlerDeps {
  /** The core. */
  summit: Summit;
  /** Where failures are logged. */
  logger: Logger;
  /** Whether a user may manage the channel's briefing (asked only for managersOnly commands). */
  canManage: (userId: string) => Promise<boolean>;
  /** An answer ready within this many ms rides in the ack (default 1000: Slack waits 3000 for the ack, and a busy event loop needs the margin). */
  ackWithinMs?: number;
}

/** A command's answer and whether the channel should see it. */
interface Answer {
  reply: Reply;
  public: boolean;
}

/** Registers `/summit`, the follow-up actions and an error handler on the app. */
export function registerSlackHandlers(app: App, deps: SlackHandlerDeps): void {
  const { summit, logger, canManage } = deps;
  const afterPendingAcks = createAnswerQueue();
  const ackWithinMs = deps.ackWithinMs ?? 1000;

  app.command(`/${summitTree.name}`, async ({ command, ack, respond, context }) => {
    const caller: SlackCaller = {
      userId: command.user_id,
      channelId: command.channel_id,
      teamId: command.team_id,
    };
    const details = { text: command.text, ...caller };
    const work = answerCommand(command, caller, deps);
    // Ready in time: the first message rides in the ack and any further parts go through
    // response_url. Slow (or failed): ack empty now, within Slack's 3 s, and answer through response_url.
    const early = await settleWithin(work, ackWithinMs).catch(() => undefined);
    let acked = false;
    const res = context[responseProperty] as ServerResponse | undefined;
    const ackWith = async (message?: SlackMessage, isPublic = false) => {
      acked = true;
      await ack(message ? ackFor(message, isPublic, res) : undefined);
    };
    if (!early) await ackWith();
    try {
      const answer = early?.value ?? (await work);
      await respondWithReply(respond, answer.reply, {
        public: answer.public,
        ...(acked ? {} : { first: ackWith }),
      });
    } catch (error) {
      if (!acked) await ackWith();
      await answerFailure(respond, logger, error, details);
    }
  });

  app.action<BlockAction>(actionIdPattern, async ({ ack, body, action, respond }) => {
    await ack();
    await afterPendingAcks();
    const caller: SlackCaller = {
      userId: body.user.id,
      channelId: body.channel?.id ?? String(body.container?.channel_id ?? ''),
      teamId: body.team?.id,
    };
    try {
      const value =
        action.type === 'button'
          ? action.value
          : action.type === 'static_select'
            ? action.selected_option?.value
            : undefined;
      const decoded = value ? decodeAction(value) : null;
      if (!decoded) {
        await respond({
          response_type: 'ephemeral',
          replace_original: false,
          text: `That button is from an older version of this message. Run \`/${summitTree.name} help\` to start again.`,
        });
        return;
      }
      const req = await toCommandRequest(decoded, caller, canManage);
      const reply = await summit.handle(req);
      const wasPublic = body.container?.is_ephemeral === false;
      await respondWithReply(respond, reply, { replaceOriginal: true, public: wasPublic });
    } catch (error) {
      await answerFailure(respond, logger, error, { actionId: action.action_id, ...caller });
    }
  });

  app.error(async (error) => {
    logger.error({ err: error }, 'slack: unhandled error in a listener');
  });
}

/** Parses a slash command and asks the core. */
async function answerCommand(
  command: SlashCommand,
  caller: SlackCaller,
  deps: SlackHandlerDeps,
): Promise<Answer> {
  const parsed = parseSlackText(command.text ?? '');
  const req = await toCommandRequest(parsed, caller, deps.canManage);
  const reply = await deps.summit.handle(req);
  // A mistake or refusal stays private even when `public` was asked for.
  return { reply, public: req.options.public === true && reply.tone !== 'error' };
}

/**
 * Answers wait here after their ack and go on one per turn of the event loop, so requests that
 * have arrived meanwhile are read and acked first: under a burst every ack still makes Slack's 3 s.
 */
function createAnswerQueue(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  const next = () => {
    waiting.shift()?.();
    if (waiting.length > 0) setImmediate(next);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length === 1) setImmediate(next);
    });
}

/** Logs the failure and tells the user politely, in a message only they see. Never throws. */
async function answerFailure(
  respond: RespondFn,
  logger: Logger,
  error: unknown,
  details: object,
): Promise<void> {
  logger.error({ err: error, ...details }, 'slack: failed to answer');
  try {
    await respond(failureMessage);
  } catch (again) {
    logger.error({ err: again }, 'slack: could not send the failure message either');
  }
}

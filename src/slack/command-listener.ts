// The `/summit` listener: a quick answer rides in the ack itself (encoded once, see json-ack.ts), a
// slow one is acked empty within Slack's 3 s and sent through response_url.
import type { ServerResponse } from 'node:http';
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs, webApi } from '@slack/bolt';
import { visibilityOf } from '../core/answer-policy.ts';
import type { Reply } from '../core/reply.ts';
import { settleWithin } from '../core/settle-within.ts';
import { ackFor, responseProperty } from './json-ack.ts';
import type { SlackListenerDeps } from './listeners.ts';
import { parseSlackText, type SlackCaller, toCommandRequest, workspaceOf } from './parse-command.ts';
import type { SlackMessage } from './render.ts';
import { answerFailure, respondWithReply } from './respond.ts';

type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** A command's answer and whether the channel should see it. */
interface Answer {
  reply: Reply;
  public: boolean;
}

/** The `/summit` listener. */
export function createCommandListener(deps: SlackListenerDeps): (args: CommandArgs) => Promise<void> {
  const ackWithinMs = deps.ackWithinMs ?? 1000;
  return async ({ command, ack, respond, context, client }) => {
    const caller: SlackCaller = {
      userId: command.user_id,
      channelId: command.channel_id,
      teamId: workspaceOf(context, command.team_id),
    };
    const work = answerCommand(command.text ?? '', caller, deps, client);
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
      await answerFailure(respond, deps.logger, error, { text: command.text, ...caller });
    }
  };
}

/** Parses a slash command's text and asks the core; the answer policy decides who sees it. */
async function answerCommand(
  text: string,
  caller: SlackCaller,
  deps: SlackListenerDeps,
  client: webApi.WebClient,
): Promise<Answer> {
  const req = await toCommandRequest(parseSlackText(text), caller, (userId) =>
    deps.canManage(userId, client),
  );
  const reply = await deps.summit.handle(req);
  return { reply, public: visibilityOf(req, reply) === 'public' };
}

// Sends a rendered Reply through a slash command's response_url (Bolt's respond()), which takes at
// most 5 messages: ephemeral unless asked to be public, the first replacing a clicked message (or
// riding in the command's ack when the answer was ready in time).
import type { RespondFn } from '@slack/bolt';
import { failureReply } from '../core/answer-policy.ts';
import type { Reply } from '../core/reply.ts';
import type { Logger } from '../logger.ts';
import { slackLimits } from './limits.ts';
import { renderSlack, type SlackMessage } from './render.ts';

/** How a reply is delivered. */
export interface RespondOptions {
  /** Post for the whole channel (`in_channel`) instead of only the caller (`ephemeral`). */
  public?: boolean;
  /** Replace the message whose button was clicked (drill-down answers in place). */
  replaceOriginal?: boolean;
  /** Sends the first message instead of `respond` (a slash command's ack carries it). */
  first?: (message: SlackMessage, isPublic: boolean) => Promise<unknown>;
}

/** Renders and sends a reply; returns how many messages were sent. Throws when Slack refuses one. */
export async function respondWithReply(
  respond: RespondFn,
  reply: Reply,
  options: RespondOptions = {},
): Promise<number> {
  const messages = fitResponseBudget(renderSlack(reply));
  for (const [i, message] of messages.entries()) {
    if (i === 0 && options.first) {
      await options.first(message, options.public === true);
      continue;
    }
    await respond({
      replace_original: i === 0 && options.replaceOriginal === true,
      response_type: options.public ? 'in_channel' : 'ephemeral',
      text: message.text,
      blocks: message.blocks,
    });
  }
  return messages.length;
}

/**
 * A response_url takes 5 messages. A longer answer keeps its first 4 parts and says plainly in
 * the 5th how many parts did not fit and how to ask for less.
 */
export function fitResponseBudget(messages: SlackMessage[]): SlackMessage[] {
  const max = slackLimits.responsesPerUrl;
  if (messages.length <= max) return messages;
  const left = messages.length - (max - 1);
  const text = `:warning: This answer is too long for one Slack reply: ${left} more parts were not sent. Ask for less, for example one section or one speaker.`;
  return [
    ...messages.slice(0, max - 1),
    { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] },
  ];
}

/** Logs the failure and tells the user politely (the core's failureReply), only them. Never throws. */
export async function answerFailure(
  respond: RespondFn,
  logger: Logger,
  error: unknown,
  details: object,
): Promise<void> {
  logger.error({ err: error, ...details }, 'slack: failed to answer');
  try {
    await respondWithReply(respond, failureReply);
  } catch (again) {
    logger.error({ err: again }, 'slack: could not send the failure message either');
  }
}

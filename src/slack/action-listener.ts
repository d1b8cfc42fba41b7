// The listener for follow-up buttons and menus. Each carries its whole state in its value, so a
// click runs that command again; the answer replaces the clicked message when who sees it is unchanged.
import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { decodeAction } from '../core/actions.ts';
import { staleActionReply, visibilityOf } from '../core/answer-policy.ts';
import type { SlackListenerDeps } from './listeners.ts';
import { type SlackCaller, toCommandRequest, workspaceOf } from './parse-command.ts';
import { answerFailure, respondWithReply } from './respond.ts';

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/** The listener for `summit:open:*` buttons and `summit:pick:*` menus. */
export function createActionListener(deps: SlackListenerDeps): (args: ActionArgs) => Promise<void> {
  const afterPendingAcks = createAnswerQueue();
  return async ({ ack, body, action, respond, context, client }) => {
    await ack();
    await afterPendingAcks();
    const caller: SlackCaller = {
      userId: body.user.id,
      channelId: body.channel?.id ?? String(body.container?.channel_id ?? ''),
      teamId: workspaceOf(context, body.team?.id),
    };
    try {
      const decoded = decodeAction(stateOf(action));
      if (!decoded) {
        deps.logger.warn(
          { actionId: action.action_id, ...caller },
          'slack: a click with a stale or unknown value',
        );
        await respondWithReply(respond, staleActionReply);
        return;
      }
      const req = await toCommandRequest(decoded, caller, (userId) => deps.canManage(userId, client));
      const reply = await deps.summit.handle(req);
      const wasPublic = body.container?.is_ephemeral === false;
      const isPublic = visibilityOf({ options: { public: wasPublic } }, reply) === 'public';
      // A private answer (an error) to a click on a public message does not replace it for everyone.
      await respondWithReply(respond, reply, { replaceOriginal: isPublic === wasPublic, public: isPublic });
    } catch (error) {
      await answerFailure(respond, deps.logger, error, { actionId: action.action_id, ...caller });
    }
  };
}

/** The state a button or menu option carries (empty for anything else). */
function stateOf(action: BlockAction['actions'][number]): string {
  const value =
    action.type === 'button'
      ? action.value
      : action.type === 'static_select'
        ? action.selected_option?.value
        : undefined;
  return typeof value === 'string' ? value : '';
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

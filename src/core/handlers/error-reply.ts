// The shape of every error or refusal the core answers with, so all of them read alike.
import type { Reply, ReplyAction } from '../reply.ts';
import type { CommandRequest } from '../request.ts';

/** An error or refusal: a title and one text block per line. */
export function errorReply(title: string, lines: string[], actions?: ReplyAction[]): Reply {
  return { tone: 'error', title, blocks: lines.map((text) => ({ kind: 'text', text })), actions };
}

/** A refusal for someone who may not manage the channel, with the door's word on who may. */
export function notAllowedReply(why: string, req: Pick<CommandRequest, 'who'>): Reply {
  return errorReply('Not allowed', req.who.manageHint ? [why, req.who.manageHint] : [why]);
}

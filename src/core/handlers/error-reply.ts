// The shape of every error or refusal the core answers with, so all of them read alike.
import type { Reply, ReplyAction } from '../reply.ts';

/** An error or refusal: a title and one text block per line. */
export function errorReply(title: string, lines: string[], actions?: ReplyAction[]): Reply {
  return { tone: 'error', title, blocks: lines.map((text) => ({ kind: 'text', text })), actions };
}

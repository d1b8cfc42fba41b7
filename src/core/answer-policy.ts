// How every door answers, decided once: who sees an answer (the channel or only the caller), the
// polite text when something failed, and the text for a button that no longer matches a command.
import { summitTree } from '../../commands/summit.ts';
import type { Reply } from './reply.ts';
import type { CommandRequest } from './request.ts';

/** Who sees an answer: everyone in the channel, or only the person who asked. */
export type Visibility = 'public' | 'private';

/** Asked for the channel: the caller set `public:true`. Doors may defer with this before the reply exists. */
export function wantsPublic(req: Pick<CommandRequest, 'options'>): boolean {
  return req.options.public === true;
}

/**
 * Who sees this reply to this request: the channel only when it was asked for and the reply is not
 * a mistake or refusal (an error always stays private, on every door).
 */
export function visibilityOf(req: Pick<CommandRequest, 'options'>, reply: Pick<Reply, 'tone'>): Visibility {
  return wantsPublic(req) && reply.tone !== 'error' ? 'public' : 'private';
}

/** The polite answer when something failed inside a door or the core (the details go to the log). */
export const failureReply: Reply = Object.freeze({
  tone: 'error',
  title: 'Something went wrong',
  blocks: Object.freeze([
    Object.freeze({
      kind: 'text',
      text: 'Sorry, that did not work. Please try again in a moment; if it keeps failing, tell the bot admin.',
    }),
  ]),
}) as Reply;

/** The answer to a click on a button or menu whose value no longer decodes to a command. */
export const staleActionReply: Reply = Object.freeze({
  tone: 'error',
  title: 'That button is out of date',
  blocks: Object.freeze([
    Object.freeze({
      kind: 'text',
      text: `This button no longer matches a command. Run /${summitTree.name} summary for fresh buttons.`,
    }),
  ]),
}) as Reply;

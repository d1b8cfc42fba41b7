// What every command handler may use: the stories, the clock and the log. Features outside the
// core (the daily briefing) bring their own dependencies in their handlers, built by src/main.ts.
import type { Logger } from '../logger.ts';
import type { StoryLibrary } from './library.ts';
import type { Reply } from './reply.ts';
import type { Choice, CommandRequest, CompletionRequest } from './request.ts';

/** Dependencies of the core, injected by the composition root (src/main.ts) or a test. */
export interface CoreContext {
  /** Every story served: the archive, or content/ alone when the database is off. */
  library: StoryLibrary;
  /** The clock (injected so tests can fix it). */
  now: () => Date;
  /** Where handler failures are logged. */
  logger?: Logger;
}

/** Answers one subcommand. */
export type Handler = (req: CommandRequest, ctx: CoreContext) => Reply | Promise<Reply>;

/** Offers autocomplete choices for one option (may load the story it is about first). */
export type Completer = (req: CompletionRequest, ctx: CoreContext) => Choice[] | Promise<Choice[]>;

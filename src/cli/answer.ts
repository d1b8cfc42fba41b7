// `summit <subcommand> [args]`: answers one command from content/ and prints it as the console
// door would.
import { composeSummit } from '../compose-summit.ts';
import type { Config } from '../config/env.ts';
import { answer } from '../console/door.ts';
import { renderConsole } from '../console/render.ts';
import { createContentLibrary } from '../content/library.ts';
import type { Logger } from '../logger.ts';
import { contentOnlyStories } from '../stories/content-only.ts';

/** Prints the answer to one command line; an error answer (an unknown subcommand too) goes to `err` with exit code 1. */
export async function answerCommand(
  config: Config,
  logger: Logger,
  line: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
) {
  const library = await createContentLibrary(config.CONTENT_DIR, logger, {
    watch: false,
    maxArticleBytes: config.MAX_ARTICLE_BYTES,
  });
  try {
    const reply = await answer(
      composeSummit({ library: contentOnlyStories(library), now: () => new Date(), logger }),
      line || 'help',
    );
    const failed = reply.tone === 'error';
    (failed ? err : out).write(`${renderConsole(reply)}\n`);
    return failed ? 1 : 0;
  } finally {
    library.close();
  }
}

// `summit <subcommand> [args]`: answers one command from content/ and prints it as the console
// door would.
import type { Config } from '../config/env.ts';
import { answer } from '../console/door.ts';
import { renderConsole } from '../console/render.ts';
import { createContentLibrary } from '../content/library.ts';
import { createSummit } from '../core/summit.ts';
import type { Logger } from '../logger.ts';

/** Prints the answer to one command line; exit code 1 when the answer is an error. */
export async function answerCommand(
  config: Config,
  logger: Logger,
  line: string,
  out: NodeJS.WritableStream,
) {
  const library = await createContentLibrary(config.CONTENT_DIR, logger, {
    watch: false,
    maxArticleBytes: config.MAX_ARTICLE_BYTES,
  });
  try {
    const reply = await answer(createSummit({ library, now: () => new Date(), logger }), line || 'help');
    out.write(`${renderConsole(reply)}\n`);
    return reply.tone === 'error' ? 1 : 0;
  } finally {
    library.close();
  }
}

// `summit ask "<question>" --json`: the grounded answer as one JSON object, for scripts.
import type { Config } from '../config/env.ts';
import { createContentLibrary } from '../content/library.ts';
import { askJson } from '../core/ask/index.ts';
import type { Logger } from '../logger.ts';

/** Prints `{ answers, quotes }` for the newest article; exit code 1 when there is no article, 2 with no question. */
export async function askCommand(
  config: Config,
  logger: Logger,
  question: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  if (!question.trim()) {
    err.write('Usage: npm run summit -- ask "<question>" --json\n');
    return 2;
  }
  const library = await createContentLibrary(config.CONTENT_DIR, logger, {
    watch: false,
    maxArticleBytes: config.MAX_ARTICLE_BYTES,
  });
  try {
    const article = library.newest();
    if (!article) {
      err.write(`No article in ${config.CONTENT_DIR}: add a .txt or .md file there.\n`);
      return 1;
    }
    out.write(`${JSON.stringify(askJson(article, question))}\n`);
    return 0;
  } finally {
    library.close();
  }
}

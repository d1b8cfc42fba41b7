// content/ as a source of the archive: each file whose new content is a valid article is handed
// to the intake under the key `file:<name>`, so an edited file becomes a new revision of the same
// story. Start-up waits on `settled()` so the first command already finds the folder's articles.
import type { ArticleListener } from '../content/load-file.ts';
import type { Logger } from '../logger.ts';
import type { StoryIntake } from './story.ts';

/** The listener to give the content library, and a way to wait for what it handed on. */
export interface ContentFeeder {
  onArticle: ArticleListener;
  /** Resolves once every file handed on so far has been ingested (or failed, logged). */
  settled(): Promise<void>;
}

/** Feeds content/ files into `intake`; failures are logged, never thrown. */
export function feedContentInto(intake: StoryIntake, logger: Logger): ContentFeeder {
  const pending = new Set<Promise<void>>();
  const onArticle: ArticleListener = ({ name, text, analyzed }) => {
    const work = intake
      .ingest({
        key: `file:${name}`,
        url: analyzed.article.url,
        text,
        source: { kind: 'file', name: `content/${name}` },
        published: analyzed.article.published,
      })
      .then(
        (outcome) => {
          const log = outcome.status === 'rejected' ? logger.warn : logger.debug;
          log.call(logger, { file: name, ...outcome }, 'content file stored in the archive');
        },
        (err: unknown) =>
          logger.error({ file: name, err }, 'content file could not be stored in the archive'),
      )
      .finally(() => pending.delete(work));
    pending.add(work);
  };
  return {
    onArticle,
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  };
}

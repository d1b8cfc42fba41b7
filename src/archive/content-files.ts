// content/ files as stories: the content library reads the folder as it always has (safe reads,
// watching, bad files reported with the last good version kept), and hands each new or edited text
// to the archive (source kind 'file', key = file name), so edits become revisions and a restart
// re-analyses nothing. A deleted file's story is withdrawn from the archive, as it leaves the library.
import { basename } from 'node:path';
import { ContentError } from '../content/content-error.ts';
import { type ContentLibrary, type ContentLibraryOptions, createContentLibrary } from '../content/library.ts';
import { listArticleFiles } from '../content/list-files.ts';
import type { Analyzer } from '../content/load-file.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import type { Archive } from './archive.ts';

/**
 * An Analyzer for the content library that stores each file in the archive and serves its analysis;
 * the source is named `${dirName}/${file}` ("content/seed.txt").
 */
export function archiveAnalyzer(archive: Archive, dirName = 'content'): Analyzer {
  return async (text, fileName) => {
    const outcome = await archive.ingest({
      key: fileName,
      url: null,
      text,
      source: { kind: 'file', name: `${dirName}/${fileName}` },
      published: null,
    });
    if (outcome.status === 'rejected' || outcome.slug === null)
      throw new ContentError(fileName, outcome.reason ?? 'the archive refused it');
    const analyzed = await archive.article(outcome.slug);
    if (!analyzed) throw new Error(`the archive stored ${outcome.slug} but cannot read it back`);
    return { analyzed, warnings: [] };
  };
}

/**
 * Opens the content library on `dir` with every file kept in the archive. Files deleted from the
 * folder (while the bot ran or while it was stopped) have their stories withdrawn; an unreadable
 * folder withdraws nothing.
 */
export async function openArchivedContent(
  dir: string,
  archive: Archive,
  logger: Logger,
  options: Omit<ContentLibraryOptions, 'analyze'> = {},
): Promise<ContentLibrary> {
  const library = await createContentLibrary(dir, logger, {
    ...options,
    analyze: archiveAnalyzer(archive, basename(dir)),
  });
  let pruning: Promise<unknown> = Promise.resolve();
  const prune = () => {
    pruning = pruning.then(() =>
      withdrawDeletedFiles(dir, archive).catch((err: unknown) =>
        logger.error({ dir, err: errorMessage(err) }, 'could not withdraw deleted content files'),
      ),
    );
    return pruning;
  };
  await prune();
  library.onChange(() => void prune());
  return {
    ...library,
    async refresh() {
      const changed = await library.refresh();
      await pruning;
      return changed;
    },
    async ready() {
      await library.ready();
      await pruning;
    },
  };
}

/** Withdraws the stories of files the archive holds that `dir` no longer has; returns their slugs. */
export async function withdrawDeletedFiles(dir: string, archive: Archive): Promise<string[]> {
  const listing = await listArticleFiles(dir);
  if (listing.problem !== undefined) return [];
  const present = new Set(listing.names);
  const withdrawn: string[] = [];
  for (const key of await archive.sourceKeys('file')) {
    if (present.has(key)) continue;
    const slug = await archive.withdraw('file', key);
    if (slug) withdrawn.push(slug);
  }
  return withdrawn;
}

// What the library knows about its folder: one state per file and the view built from them.
// A check lists the folder, reads only the files whose stamp changed, analyses new content (all
// at once, with the analyzer it is given) and rebuilds the view when anything changed.
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import { buildView, type FileState, type LibraryView } from './library-view.ts';
import { defaultMaxArticleBytes } from './limits.ts';
import { listArticleFiles } from './list-files.ts';
import { type Analyzer, loadFile } from './load-file.ts';
import { readArticleFile } from './read-file.ts';

/** The folder's files and view. */
export interface FolderState {
  /** Reads what changed and analyses it with `analyze`; resolves true when the view changed. */
  check(analyze: Analyzer): Promise<boolean>;
  /** The view built at the last change. */
  view(): LibraryView;
  /** False while the folder itself cannot be read. */
  readable(): boolean;
}

/** The files of `dir` and the view built from them; `check` reads what changed. */
export function createFolderState(
  dir: string,
  logger: Logger,
  maxBytes = defaultMaxArticleBytes,
): FolderState {
  const files = new Map<string, FileState>();
  let view: LibraryView = { list: [], bySlug: new Map(), problems: [] };
  let dirProblem: string | null = null;

  const check = async (analyze: Analyzer): Promise<boolean> => {
    const listing = await listArticleFiles(dir);
    const problem = listing.problem ?? null;
    if (problem !== null && problem !== dirProblem)
      logger.warn({ dir, problem }, 'content directory unreadable');
    let changed = problem !== dirProblem;
    dirProblem = problem;
    const realDir = listing.problem === undefined ? listing.realDir : dir;
    const names = listing.problem === undefined ? listing.names : [];
    const loads: Promise<void>[] = [];
    const seen = new Set<string>();
    for (const name of names) {
      const path = join(dir, name);
      const previous = files.get(path);
      const read = await readArticleFile(realDir, name, maxBytes, previous?.stamp);
      if (read.kind === 'gone') continue;
      seen.add(path);
      if (read.kind === 'unchanged') continue;
      loads.push(
        loadFile(name, read, previous, analyze, logger).then((state) => {
          if (state.version !== previous?.version || state.problem !== previous?.problem) changed = true;
          files.set(path, state);
        }),
      );
    }
    await Promise.all(loads);
    for (const path of [...files.keys()]) {
      if (seen.has(path)) continue;
      files.delete(path);
      logger.info({ file: path }, 'article file removed');
      changed = true;
    }
    if (changed) view = buildView(dir, files, dirProblem, logger);
    return changed;
  };

  return { check, view: () => view, readable: () => dirProblem === null };
}

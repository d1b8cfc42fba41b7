// What the library serves at one moment, rebuilt after each change: articles newest first, the
// slug index, and every problem (bad files, duplicate slugs, an unreadable directory).
import type { AnalyzedArticle } from '../core/article.ts';
import type { ContentProblem } from '../core/library.ts';
import type { Logger } from '../logger.ts';

/** What the library knows about one file. */
export interface FileState {
  /** mtime, size and inode: while unchanged the file is not read again. */
  stamp: string;
  /** Hash of the content. */
  version: string;
  /** The analyzed article, or the last good one while the file is broken. */
  article: AnalyzedArticle | null;
  /** What was dropped from the current content (it is served without it). */
  warnings: string[];
  /** What is wrong with the current content, if anything. */
  problem: string | null;
}

/** The served state. */
export interface LibraryView {
  /** Valid articles, newest first. */
  list: AnalyzedArticle[];
  /** Articles by slug. */
  bySlug: Map<string, AnalyzedArticle>;
  /** Files (or the directory) that could not be served, and why. */
  problems: ContentProblem[];
}

/** Sorted articles, slug index and problems (duplicate slugs included) of the current files. */
export function buildView(
  dir: string,
  files: Map<string, FileState>,
  dirProblem: string | null,
  logger: Logger,
): LibraryView {
  const bySlug = new Map<string, AnalyzedArticle>();
  const owner = new Map<string, string>();
  const problems: ContentProblem[] = dirProblem ? [{ file: dir, message: dirProblem }] : [];
  for (const [path, state] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    if (state.problem) problems.push({ file: path, message: state.problem });
    for (const warning of state.warnings) problems.push({ file: path, message: warning });
    const a = state.article;
    if (!a) continue;
    const first = owner.get(a.article.slug);
    if (first) {
      const message = `${baseName(path)}: slug '${a.article.slug}' is already used by ${baseName(first)}; rename one of the files or give it its own \`slug:\` in front matter`;
      logger.warn({ file: path, problem: message }, 'content file skipped');
      problems.push({ file: path, message });
      continue;
    }
    owner.set(a.article.slug, path);
    bySlug.set(a.article.slug, a);
  }
  const list = [...bySlug.values()].sort(newestFirst);
  return { list, bySlug, problems };
}

/** Newest published first (undated last), then by slug. */
function newestFirst(x: AnalyzedArticle, y: AnalyzedArticle): number {
  const a = x.article.published ?? '';
  const b = y.article.published ?? '';
  return a === b ? x.article.slug.localeCompare(y.article.slug) : b.localeCompare(a);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

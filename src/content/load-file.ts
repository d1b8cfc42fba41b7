// One content file's new state from what was read: unchanged content keeps its analysis, new
// content is analyzed (off the event loop), and a bad or skipped file keeps its last good article.
import { createHash } from 'node:crypto';
import type { AnalysisResult } from '../analysis/messages.ts';
import { errorMessage } from '../error-message.ts';
import type { Logger } from '../logger.ts';
import { ContentError } from './content-error.ts';
import type { FileState } from './library-view.ts';
import type { FileRead } from './read-file.ts';

/** Parses and analyzes one text (the worker pool in production). */
export type Analyzer = (text: string, fileName: string, version: string) => Promise<AnalysisResult>;

const decoder = new TextDecoder('utf-8');

/** The state of `name` after `read`; never rejects. */
export async function loadFile(
  name: string,
  read: Extract<FileRead, { kind: 'text' | 'skipped' }>,
  previous: FileState | undefined,
  analyze: Analyzer,
  logger: Logger,
): Promise<FileState> {
  const kept = previous?.article ?? null;
  if (read.kind === 'skipped') {
    const problem = withKept(read.reason, kept);
    if (previous?.problem !== problem)
      logger.warn({ file: name, problem: read.reason }, 'content file skipped');
    return { stamp: read.stamp, version: '', article: kept, warnings: [], problem };
  }
  const version = contentVersion(read.bytes);
  if (previous?.version === version) return { ...previous, stamp: read.stamp };
  try {
    const { analyzed, warnings } = await analyze(decoder.decode(read.bytes), name, version);
    logger.info({ file: name, slug: analyzed.article.slug, version }, 'article loaded');
    for (const warning of warnings)
      logger.warn({ file: name, problem: warning }, 'content file partly served');
    return { stamp: read.stamp, version, article: analyzed, warnings, problem: null };
  } catch (err) {
    const problem =
      err instanceof ContentError
        ? err.message
        : `${name}: could not be analyzed (${errorMessage(err)}); this is a bug in the bot, please report it`;
    logger.warn({ file: name, problem, keptVersion: kept?.version ?? null }, 'content file skipped');
    return { stamp: read.stamp, version, article: kept, warnings: [], problem: withKept(problem, kept) };
  }
}

function withKept(problem: string, kept: unknown): string {
  return kept ? `${problem} (still serving the last good version)` : problem;
}

/** The version of an article's content: a short hash of its bytes (the reply caches key on it). */
export function contentVersion(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

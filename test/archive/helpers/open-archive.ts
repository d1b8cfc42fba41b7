// An archive over a fresh test database, analysing in-process (the same parse-and-analyze code the
// worker runs) and counting how many texts it analysed.
import { analyzeInProcess } from '../../../src/analysis/in-process.ts';
import { type Archive, createStoryArchive, type StoryArchiveOptions } from '../../../src/archive/archive.ts';
import { createLogger } from '../../../src/logger.ts';
import { type OpenDatabase, openDatabase } from '../../../src/storage/open.ts';
import type { DatabasePlace } from '../../helpers/databases.ts';

/** An open archive and how to look inside it. */
export interface TestArchive {
  archive: Archive;
  opened: OpenDatabase;
  /** Texts analysed so far by this archive. */
  analysed(): number;
  close(): Promise<void>;
}

/** Opens `place` and an archive over it. */
export async function openArchive(
  place: DatabasePlace,
  options: Partial<StoryArchiveOptions> = {},
): Promise<TestArchive> {
  const opened = await openDatabase(place.options);
  let count = 0;
  const archive = createStoryArchive({
    db: opened.db,
    logger: createLogger('silent'),
    analyze: (text, fileName, version) => {
      count++;
      return analyzeInProcess(text, fileName, version);
    },
    ...options,
  });
  return { archive, opened, analysed: () => count, close: () => opened.close() };
}

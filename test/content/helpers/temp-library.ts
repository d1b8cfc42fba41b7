// A content library over a fresh temporary folder (content/ inside a root that tests may put
// "outside" files in), with its log lines captured; `cleanUpLibraries` closes and removes them all.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type ContentLibrary,
  type ContentLibraryOptions,
  createContentLibrary,
} from '../../../src/content/library.ts';
import { createLogger } from '../../../src/logger.ts';

/** One pino log line as parsed JSON. */
export interface LogLine {
  msg: string;
  file?: string;
  problem?: string;
}

/** A temporary content folder and the library over it. */
export interface TempContent {
  /** Folder holding content/ (for files outside it). */
  root: string;
  /** The content folder. */
  dir: string;
  /** Every log line the library wrote. */
  logLines: LogLine[];
  /** Writes a file into content/ and returns its path. */
  write(name: string, text: string | Uint8Array): string;
  /** Opens the library (resolves once everything is analysed). */
  open(options?: ContentLibraryOptions): Promise<ContentLibrary>;
}

const roots: string[] = [];
const libraries: ContentLibrary[] = [];

/** A fresh temporary content folder. */
export function tempContent(): TempContent {
  const root = mkdtempSync(join(tmpdir(), 'summit-content-'));
  const dir = join(root, 'content');
  mkdirSync(dir);
  roots.push(root);
  const logLines: LogLine[] = [];
  return {
    root,
    dir,
    logLines,
    write(name, text) {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    },
    async open(options = { checkIntervalMs: 0 }) {
      const logger = createLogger('info', { write: (line: string) => void logLines.push(JSON.parse(line)) });
      const library = await createContentLibrary(dir, logger, options);
      libraries.push(library);
      return library;
    },
  };
}

/** Closes every library and removes every folder made by tempContent. */
export function cleanUpLibraries(): void {
  for (const library of libraries.splice(0)) library.close();
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** A short valid article titled `title`. */
export function story(title: string, published = '2024-01-01'): string {
  return `---\npublished: ${published}\n---\n${title}\nThe first sentence of ${title} is here. A second one follows.\n`;
}

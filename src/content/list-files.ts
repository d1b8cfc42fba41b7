// The article files of the content folder, by name, and the folder's real path (the boundary
// no article may leave), or why the folder cannot be read.
import { readdir, realpath } from 'node:fs/promises';
import { extname } from 'node:path';
import { contentExtensions } from './parse.ts';

/** The folder's article file names (sorted) and its real path, or what is wrong with it. */
export type FolderListing = { realDir: string; names: string[]; problem?: undefined } | { problem: string };

/** Lists `dir`'s .txt/.md files (hidden files left out); never throws. */
export async function listArticleFiles(dir: string): Promise<FolderListing> {
  try {
    const realDir = await realpath(dir);
    const names = (await readdir(realDir)).filter(isArticleFile).sort();
    return { realDir, names };
  } catch (err) {
    return {
      problem: `content directory ${dir} cannot be read (${errorCode(err)}); create it and put .txt or .md articles in it`,
    };
  }
}

function isArticleFile(name: string): boolean {
  return (
    !name.startsWith('.') && (contentExtensions as readonly string[]).includes(extname(name).toLowerCase())
  );
}

/** The errno code of a file-system error (EACCES, ELOOP...), else the error as text. */
export function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}

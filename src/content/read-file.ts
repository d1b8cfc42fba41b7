// Reads one content file safely: only a regular file whose real path is inside the content folder,
// at most MAX_ARTICLE_BYTES, opened without following a last-moment symlink and checked again
// after opening. Everything else (links out, loops, FIFOs, folders, unreadable files) is skipped.
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { errorCode } from './list-files.ts';

/** What reading one entry of the folder gave. */
export type FileRead =
  | { kind: 'text'; stamp: string; bytes: Buffer }
  | { kind: 'unchanged' }
  | { kind: 'gone' }
  | { kind: 'skipped'; stamp: string; reason: string };

const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/** Reads `name` in the folder whose real path is `realDir`; `known` is the stamp read last time. */
export async function readArticleFile(
  realDir: string,
  name: string,
  maxBytes: number,
  known?: string,
): Promise<FileRead> {
  let real: string;
  let st: Stats;
  try {
    real = await realpath(join(realDir, name));
    st = await stat(real);
  } catch (err) {
    const code = errorCode(err);
    if (code !== 'ENOENT') return skip(name, code === 'ELOOP' ? linkLoop : unreadable(code));
    return (await isDanglingLink(realDir, name)) ? skip(name, danglingLink) : { kind: 'gone' };
  }
  if (!isInside(realDir, real)) return skip(name, linkOutside);
  if (!st.isFile()) return skip(name, `is ${kindOf(st)}, not a regular file; only text files are articles`);
  if (st.size > maxBytes) return skip(name, overLimit(st.size, maxBytes));
  const stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
  if (stamp === known) return { kind: 'unchanged' };
  try {
    return await readOpened(real, name, st, stamp, maxBytes);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT') return { kind: 'gone' };
    return skip(name, code === 'ELOOP' ? linkSwapped : unreadable(code));
  }
}

async function readOpened(
  real: string,
  name: string,
  st: Stats,
  stamp: string,
  maxBytes: number,
): Promise<FileRead> {
  const handle = await open(real, openFlags);
  try {
    const opened = await handle.stat();
    if (!opened.isFile() || opened.ino !== st.ino || opened.dev !== st.dev) return skip(name, linkSwapped);
    const buffer = Buffer.alloc(Math.min(maxBytes + 1, opened.size + 1));
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return skip(name, overLimit(length, maxBytes));
    return { kind: 'text', stamp, bytes: buffer.subarray(0, length) };
  } finally {
    await handle.close();
  }
}

const linkOutside = 'is a link to a file outside the content folder; only files inside it are served';
const linkLoop = 'is a symbolic link loop; remove it or point it at a file in the content folder';
const danglingLink = 'is a link to a file that does not exist; remove it or fix its target';
const linkSwapped =
  'changed while it was being read (replaced by a link or another file); it is read again at the next change';

function unreadable(code: string): string {
  return `cannot be read (${code}); check that the file is readable`;
}

function overLimit(size: number, maxBytes: number): string {
  return `is ${size} bytes, over the limit of ${maxBytes} bytes (MAX_ARTICLE_BYTES); shorten or split it, or raise the limit`;
}

function skip(name: string, why: string): FileRead {
  return { kind: 'skipped', stamp: `skipped:${why}`, reason: `${name}: ${why}` };
}

async function isDanglingLink(realDir: string, name: string): Promise<boolean> {
  try {
    return (await lstat(join(realDir, name))).isSymbolicLink();
  } catch {
    return false;
  }
}

function isInside(realDir: string, real: string): boolean {
  const rel = relative(realDir, real);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a file';
}

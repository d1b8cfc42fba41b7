// fs.watch on the content directory, made safe: failures (no such directory, too many watchers,
// the directory vanishing) are logged and end the watch; the library's own checks carry on.
import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from '../logger.ts';

/** A running directory watch. */
export interface DirectoryWatch {
  /** Stops watching. */
  close(): void;
}

/** Watches `dir` and calls `onEvent` with the changed file name (or null); null when watching is impossible. */
export function watchDirectory(
  dir: string,
  onEvent: (fileName: string | null) => void,
  onEnd: () => void,
  logger: Logger,
): DirectoryWatch | null {
  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: false }, (_event, fileName) =>
      onEvent(fileName ? String(fileName) : null),
    );
  } catch (err) {
    logger.warn({ dir, err: String(err) }, 'cannot watch content directory; changes are picked up on access');
    return null;
  }
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    watcher.close();
  };
  watcher.on('error', (err) => {
    logger.warn(
      { dir, err: String(err) },
      'content directory watch stopped; changes are picked up on access',
    );
    close();
    onEnd();
  });
  return { close };
}

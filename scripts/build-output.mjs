// Versioned, atomic build output for scripts/build.mjs, so that two `npm start` at once never race:
// each build goes to dist/<hash of its inputs>/ (skipped when that folder exists), is renamed into
// place whole, and dist/main.js, a tiny launcher, is swapped by rename to run it. A process already
// running keeps its own folder (and the chunks it imports later) while it is alive.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';

/** Files and folders whose content decides the build (everything esbuild reads from the project). */
const inputs = [
  'src',
  'commands',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/build-output.mjs',
];

/** Versions kept besides those in use: the newest few, for a quick roll back. */
const keptVersions = 3;

/** Folder inside a version holding one empty file per process running from it (named by pid). */
const inUseDir = '.in-use';

/** Every regular file under `path`, sorted. */
function filesUnder(path) {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory() ? filesInFolder(path) : [path];
}

/** Every regular file in a folder and below it, sorted; the listing says which entries are folders. */
function filesInFolder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return filesInFolder(path);
      return entry.isFile() ? [path] : [];
    });
}

/** A short hash of the build's inputs (paths and contents) under `root`. */
function inputsHash(root) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((input) => filesUnder(join(root, input)))) {
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** True when `pid` is a live process. */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** True when some live process runs from this version folder. */
function inUse(version) {
  try {
    return readdirSync(join(version, inUseDir)).some((pid) => alive(Number(pid)));
  } catch {
    return false;
  }
}

/** When `path` last changed, or 0 when a concurrent build has just moved or removed it. */
function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * Builds into `outdir/<hash>/` unless it is there already: `write(tmp)` fills a fresh temporary
 * folder, which is renamed into place whole (a concurrent build of the same inputs wins or loses
 * the rename, never mixes files). Then points the launcher at it and removes old unused versions.
 */
export async function buildVersioned(root, outdir, write) {
  const hash = inputsHash(root);
  const version = join(outdir, hash);
  mkdirSync(outdir, { recursive: true });
  if (!existsSync(join(version, 'main.js'))) {
    const tmp = join(outdir, `.build-${process.pid}-${Date.now().toString(36)}`);
    try {
      await write(tmp);
      mkdirSync(join(tmp, inUseDir));
      renameSync(tmp, version);
    } catch (error) {
      // Another build of the same inputs renamed its folder first: use that one.
      if (!existsSync(join(version, 'main.js'))) throw error;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  // Newest by mtime is the one launched last: pruning keeps the versions most recently in use.
  const now = new Date();
  utimesSync(version, now, now);
  writeLauncher(outdir, hash);
  pruneVersions(outdir, hash);
  return hash;
}

/** Replaces outdir/main.js by rename with a launcher that marks `hash` in use and runs it. */
function writeLauncher(outdir, hash) {
  const launcher = `// Written by scripts/build.mjs: runs build ${hash}, marked in use so later builds keep it.
import { rmSync, writeFileSync } from 'node:fs';
const marker = new URL('./${hash}/${inUseDir}/' + process.pid, import.meta.url);
try {
  writeFileSync(marker, '');
  process.once('exit', () => rmSync(marker, { force: true }));
} catch {}
await import('./${hash}/main.js');
`;
  const tmp = join(outdir, `.main-${process.pid}-${Date.now().toString(36)}.js`);
  writeFileSync(tmp, launcher);
  renameSync(tmp, join(outdir, 'main.js'));
}

/** A build or launcher left half-written by a build that was killed is removed after this long (ms). */
const abandonedAfterMs = 60 * 60_000;

/**
 * Removes versions that are not current, not among the newest few, and not run by a live process,
 * and the temporary files of builds that were killed.
 */
function pruneVersions(outdir, current) {
  for (const entry of readdirSync(outdir)) {
    const path = join(outdir, entry);
    const abandoned = /^\.(build|main)-/.test(entry) && Date.now() - mtimeOf(path) > abandonedAfterMs;
    if (abandoned) rmSync(path, { recursive: true, force: true });
  }
  const versions = readdirSync(outdir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^[0-9a-f]{16}$/.test(entry.name) && entry.name !== current)
    .map((entry) => ({ path: join(outdir, entry.name), built: mtimeOf(join(outdir, entry.name)) }))
    .sort((a, b) => b.built - a.built);
  for (const { path } of versions.slice(keptVersions)) {
    if (!inUse(path)) rmSync(path, { recursive: true, force: true });
  }
}

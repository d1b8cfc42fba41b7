// What the tests of the built bot share: a build of scripts/build.mjs into node_modules/.cache (so
// the built files find node_modules as dist/ does) beside a work folder whose content/ holds the
// test fixtures, and running a process to its end with its output collected.
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The project's root folder. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A build folder and a work folder for one test file. */
export interface BuiltBot {
  /** Where the build goes (its main.js is the bot). */
  out: string;
  /** A fresh temporary folder. */
  work: string;
  /** `work/content`, a copy of test/fixtures/content once built. */
  contentDir: string;
  /** Copies the fixtures and runs scripts/build.mjs into `out`. */
  build(): Promise<void>;
  /** Removes both folders. */
  remove(): void;
}

/** Folders for a built bot named after the test (`name`), unique to this process. */
export function builtBot(name: string): BuiltBot {
  const out = join(projectRoot, 'node_modules', '.cache', `summit-${name}-${process.pid}`);
  const work = mkdtempSync(join(tmpdir(), `summit-${name}-`));
  const contentDir = join(work, 'content');
  return {
    out,
    work,
    contentDir,
    async build() {
      cpSync(join(projectRoot, 'test', 'fixtures', 'content'), contentDir, { recursive: true });
      await promisify(execFile)(process.execPath, ['scripts/build.mjs', out], { cwd: projectRoot });
    },
    remove() {
      rmSync(out, { recursive: true, force: true });
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** What a finished process said. */
export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` with `input` on its stdin and resolves once it has exited and its output is all read. */
export function runToEnd(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input: string },
): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input);
  });
}

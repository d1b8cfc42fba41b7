// Child processes of the benchmark: TypeScript workers started with the tsx loader (optionally
// pinned to a core), with an IPC channel for ready/result messages, captured output and clean stops.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { type Pinning, pinnedCommand } from './pin.ts';

/** A message a worker sends over IPC. */
export type WorkerMessage = { type: string } & Record<string, unknown>;

/** How to start a child. */
export interface StartOptions {
  /** Script to run: a .ts file is loaded through tsx, a .js/.mjs file by plain node. */
  script: string;
  /** Arguments after the script. */
  args?: string[];
  /** Extra environment (merged over the parent's). */
  env?: Record<string, string>;
  /** Pinning plan and the core to use; unpinned when absent. */
  pin?: { pinning: Pinning; core: number };
  /** Extra node flags (e.g. --cpu-prof). */
  nodeFlags?: string[];
  /** Open an IPC channel (default true). */
  ipc?: boolean;
}

/** A running child. */
export interface Child {
  /** Process id (the node process itself: taskset execs it). */
  pid: number;
  /** The node child process. */
  process: ChildProcess;
  /** Last lines the child wrote (stdout and stderr), for error messages. */
  tail(): string;
  /** Resolves with the first output line matching, or rejects after `timeoutMs`. */
  waitForLine(match: (line: string) => boolean, timeoutMs: number): Promise<string>;
  /** Resolves with the first IPC message of this type, or rejects after `timeoutMs` or on exit. */
  waitForMessage(type: string, timeoutMs: number): Promise<WorkerMessage>;
  /** Sends an IPC message and waits for the reply of type `${type}:done`. */
  request(message: WorkerMessage, timeoutMs: number): Promise<WorkerMessage>;
  /** Resolves with the exit code once the child has exited. */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once exited. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `node [--import tsx] script` with the given pinning, env and IPC channel. */
export function startChild(options: StartOptions): Child {
  const loader = options.script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const nodeArgs = [...(options.nodeFlags ?? []), ...loader, options.script, ...(options.args ?? [])];
  const [command, args] = options.pin
    ? pinnedCommand(options.pin.pinning, options.pin.core, process.execPath, nodeArgs)
    : [process.execPath, nodeArgs];
  const stdio: ('pipe' | 'ipc')[] =
    options.ipc === false ? ['pipe', 'pipe', 'pipe'] : ['pipe', 'pipe', 'pipe', 'ipc'];
  const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio });
  const lines: string[] = [];
  const lineListeners = new Set<(line: string) => void>();
  const messages: WorkerMessage[] = [];
  const messageListeners = new Set<(m: WorkerMessage) => void>();
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      if (lines.length > 40) lines.shift();
      for (const listener of lineListeners) listener(line);
    });
  }
  child.on('message', (m) => {
    const message = m as WorkerMessage;
    messages.push(message);
    for (const listener of messageListeners) listener(message);
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });
  const tail = () => lines.slice(-15).join('\n');

  const waitFor = <T>(
    attach: (done: (value: T) => void) => () => void,
    timeoutMs: number,
    what: string,
  ): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      let detach = () => {};
      const timer = setTimeout(() => {
        detach();
        reject(new Error(`${what}: nothing within ${timeoutMs} ms; last output:\n${tail()}`));
      }, timeoutMs);
      const finish = (value: T) => {
        clearTimeout(timer);
        detach();
        resolve(value);
      };
      detach = attach(finish);
      void exited.then((code) => {
        clearTimeout(timer);
        detach();
        reject(new Error(`${what}: the child exited (code ${code}); last output:\n${tail()}`));
      });
    });

  const waitForMessage = (type: string, timeoutMs: number) =>
    waitFor<WorkerMessage>(
      (done) => {
        const seen = messages.findIndex((m) => m.type === type || m.type === 'error');
        if (seen >= 0) {
          const [m] = messages.splice(seen, 1);
          queueMicrotask(() => done(m as WorkerMessage));
          return () => {};
        }
        const listener = (m: WorkerMessage) => {
          if (m.type !== type && m.type !== 'error') return;
          messages.splice(messages.indexOf(m), 1);
          done(m);
        };
        messageListeners.add(listener);
        return () => messageListeners.delete(listener);
      },
      timeoutMs,
      `waiting for '${type}' from ${options.script}`,
    ).then((m) => {
      if (m.type === 'error') throw new Error(`${options.script}: ${String(m.message)}`);
      return m;
    });

  return {
    pid: child.pid ?? -1,
    process: child,
    tail,
    exited,
    waitForLine: (match, timeoutMs) =>
      waitFor<string>(
        (done) => {
          const listener = (line: string) => {
            if (match(line)) done(line);
          };
          lineListeners.add(listener);
          return () => lineListeners.delete(listener);
        },
        timeoutMs,
        `waiting for output of ${options.script}`,
      ),
    waitForMessage,
    request(message, timeoutMs) {
      const reply = waitForMessage(`${message.type}:done`, timeoutMs);
      child.send(message);
      return reply;
    },
    async stop(graceMs = 3000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** In a worker: sends a message to the parent (no-op when there is no IPC channel). */
export function tellParent(message: WorkerMessage): void {
  process.send?.(message);
}

/** In a start worker: tells the parent it was ready at `readyAt` (performance.now()) with the memory then; stays up until stopped. */
export function tellReady(readyAt: number, fields: Record<string, unknown>): void {
  const memory = process.memoryUsage();
  tellParent({
    type: 'ready',
    ...fields,
    sinceProcessStartMs: readyAt,
    rssMb: memory.rss / 1048576,
    heapMb: memory.heapUsed / 1048576,
  });
  process.on('message', () => undefined);
}

/** In a worker: answers each `{ type }` request from the parent with `{ type: type + ':done' }`. */
export function serveParent(handlers: Record<string, (m: WorkerMessage) => Promise<object> | object>): void {
  process.on('message', (raw) => {
    const message = raw as WorkerMessage;
    const handler = handlers[message.type];
    if (!handler) return;
    Promise.resolve()
      .then(() => handler(message))
      .then(
        (result) => tellParent({ type: `${message.type}:done`, ...result }),
        (error: unknown) =>
          tellParent({
            type: 'error',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          }),
      );
  });
}

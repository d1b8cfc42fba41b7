// One worker thread that reads fetched bodies (decode, parse the feed or extract the page) off the
// event loop, one at a time, with a time limit: a body that takes too long stops the thread, which
// is started again for the next. An idle thread does not keep the process alive and goes after 10 s.
import { Worker } from 'node:worker_threads';
import type { ReadBody } from './read-body.ts';
import type { ReadRequest, ReadResponse } from './read-messages.ts';
import { readWorkerEntry } from './read-worker-entry.ts';

/** Reads bodies in a worker thread. */
export interface ReadPool {
  read(body: Uint8Array, contentType: string, url: string): Promise<ReadBody>;
  close(): Promise<void>;
}

interface Job {
  request: ReadRequest;
  resolve: (result: ReadBody) => void;
  reject: (error: Error) => void;
}

/** A pool of one reader thread (started on first use). */
export function createReadPool(options: { timeoutMs?: number; idleMs?: number } = {}): ReadPool {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const idleMs = options.idleMs ?? 10_000;
  const queue: Job[] = [];
  let worker: Worker | null = null;
  let ready = false;
  let current: Job | null = null;
  let timer: NodeJS.Timeout | null = null;
  let nextId = 1;
  let closed = false;

  const stop = (why: Error): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const failed = current;
    current = null;
    const old = worker;
    worker = null;
    if (old) void old.terminate();
    failed?.reject(why);
    if (!ready) for (const waiting of queue.splice(0)) waiting.reject(why);
    ready = false;
    pump();
  };

  const spawn = (): Worker => {
    const entry = readWorkerEntry();
    const thread = entry.url ? new Worker(entry.url) : new Worker(entry.script, { eval: true });
    thread.on('message', (message: ReadResponse | 'ready') => {
      if (thread !== worker) return;
      if (message === 'ready') ready = true;
      else settle(message);
      pump();
    });
    thread.on(
      'error',
      (err) => thread === worker && stop(new Error(`the read worker failed: ${err.message}`)),
    );
    thread.on(
      'exit',
      (code) => thread === worker && stop(new Error(`the read worker exited (code ${code})`)),
    );
    return thread;
  };

  const settle = (response: ReadResponse): void => {
    const job = current;
    if (!job || job.request.id !== response.id) return;
    if (timer) clearTimeout(timer);
    timer = null;
    current = null;
    if (response.ok) job.resolve(response.result);
    else job.reject(Object.assign(new Error(response.message), { name: response.name }));
  };

  const pump = (): void => {
    if (closed) return;
    if (!worker && queue.length > 0) worker = spawn();
    if (!worker || !ready || current) return;
    const job = queue.shift();
    if (!job) {
      worker.unref();
      timer = setTimeout(() => stop(new Error('idle')), idleMs);
      timer.unref();
      return;
    }
    if (timer) clearTimeout(timer);
    current = job;
    worker.ref();
    timer = setTimeout(
      () => stop(new Error(`reading ${job.request.url} took longer than ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    worker.postMessage(job.request);
  };

  return {
    read(body, contentType, url) {
      if (closed) return Promise.reject(new Error('the read pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ request: { id: nextId++, body, contentType, url }, resolve, reject });
        pump();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the read pool is closed'));
      const thread = worker;
      worker = null;
      current?.reject(new Error('the read pool is closed'));
      current = null;
      if (timer) clearTimeout(timer);
      await thread?.terminate();
    },
  };
}

let shared: ReadPool | null = null;

/** Reads a body in the process's shared read worker (started on first use). */
export function readInWorker(body: Uint8Array, contentType: string, url: string): Promise<ReadBody> {
  shared ??= createReadPool();
  return shared.read(body, contentType, url);
}

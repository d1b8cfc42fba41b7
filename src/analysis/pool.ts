// A small bounded pool of worker threads that parse and analyze article texts off the event loop.
// Each job has a time limit; a worker that exceeds it, or crashes, is replaced. Idle workers do
// not keep the process alive. The content library uses it, and so can anything that brings text.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { ContentError } from '../content/content-error.ts';
import { observeAnalysis } from '../metrics/metrics.ts';
import type { AnalysisRequest, AnalysisResponse, AnalysisResult } from './messages.ts';
import { analysisWorkerEntry } from './worker-entry.ts';

/** Tuning of an analysis pool. */
export interface AnalysisPoolOptions {
  /** Most worker threads (default: one per core but the main thread's, at least 1). */
  size?: number;
  /** Time limit per job in ms (default 30000); the worker is restarted when it is exceeded. */
  timeoutMs?: number;
  /** Heap limit per worker in MB (default 1024); a worker over it is restarted. */
  maxHeapMb?: number;
  /** A worker idle this long (ms, default 10000) is stopped, giving its memory back. */
  idleMs?: number;
}

/** Worker threads that turn texts into analyzed articles. */
export interface AnalysisPool {
  /** Parses and analyzes `text` (the article and its warnings); rejects with ContentError when it is not a valid article. */
  analyze(text: string, fileName: string, version: string): Promise<AnalysisResult>;
  /** Number of worker threads running now. */
  workers(): number;
  /** Stops every worker; pending jobs are rejected. */
  close(): Promise<void>;
}

interface Job {
  request: AnalysisRequest;
  /** When a worker took the job (performance.now()), for the analysis duration metric. */
  startedAt?: number;
  resolve: (a: AnalysisResult) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  /** False until the worker has loaded its code (its start-up does not count against a job). */
  ready: boolean;
  job: Job | null;
  /** The job's time limit while busy, the idle limit while idle. */
  timer: NodeJS.Timeout | null;
}

/** Starts a pool; workers are created on demand. */
export function createAnalysisPool(options: AnalysisPoolOptions = {}): AnalysisPool {
  const size = options.size ?? defaultPoolSize();
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxHeapMb = options.maxHeapMb ?? 1024;
  const idleMs = options.idleMs ?? 10_000;
  const slots = new Set<Slot>();
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  /** Stops a slot's worker, fails its job; resolves when the thread has ended. */
  const retire = (slot: Slot, why: Error): Promise<number> | undefined => {
    if (!slots.delete(slot)) return undefined;
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    if (job?.startedAt !== undefined) observeAnalysis(performance.now() - job.startedAt, 'failed');
    const ended = slot.worker.terminate();
    job?.reject(why);
    // A worker that could not even start would fail again: fail the waiting jobs instead of looping.
    if (!slot.ready) for (const waiting of queue.splice(0)) waiting.reject(why);
    pump();
    return ended;
  };

  const spawn = (): Slot => {
    const entry = analysisWorkerEntry();
    const limits = { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } };
    const worker = entry.url
      ? new Worker(entry.url, limits)
      : new Worker(entry.script, { ...limits, eval: true });
    const slot: Slot = { worker, ready: false, job: null, timer: null };
    worker.on('message', (message: AnalysisResponse | 'ready') => {
      if (message !== 'ready') return settle(slot, message);
      slot.ready = true;
      pump();
      rest(slot);
    });
    worker.on('error', (err) => retire(slot, new Error(`analysis worker failed: ${err.message}`)));
    worker.on('exit', (code) => retire(slot, new Error(`analysis worker exited (code ${code})`)));
    slots.add(slot);
    return slot;
  };

  const settle = (slot: Slot, response: AnalysisResponse): void => {
    const job = slot.job;
    if (!job || job.request.id !== response.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    slot.timer = null;
    if (job.startedAt !== undefined) {
      observeAnalysis(
        performance.now() - job.startedAt,
        response.ok ? 'ok' : response.file !== null ? 'rejected' : 'failed',
      );
    }
    if (response.ok) job.resolve({ analyzed: response.analyzed, warnings: response.warnings });
    else if (response.file !== null) job.reject(new ContentError(response.file, response.reason));
    else job.reject(new Error(response.reason));
    pump();
    rest(slot);
  };

  /** An idle worker does not keep the process alive, and stops after idleMs. */
  const rest = (slot: Slot): void => {
    if (slot.job !== null || !slots.has(slot)) return;
    slot.worker.unref();
    slot.timer = setTimeout(() => retire(slot, new Error('idle')), idleMs);
    slot.timer.unref();
  };

  const start = (slot: Slot, job: Job): void => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = job;
    job.startedAt = performance.now();
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      const seconds = Math.round(timeoutMs / 100) / 10;
      retire(slot, new Error(`analysis took longer than ${seconds} s and was stopped`));
    }, timeoutMs);
    slot.worker.postMessage(job.request);
  };

  const pump = (): void => {
    while (queue.length > 0 && !closed) {
      const idle = [...slots].find((s) => s.ready && s.job === null);
      const job = idle && queue.shift();
      if (!idle || !job) break;
      start(idle, job);
    }
    const starting = [...slots].filter((s) => !s.ready).length;
    for (let n = starting; n < queue.length && slots.size < size && !closed; n++) spawn();
  };

  return {
    analyze(text, fileName, version) {
      if (closed) return Promise.reject(new Error('the analysis pool is closed'));
      return new Promise((resolve, reject) => {
        queue.push({ request: { id: nextId++, text, fileName, version }, resolve, reject });
        pump();
      });
    },
    workers: () => slots.size,
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('the analysis pool is closed'));
      const why = new Error('the analysis pool is closed');
      await Promise.all([...slots].map((slot) => retire(slot, why)));
    },
  };
}

/** Worker threads a pool runs by default: every core but the one the main thread answers on. */
export function defaultPoolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

let shared: AnalysisPool | null = null;

/** Parses and analyzes `text` in the process's shared pool (created on first use). */
export function analyzeInWorker(text: string, fileName: string, version: string): Promise<AnalysisResult> {
  shared ??= createAnalysisPool();
  return shared.analyze(text, fileName, version);
}

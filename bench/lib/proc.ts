// What Linux's /proc says about a process: CPU time used (all threads), time its main thread
// waited for a core (contention from other work on the machine), and resident memory.
import { readFileSync } from 'node:fs';

const ticksPerSecond = 100;

/** CPU seconds (user + system, all threads) the process has used; NaN when /proc is unreadable. */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return Number.NaN;
  }
}

/** Seconds the main thread has run and has waited on a run queue; NaN when unreadable. */
export function schedSeconds(pid: number): { run: number; wait: number } {
  try {
    const [run, wait] = readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { run: (run ?? Number.NaN) / 1e9, wait: (wait ?? Number.NaN) / 1e9 };
  } catch {
    return { run: Number.NaN, wait: Number.NaN };
  }
}

/** Resident memory now and at its peak (VmRSS, VmHWM) in MB; NaN when unreadable. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

/** Measures `work` and reports the CPU and run-queue wait of `pid`, and this process's CPU, meanwhile. */
export async function withCpu<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<T & { cpuSeconds: number; waitSeconds: number; loadCpuSeconds: number }> {
  const cpu0 = cpuSeconds(pid);
  const sched0 = schedSeconds(pid);
  const self0 = process.cpuUsage();
  const result = await work();
  const self = process.cpuUsage(self0);
  return {
    ...result,
    cpuSeconds: cpuSeconds(pid) - cpu0,
    waitSeconds: schedSeconds(pid).wait - sched0.wait,
    loadCpuSeconds: (self.user + self.system) / 1e6,
  };
}

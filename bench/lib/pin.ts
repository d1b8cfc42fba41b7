// Core pinning with taskset: the measured process gets one core to itself and the load generator
// and fakes run on the other. When taskset or a second core is missing, it says so and runs unpinned.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Which cores the benchmark uses, or why it cannot pin. */
export interface Pinning {
  /** True when processes are pinned. */
  enabled: boolean;
  /** Core of the measured process. */
  measuredCore: number;
  /** Core of the orchestrator, load generator and fakes. */
  loadCore: number;
  /** One line for the table and results.json. */
  note: string;
}

/** True when a `taskset` binary runs here. */
export function hasTaskset(): boolean {
  const probe = spawnSync('taskset', ['--version'], { stdio: 'ignore' });
  return probe.error === undefined && probe.status === 0;
}

/** Decides how to pin on this machine (measured on core 0, load on the last core). */
export function detectPinning(cores = availableParallelism(), taskset = hasTaskset()): Pinning {
  if (!taskset) {
    return {
      enabled: false,
      measuredCore: 0,
      loadCore: 0,
      note: 'taskset not found: processes are NOT pinned (figures are noisier)',
    };
  }
  if (cores < 2) {
    return {
      enabled: false,
      measuredCore: 0,
      loadCore: 0,
      note: `only ${cores} core available: processes are NOT pinned`,
    };
  }
  const loadCore = cores - 1;
  return {
    enabled: true,
    measuredCore: 0,
    loadCore,
    note: `measured process on core 0, load and fakes on core ${loadCore} (taskset)`,
  };
}

/** Pins every thread of the process `pid` to `core`; returns an error line or null. */
export function pinProcess(pid: number, core: number): string | null {
  const run = spawnSync('taskset', ['-a', '-cp', String(core), String(pid)], { encoding: 'utf8' });
  if (run.error) return run.error.message;
  return run.status === 0 ? null : run.stderr.trim() || `taskset exited with ${run.status}`;
}

/** The command line that starts `command args` on `core` (unchanged when pinning is off). */
export function pinnedCommand(
  pinning: Pinning,
  core: number,
  command: string,
  args: string[],
): [string, string[]] {
  return pinning.enabled ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

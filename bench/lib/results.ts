// Writes bench/results.json: the settings of the run, the machine it ran on and every part's
// figures and raw details, so a later run can be compared with this one.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, release } from 'node:os';
import type { Pinning } from './pin.ts';
import type { PartResult } from './report.ts';

/** Everything one run produced. */
export interface RunResults {
  /** When the run started (ISO). */
  startedAt: string;
  /** Quick or full mode. */
  mode: 'quick' | 'full';
  /** Slice settings used by the A/B comparisons. */
  slices: { pairs: number; sliceMs: number; warmUpMs: number };
  /** How processes were pinned. */
  pinning: Pinning;
  /** Machine facts (drift makes absolute figures comparable only within one run). */
  machine: {
    node: string;
    platform: string;
    arch: string;
    cpu: string;
    cores: number;
    loadAtStart: number[];
  };
  /** Each part's outcome. */
  parts: PartResult[];
}

/** Facts about this machine for the results file. */
export function machineFacts(): RunResults['machine'] {
  const list = cpus();
  return {
    node: process.version,
    platform: `${platform()} ${release()}`,
    arch: arch(),
    cpu: list[0]?.model ?? 'unknown',
    cores: list.length,
    loadAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Writes the results as pretty JSON (NaN becomes null). */
export function writeResults(path: string, results: RunResults): void {
  const json = JSON.stringify(
    results,
    (_key, value) => (typeof value === 'number' && !Number.isFinite(value) ? null : value),
    2,
  );
  writeFileSync(path, `${json}\n`);
}

/** Parts of an earlier results file that `fresh` does not replace (for --only runs), then `fresh`, by id. */
export function mergeParts(path: string, fresh: PartResult[]): PartResult[] {
  let earlier: PartResult[] = [];
  try {
    if (existsSync(path)) earlier = (JSON.parse(readFileSync(path, 'utf8')) as RunResults).parts ?? [];
  } catch {
    earlier = [];
  }
  const ids = new Set(fresh.map((p) => p.id));
  return [...earlier.filter((p) => !ids.has(p.id)), ...fresh].sort((a, b) => a.id.localeCompare(b.id));
}

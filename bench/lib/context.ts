// What every benchmark part receives: the mode, slice settings, pinning plan and paths; and the
// command-line options that choose them (`--quick`, `--only=1,3`, `--pairs=N`, `--slice-ms=N`,
// `--warm-up-ms=N`).
import type { Pinning } from './pin.ts';
import type { PartResult } from './report.ts';

/** Settings chosen on the command line. */
export interface BenchOptions {
  /** Fewer, shorter slices and fewer iterations. */
  quick: boolean;
  /** Only these part ids (all when empty). */
  only: string[];
  /** A/B pairs per comparison. */
  pairs: number;
  /** Length of one slice in ms. */
  sliceMs: number;
  /** Warm-up per side before the measured pairs, in ms (run as A B A B halves). */
  warmUpMs: number;
  /** Write a V8 CPU profile of each measured bot process into bench/profiles/. */
  profile: boolean;
  /** A/A run: side A of parts 3 and 4 is a second bare app, to measure the harness's own noise. */
  calibrate: boolean;
}

/** Parses argv; unknown flags are reported, never fatal. */
export function parseOptions(argv: string[]): { options: BenchOptions; problems: string[] } {
  const quick = argv.includes('--quick');
  const options: BenchOptions = {
    quick,
    only: [],
    pairs: quick ? 3 : 12,
    sliceMs: quick ? 1000 : 3000,
    warmUpMs: quick ? 1000 : 6000,
    profile: argv.includes('--profile'),
    calibrate: argv.includes('--calibrate'),
  };
  const problems: string[] = [];
  for (const arg of argv) {
    const [flag, value = ''] = arg.split('=', 2);
    if (flag === '--quick' || flag === '--profile' || flag === '--calibrate') continue;
    if (flag === '--only')
      options.only = value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (flag === '--pairs' && /^\d+$/.test(value) && Number(value) > 0) options.pairs = Number(value);
    else if (flag === '--warm-up-ms' && /^\d+$/.test(value)) options.warmUpMs = Number(value);
    else if (flag === '--slice-ms' && /^\d+$/.test(value) && Number(value) >= 100)
      options.sliceMs = Number(value);
    else
      problems.push(
        `ignored option ${arg} (use --quick, --only=1,3, --pairs=N, --slice-ms=N, --warm-up-ms=N, --profile, --calibrate)`,
      );
  }
  return { options, problems };
}

/** What a part runs with. */
export interface BenchContext extends BenchOptions {
  /** Project root (cwd of every child). */
  root: string;
  /** Pinning plan. */
  pinning: Pinning;
  /** A scratch directory for this run (removed at the end). */
  tmpDir: string;
  /** Prints one progress line to stderr. */
  log(message: string): void;
}

/** One benchmark part. */
export interface Part {
  /** '1'…'6'. */
  id: string;
  /** Short title for the table. */
  title: string;
  /** Measures; throws SkipPart when it cannot run here. */
  run(
    ctx: BenchContext,
  ): Promise<Pick<PartResult, 'figures' | 'details' | 'note'> & { status?: PartResult['status'] }>;
}

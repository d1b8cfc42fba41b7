// The shape of what each benchmark part reports: figures with their baseline, ratio and target,
// so the table printer and results.json share one source.

/** One measured figure. */
export interface Figure {
  /** What was measured, e.g. 'req/s (median of slices)'. */
  metric: string;
  /** The bot's value (null when not measured). */
  value: number | null;
  /** Unit for printing, e.g. 'µs', 'req/s', 'ms', 'MB', 'x'. */
  unit: string;
  /** The bare baseline measured in the same run, when there is one. */
  bare?: number | null;
  /** value / bare (or as the part defines it). */
  ratio?: number | null;
  /** The target in words, e.g. '>= 0.90'. */
  target?: string;
  /** Whether the target is met (null: no target or not measurable). */
  pass?: boolean | null;
  /** Short remark for the table. */
  note?: string;
}

/** The outcome of one part. */
export interface PartResult {
  /** Part number as in the issue ('1'…'6'). */
  id: string;
  /** Title, e.g. 'Core handle + render'. */
  title: string;
  /** ok: measured; skipped: could not run here (note says why); failed: an error (note says which). */
  status: 'ok' | 'skipped' | 'failed';
  /** Why skipped or failed, or a caveat. */
  note?: string;
  /** The figures for the table. */
  figures: Figure[];
  /** Raw samples and settings, for results.json only. */
  details?: unknown;
  /** Wall time the part took. */
  seconds: number;
  /** When the part ran (ISO) and in which mode: results.json keeps older parts after an --only run. */
  ranAt?: string;
  mode?: 'quick' | 'full';
}

/** A part that could not run: the reason goes in the table and the run goes on. */
export class SkipPart extends Error {
  override name = 'SkipPart';
}

/** A figure with pass computed from `check` (null when the value is not a finite number). */
export function judged(
  figure: Omit<Figure, 'pass'>,
  check: (x: number) => boolean,
  on: 'value' | 'ratio' = 'value',
): Figure {
  const x = on === 'value' ? figure.value : figure.ratio;
  return { ...figure, pass: typeof x === 'number' && Number.isFinite(x) ? check(x) : null };
}

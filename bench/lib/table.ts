// Prints the benchmark's figures as a plain-text table: one row per figure, with the bare
// baseline, the ratio, the target and whether it was met.
import type { Figure, PartResult } from './report.ts';

/** Formats a number for the table: integers with separators, small numbers with 2-3 decimals. */
export function formatNumber(value: number | null | undefined, unit = ''): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '-';
  const abs = Math.abs(value);
  const text = Number.isInteger(value)
    ? value.toLocaleString('en-US')
    : abs >= 1000
      ? Math.round(value).toLocaleString('en-US')
      : abs >= 100
        ? value.toFixed(0)
        : abs >= 10
          ? value.toFixed(1)
          : value.toFixed(abs >= 1 ? 2 : 3);
  return unit ? `${text} ${unit}` : text;
}

function verdict(figure: Figure): string {
  if (figure.pass === true) return 'ok';
  if (figure.pass === false) return 'MISS';
  return figure.target ? '?' : '';
}

/** Rows of cells for every part (a skipped or failed part is one row with its reason). */
export function tableRows(parts: PartResult[]): string[][] {
  const rows: string[][] = [];
  for (const part of parts) {
    const label = `${part.id}. ${part.title}`;
    if (part.status !== 'ok' && part.figures.length === 0) {
      rows.push([label, part.status.toUpperCase(), '', '', '', '', '', part.note ?? '']);
      continue;
    }
    part.figures.forEach((f, i) => {
      rows.push([
        i === 0 ? label : '',
        f.metric,
        formatNumber(f.value, f.unit),
        f.bare === undefined ? '' : formatNumber(f.bare, f.unit),
        f.ratio === undefined ? '' : formatNumber(f.ratio),
        f.target ?? '',
        verdict(f),
        f.note ?? '',
      ]);
    });
    if (part.status !== 'ok' || part.note)
      rows.push(['', `(${part.status})`, '', '', '', '', '', part.note ?? '']);
  }
  return rows;
}

/** The table as text, columns padded to fit. */
export function formatTable(parts: PartResult[]): string {
  const header = ['Part', 'Metric', 'Bot', 'Bare', 'Ratio', 'Target', 'Met', 'Note'];
  const rows = [header, ...tableRows(parts)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c >= 2 && c <= 4 ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0)))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header), rule, ...rows.slice(1).map(line)].join('\n');
}

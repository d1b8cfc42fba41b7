// Log lines for the console door. On a terminal they are short plain lines ("12:04:05 WARN ...")
// written on a line of their own, after which the prompt is shown again, so they never run into
// the prompt or an answer. Off a terminal (a pipe, a file, a test) they stay pino's JSON lines.

/** Where console log lines go (process.stderr, or a stand-in in tests). */
export interface LogOutput {
  write(text: string): unknown;
  /** True when the output is a terminal. */
  isTTY?: boolean;
}

const levelNames: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};

/** Fields every pino line has, not repeated after the message. */
const framing = new Set(['level', 'time', 'msg', 'pid', 'hostname']);

/** One pino JSON line as a plain line: time, level, message, then the other fields as key=value. */
export function plainLogLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json.trimEnd();
  }
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '';
  const level = levelNames[Number(entry.level)] ?? String(entry.level ?? '');
  const extras = Object.entries(entry)
    .filter(([key]) => !framing.has(key))
    .map(([key, value]) => `${key}=${fieldText(value)}`);
  return [time, level, String(entry.msg ?? ''), ...extras].filter(Boolean).join(' ');
}

function fieldText(value: unknown): string {
  if (value && typeof value === 'object' && 'message' in value)
    return JSON.stringify((value as Error).message);
  return typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? 'undefined');
}

/**
 * A pino destination for the console door: plain lines on a terminal (each on a line of its own,
 * then `afterLine` so the door shows its prompt again), JSON lines unchanged elsewhere.
 */
export function consoleLogStream(
  out: LogOutput,
  afterLine: () => void = () => {},
): { write(line: string): void } {
  return {
    write(line: string) {
      if (!out.isTTY) {
        out.write(line);
        return;
      }
      out.write(`\r\u001b[K${plainLogLine(line)}\n`);
      afterLine();
    },
  };
}

// Binary files are not articles: text with NUL bytes or more than a few control or undecodable
// characters is refused, and the stray control characters of real text are removed everywhere.

/** Largest share of control or replacement characters a text may have and still be an article. */
const maxControlShare = 0.05;

// C0 and C1 controls except tab, newline and carriage return (line breaks are normalised later).
const control = /(?![\t\n\r])\p{Cc}/gu;
const controlOrReplacement = /(?![\t\n\r])[\p{Cc}\uFFFD]/gu;

/** Why `text` is not printable text, or null when it is. */
export function binaryReason(text: string): string | null {
  if (text.includes(String.fromCharCode(0))) {
    return 'this looks like a binary file (it contains NUL bytes), not text; save the article as plain UTF-8 text';
  }
  const odd = text.match(controlOrReplacement)?.length ?? 0;
  if (odd > Math.max(3, text.length * maxControlShare)) {
    const percent = Math.round((odd / text.length) * 100);
    return `this looks like a binary file or the wrong encoding (${percent}% of its characters are control characters or not valid UTF-8), not text; save the article as plain UTF-8 text`;
  }
  return null;
}

/** `text` without control characters (tab, newline and carriage return are kept). */
export function stripControlCharacters(text: string): string {
  return text.replace(control, '');
}

/** Every string in a parsed value (object, array or string) with control characters removed. */
export function stripControlsDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value);
  if (Array.isArray(value)) return value.map(stripControlsDeep);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [stripControlCharacters(k), stripControlsDeep(v)]),
  );
}

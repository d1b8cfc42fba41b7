// The short JSON answers the HTTP side gives (errors, webhook results), with an exact length.
import type { ServerResponse } from 'node:http';

/** Answers with a small JSON body. */
export function answer(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

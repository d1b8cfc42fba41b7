// The read worker thread: decodes, parses and extracts one fetched body per message, so a 5 MB
// feed or page never holds the event loop that answers chat commands. Started by read-pool.ts.
import { parentPort } from 'node:worker_threads';
import { readBody } from './read-body.ts';
import type { ReadRequest, ReadResponse } from './read-messages.ts';

parentPort?.on('message', (request: ReadRequest) => {
  parentPort?.postMessage(answer(request));
});
parentPort?.postMessage('ready');

function answer({ id, body, contentType, url }: ReadRequest): ReadResponse {
  try {
    return { id, ok: true, result: readBody(body, contentType, url) };
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    return { id, ok: false, name: err.name, message: err.message };
  }
}

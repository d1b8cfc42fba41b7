// The analysis worker thread: parses and analyzes one text per message, so a large or slow article
// never holds the event loop that answers chat commands. Started and restarted by pool.ts.
import { parentPort } from 'node:worker_threads';
import { ContentError } from '../content/parse.ts';
import { errorMessage } from '../error-message.ts';
import { analyzeText } from './in-process.ts';
import type { AnalysisRequest, AnalysisResponse } from './messages.ts';

parentPort?.on('message', (request: AnalysisRequest) => {
  parentPort?.postMessage(answer(request));
});
parentPort?.postMessage('ready');

function answer({ id, text, fileName, version }: AnalysisRequest): AnalysisResponse {
  try {
    return { id, ok: true, ...analyzeText(text, fileName, version) };
  } catch (err) {
    if (err instanceof ContentError) return { id, ok: false, file: err.file, reason: err.reason };
    return { id, ok: false, file: null, reason: errorMessage(err) };
  }
}

// Reads a request body into memory up to a cap: a declared length over the cap is refused before
// a byte is read, and a body that grows past it stops being read at the cap. The route then
// answers 413 and drops the connection, so the rest of the upload is never taken in.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { answer } from './answer.ts';

/** Why a body could not be read, with the HTTP status that says so. */
export class BodyError extends Error {
  override name = 'BodyError';
  constructor(
    readonly status: 413 | 400,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the whole body; rejects with BodyError 413 past `limit` bytes, 400 when the client aborts. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    return Promise.reject(new BodyError(413, tooLarge(limit)));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: BodyError) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (error) {
        req.pause();
        reject(error);
      } else resolve(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return finish(new BodyError(413, tooLarge(limit)));
      chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new BodyError(400, 'the request body could not be read'));
    const onAborted = () => finish(new BodyError(400, 'the client stopped sending the body'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}

/** Answers a BodyError; after a 413 the connection closes, so what the client still sends is not read. */
export function answerBodyError(req: IncomingMessage, res: ServerResponse, error: BodyError): void {
  if (error.status === 413) {
    res.once('finish', () => req.socket.destroySoon());
    answer(res, 413, { error: error.message }, { connection: 'close' });
    return;
  }
  answer(res, error.status, { error: error.message });
}

function tooLarge(limit: number): string {
  return `the body is larger than ${limit} bytes`;
}

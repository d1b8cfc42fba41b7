// Messages between read-pool.ts and the read worker thread.
import type { ReadBody } from './read-body.ts';

/** One body to read. */
export interface ReadRequest {
  id: number;
  body: Uint8Array;
  contentType: string;
  url: string;
}

/** What the worker read, or the error's name (NotAFeed, NoArticle, ...) and message. */
export type ReadResponse =
  | { id: number; ok: true; result: ReadBody }
  | { id: number; ok: false; name: string; message: string };

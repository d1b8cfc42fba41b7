// A closed-loop HTTP load generator (node:http with keep-alive): `concurrency` loops each send a
// request, wait for the answer, and send the next, until the slice ends. Latency per request.
import { Agent, request } from 'node:http';
import { type Summary, summarize } from './stats.ts';

/** What one slice measured. */
export interface HttpSlice {
  /** Requests answered with 2xx. */
  ok: number;
  /** 2xx answers that carried a body (a Slack ack with the command's answer in it). */
  withBody: number;
  /** Requests answered otherwise or failed. */
  errors: number;
  /** First few error descriptions. */
  errorSamples: string[];
  /** From the first request to the last answer. */
  seconds: number;
  /** ok / seconds. */
  rate: number;
  /** Latency of 2xx answers, ms. */
  latencyMs: Summary;
}

/** One request to make: body and headers (built fresh per request, e.g. signed). */
export type RequestFactory = (n: number) => { body: string; headers: Record<string, string> };

/** A keep-alive agent sized for `concurrency`. */
export function loadAgent(concurrency: number): Agent {
  return new Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
}

function post(
  agent: Agent,
  url: URL,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        method: 'POST',
        hostname: url.hostname,
        port: url.port,
        path: url.pathname,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

let sequence = 0;

/** Runs one slice of `ms` against `url`. */
export async function httpSlice(options: {
  agent: Agent;
  url: string;
  concurrency: number;
  ms: number;
  make: RequestFactory;
}): Promise<HttpSlice> {
  const url = new URL(options.url);
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  let withBody = 0;
  const start = performance.now();
  const deadline = start + options.ms;
  let last = start;
  const loop = async () => {
    while (performance.now() < deadline) {
      const { body, headers } = options.make(sequence++);
      const t = performance.now();
      try {
        const { status, bytes } = await post(options.agent, url, body, headers);
        last = performance.now();
        if (status >= 200 && status < 300) {
          latencies.push(last - t);
          if (bytes > 0) withBody++;
        } else {
          errors++;
          if (errorSamples.length < 3) errorSamples.push(`HTTP ${status}`);
        }
      } catch (error) {
        last = performance.now();
        errors++;
        if (errorSamples.length < 3) errorSamples.push(String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  const seconds = (last - start) / 1000;
  return {
    ok: latencies.length,
    withBody,
    errors,
    errorSamples,
    seconds,
    rate: latencies.length / seconds,
    latencyMs: summarize(latencies),
  };
}

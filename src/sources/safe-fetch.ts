// Fetching a stranger's URL without letting it reach inside the host's network: an undici Agent
// whose connector checks IP literals and every DNS answer (so the check is on the address actually
// connected), redirects followed by hand (at most 5, http/https only), a size cap, a time cap and a
// content-type allowlist. Every refusal is a FetchRefused with a sentence saying why.
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { Agent, buildConnector, request } from 'undici';
import { isIpLiteral, refusedRange } from './address-policy.ts';

/** The User-Agent every fetch sends. */
export const userAgent = 'SummitBot/0.1 (news reader for the /summit chat bot)';

/** Content types a feed or article page may have (no type at all is sniffed later). */
const acceptedTypes = [
  /^application\/(?:rss|atom|rdf|feed)\+(?:xml|json)$/,
  /^application\/(?:xml|json|xhtml\+xml)$/,
  /^text\/(?:xml|html)$/,
];

/** A refusal: the URL was not fetched or its answer was not accepted. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
  constructor(
    /** ESSRF, ESCHEME, EREDIRECT, ETYPE, ETOOBIG or ETIMEOUT. */
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** DNS lookup as net.connect calls it. */
export type LookupFunction = (
  hostname: string,
  options: LookupOptions,
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** How a fetcher behaves. */
export interface SafeFetchOptions {
  /** Allow loopback and private addresses (FEEDS_ALLOW_PRIVATE=1: tests, a local newsroom). */
  allowPrivate: boolean;
  /** Addresses allowed even when private ones are not (a test's own server). */
  trustedAddresses?: string[];
  /** Largest body accepted, in bytes (default 5 MB). */
  maxBytes?: number;
  /** Time for the whole fetch, redirects included, in ms (default 10 s). */
  timeoutMs?: number;
  /** DNS resolver (default node:dns lookup); tests point a hostname at an address with it. */
  lookup?: LookupFunction;
}

/** The final answer to a fetch. */
export interface FetchedResource {
  /** HTTP status of the last hop (200, 304, 429, ...). */
  status: number;
  /** URL of the last hop (after redirects). */
  url: string;
  /** Response headers, lowercased names. */
  headers: Record<string, string>;
  /** The body for a 2xx answer (empty otherwise). */
  body: Buffer;
}

/** Fetches URLs under the rules above. */
export interface SafeFetcher {
  fetch(url: string, headers?: Record<string, string>): Promise<FetchedResource>;
  close(): Promise<void>;
}

const maxRedirects = 5;

/** A fetcher with its own connection pool. */
export function createSafeFetcher(options: SafeFetchOptions): SafeFetcher {
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const trusted = new Set((options.trustedAddresses ?? []).map((a) => a.replace(/^\[|\]$/g, '')));
  const allowed = (address: string): string | null =>
    options.allowPrivate || trusted.has(address) ? null : refusedRange(address);
  const agent = new Agent({
    connect: guardedConnector(allowed, options.lookup ?? (dnsLookup as LookupFunction), timeoutMs),
    maxResponseSize: maxBytes,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connections: 4,
  });
  return {
    fetch: (url, headers = {}) => fetchFollowing(agent, url, headers, maxBytes, timeoutMs),
    close: () => agent.close(),
  };
}

/** A connector that refuses IP literals and DNS answers outside the allowed ranges. */
function guardedConnector(
  allowed: (address: string) => string | null,
  lookup: LookupFunction,
  timeoutMs: number,
): buildConnector.connector {
  const filtered: LookupFunction = (hostname, opts, callback) => {
    lookup(hostname, opts, (err, address, family) => {
      if (err) return callback(err, address, family);
      const list = Array.isArray(address) ? address : [{ address, family: family ?? 4 }];
      const ok = list.filter((a) => allowed(a.address) === null);
      const first = list[0];
      if (ok.length === 0 || !first) {
        const why = first ? allowed(first.address) : 'no address';
        return callback(ssrf(`${hostname} resolves to ${first?.address ?? 'nothing'} (${why})`), '', 4);
      }
      if (Array.isArray(address)) return callback(null, ok);
      const one = ok[0] as LookupAddress;
      return callback(null, one.address, one.family);
    });
  };
  const base = buildConnector({ timeout: timeoutMs, lookup: filtered as never });
  return (opts, callback) => {
    if (isIpLiteral(opts.hostname)) {
      const why = allowed(opts.hostname.replace(/^\[|\]$/g, ''));
      if (why) return callback(ssrf(`${opts.hostname} is a ${why} address`), null);
    }
    return base(opts, callback);
  };
}

function ssrf(detail: string): FetchRefused {
  return new FetchRefused('ESSRF', `refused to connect: ${detail}; only public addresses may be fetched`);
}

async function fetchFollowing(
  agent: Agent,
  start: string,
  headers: Record<string, string>,
  maxBytes: number,
  timeoutMs: number,
): Promise<FetchedResource> {
  const signal = AbortSignal.timeout(timeoutMs);
  let url = checkedUrl(start);
  for (let hop = 0; ; hop++) {
    const res = await send(agent, url, headers, signal, timeoutMs);
    const location = res.headers.location;
    if (res.statusCode >= 300 && res.statusCode < 400 && res.statusCode !== 304 && location) {
      await res.body.dump().catch(() => undefined);
      if (hop >= maxRedirects)
        throw new FetchRefused('EREDIRECT', `more than ${maxRedirects} redirects from ${start}`);
      url = checkedUrl(String(location), url);
      continue;
    }
    const flat = flatHeaders(res.headers);
    if (res.statusCode < 200 || res.statusCode >= 300) {
      await res.body.dump().catch(() => undefined);
      return { status: res.statusCode, url: url.href, headers: flat, body: Buffer.alloc(0) };
    }
    const type = (flat['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    if (type && !acceptedTypes.some((t) => t.test(type))) {
      await res.body.dump().catch(() => undefined);
      throw new FetchRefused('ETYPE', `${url.href} is ${type}, not a feed or a web page`);
    }
    const declared = Number(flat['content-length'] ?? Number.NaN);
    if (declared > maxBytes) {
      await res.body.dump().catch(() => undefined);
      throw tooBig(url.href, maxBytes);
    }
    const body = await readCapped(res.body, url.href, maxBytes, timeoutMs);
    return { status: res.statusCode, url: url.href, headers: flat, body };
  }
}

async function send(
  agent: Agent,
  url: URL,
  headers: Record<string, string>,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Awaited<ReturnType<typeof request>>> {
  try {
    return await request(url, {
      dispatcher: agent,
      method: 'GET',
      signal,
      headers: { 'user-agent': userAgent, accept: acceptHeader, ...headers },
    });
  } catch (error) {
    throw explained(error, url.href, timeoutMs);
  }
}

const acceptHeader =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, application/json;q=0.7';

async function readCapped(
  body: AsyncIterable<Buffer>,
  url: string,
  maxBytes: number,
  timeoutMs: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += chunk.length;
      if (size > maxBytes) throw tooBig(url, maxBytes);
      chunks.push(chunk);
    }
  } catch (error) {
    throw explained(error, url, timeoutMs, maxBytes);
  }
  return Buffer.concat(chunks);
}

function tooBig(url: string, maxBytes: number): FetchRefused {
  return new FetchRefused('ETOOBIG', `${url} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
}

/** undici's and the connector's errors as one sentence each. */
function explained(error: unknown, url: string, timeoutMs: number, maxBytes = 0): Error {
  if (error instanceof FetchRefused) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FetchRefused) return cause;
  const code = (error as { code?: string }).code ?? '';
  const name = (error as { name?: string }).name ?? '';
  if (code === 'UND_ERR_RES_EXCEEDED_MAX_SIZE') return tooBig(url, maxBytes || 5 * 1024 * 1024);
  if (name === 'TimeoutError' || name === 'AbortError' || code.includes('TIMEOUT'))
    return new FetchRefused('ETIMEOUT', `${url} did not answer within ${timeoutMs / 1000} s`);
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`cannot fetch ${url}: ${code ? `${code} ` : ''}${message}`);
}

/** `raw` resolved against `base` when it is an http or https URL; else a refusal. */
function checkedUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new FetchRefused('ESCHEME', `'${raw}' is not a web address such as https://example.com/feed`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused('ESCHEME', `${url.protocol} links are not fetched; only http and https`);
  if (url.username || url.password) url.username = url.password = '';
  return url;
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

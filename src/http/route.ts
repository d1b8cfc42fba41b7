// The contract for anything served on the bot's one HTTP port (PORT): the Slack door, the newsroom
// webhook, Discord's interactions endpoint, health and metrics each contribute routes; the HTTP
// server (src/http/server.ts) owns the port, the size and time limits, and the 404/405 answers.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers one request; the route must end the response (or throw, which becomes a 500). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** One path on the HTTP port. */
export interface HttpRoute {
  /** Methods served at this path; any other gets 405 with an Allow header. */
  methods: ('GET' | 'POST' | 'HEAD')[];
  /** Exact path ('/api/articles'), or a prefix ending in '/' ('/slack/') that serves everything under it. */
  path: string;
  handle: RouteHandler;
}

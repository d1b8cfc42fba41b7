// Slack's HTTP mode as a route on the bot's one HTTP server: everything under /slack/ goes to Bolt's
// HTTP receiver (its requestListener, behind the request gate), which is initialised by the App but
// never listens itself. A path Bolt does not serve is a 404 here, as Bolt's own server answered.

import { answer } from '../http/answer.ts';
import type { HttpRoute } from '../http/route.ts';
import type { HTTPReceiver } from './bolt.ts';

/** The prefix every Slack HTTP path lives under (events, and later OAuth install and redirect). */
export const slackPathPrefix = '/slack/';

/** Bolt's code for "no route of mine": the receiver throws it for a path it does not serve. */
const deferredCode = 'slack_bolt_http_receiver_deferred_request_error';

/** The route that hands every /slack/ request to the receiver's (gated) request listener. */
export function slackHttpRoute(receiver: HTTPReceiver): HttpRoute {
  return {
    methods: ['GET', 'POST'],
    path: slackPathPrefix,
    handle(req, res) {
      try {
        receiver.requestListener(req, res);
      } catch (error) {
        if ((error as { code?: unknown }).code !== deferredCode) throw error;
        answer(res, 404, { error: 'not found' });
      }
    },
  };
}

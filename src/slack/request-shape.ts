// Which signed bodies the listeners can serve. Bolt crashes on a `null` body (an unhandled
// rejection, no HTTP answer), waits 3 s and answers 404 for one it cannot route, and runs a
// listener that then has nowhere to answer. Each such body is decided here, before Bolt.
import { summitTree } from '../../commands/summit.ts';
import { isWebUrl } from '../core/text/safe-url.ts';
import { oauthBotEvents } from './manifest.ts';
import { actionIdPattern } from './render.ts';

/** The gate's answer to a body the listeners will not see; `message` is an ephemeral ack body. */
export interface Refusal {
  /** HTTP status: 400 for garbage, 401 unsigned, 413 too large, 200 for a request Slack expects acked. */
  status: 200 | 400 | 401 | 413;
  /** Why, for the log. */
  reason: string;
  /** What the user reads (slash commands only). */
  message?: { response_type: 'ephemeral'; text: string };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const command = `/${summitTree.name}`;
/** Events the OAuth install subscribes to (see oauth/uninstall.ts). */
const servedEvents = new Set<string>(oauthBotEvents);

/** Null when Bolt may take the body; else how to refuse it. */
export function checkRequestBody(body: unknown): Refusal | null {
  if (!isObject(body)) return { status: 400, reason: `body is ${describe(body)}, not an object` };
  if (body.type === 'url_verification' && isString(body.challenge)) return null;
  // Bolt routes by the first of these keys present (event, command, name, actions), so a body must
  // carry exactly the keys of the one kind it claims to be, or Bolt finds no listener for it.
  if (body.event !== undefined)
    return isObject(body.event) && servedEvents.has(body.event.type as string)
      ? null
      : { status: 400, reason: 'an Events API event the app does not subscribe to' };
  if (body.command !== undefined)
    return isString(body.command)
      ? checkCommand(body)
      : { status: 400, reason: `command is ${describe(body.command)}, not text` };
  if (body.type === 'block_actions' && body.name === undefined) return checkActions(body);
  return { status: 400, reason: `a kind of request the app does not serve (${describe(body.type)})` };
}

function checkCommand(body: Json): Refusal | null {
  if (
    !isString(body.user_id) ||
    !isString(body.channel_id) ||
    !(body.text === undefined || isString(body.text))
  )
    return { status: 400, reason: 'slash command without user_id, channel_id or text' };
  if (body.command !== command)
    return explain(
      `command ${describe(body.command)} is not ${command}`,
      `This app answers ${command} only.`,
    );
  if (!isString(body.response_url) || !isWebUrl(body.response_url))
    return explain(
      'slash command without a response_url',
      `Slack sent this command without a way to answer it. Please run ${command} again.`,
    );
  return null;
}

function checkActions(body: Json): Refusal | null {
  const actions = body.actions;
  if (!isObject(body.user) || !isString(body.user.id))
    return { status: 400, reason: 'block_actions without a user' };
  if (
    !Array.isArray(actions) ||
    actions.length === 0 ||
    !actions.every((a) => isObject(a) && isString(a.action_id))
  )
    return { status: 400, reason: 'block_actions without a list of actions' };
  // Bolt routes a click by its first action.
  if (!actionIdPattern.test(String((actions[0] as Json).action_id)))
    return { status: 200, reason: 'block_actions for an action that is not the bot’s' };
  if (!isString(body.response_url) || !isWebUrl(body.response_url))
    return { status: 200, reason: 'block_actions without a response_url: nowhere to answer' };
  return null;
}

/** A refusal acked with an ephemeral note, where Slack shows the ack to the user. */
function explain(reason: string, text: string): Refusal {
  return { status: 200, reason, message: { response_type: 'ephemeral', text } };
}

/** A short, safe description of a value for the log. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  return typeof value;
}

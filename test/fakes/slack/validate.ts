// Block Kit validation as Slack applies it to chat.postMessage and response_url bodies: the fake
// refuses what Slack refuses (invalid_blocks, msg_too_long, msg_blocks_too_long, no_text).

/** Why Slack would refuse a message: its error code and a json-pointer style detail. */
export interface MessageProblem {
  error: 'invalid_blocks' | 'msg_too_long' | 'msg_blocks_too_long' | 'no_text';
  detail: string;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Observed threshold of msg_blocks_too_long (slackapi/bolt-js#2509); the fake uses it as a hard limit. */
export const blocksJsonLimit = 13_200;

/**
 * Checks a message body. Stricter than Slack in one way: a top-level `text` fallback is required
 * even with blocks (Slack only warns), because the bot promises one for notifications.
 */
export function checkMessage(body: Json): MessageProblem | null {
  const text = body.text;
  if (typeof text !== 'string' || text.trim() === '')
    return { error: 'no_text', detail: 'text fallback missing' };
  if (text.length > 40_000) return { error: 'msg_too_long', detail: `text is ${text.length} characters` };
  if (body.blocks === undefined) return null;
  const blocks = typeof body.blocks === 'string' ? safeParse(body.blocks) : body.blocks;
  if (!Array.isArray(blocks)) return bad('/blocks', 'must be an array');
  if (blocks.length > 50) return bad('/blocks', `no more than 50 items allowed (got ${blocks.length})`);
  if (JSON.stringify(blocks).length > blocksJsonLimit)
    return { error: 'msg_blocks_too_long', detail: '/blocks' };
  const actionIds = new Set<string>();
  const blockIds = new Set<string>();
  for (const [i, block] of blocks.entries()) {
    const problem = checkBlock(block, `/blocks/${i}`, actionIds, blockIds);
    if (problem) return problem;
  }
  return null;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function bad(pointer: string, message: string): MessageProblem {
  return { error: 'invalid_blocks', detail: `${message} [json-pointer:${pointer}]` };
}

function checkText(obj: unknown, at: string, max: number, plainOnly = false): MessageProblem | null {
  if (!isObject(obj)) return bad(at, 'must be a text object');
  if (obj.type !== 'plain_text' && (plainOnly || obj.type !== 'mrkdwn'))
    return bad(`${at}/type`, 'wrong text type');
  if (typeof obj.text !== 'string' || obj.text.length === 0)
    return bad(`${at}/text`, 'must be more than 0 characters');
  if (obj.text.length > max) return bad(`${at}/text`, `must be less than ${max + 1} characters`);
  return null;
}

function checkBlock(
  block: unknown,
  at: string,
  actionIds: Set<string>,
  blockIds: Set<string>,
): MessageProblem | null {
  if (!isObject(block)) return bad(at, 'must be an object');
  if (block.block_id !== undefined) {
    if (typeof block.block_id !== 'string' || block.block_id.length > 255)
      return bad(`${at}/block_id`, 'too long');
    if (blockIds.has(block.block_id)) return bad(`${at}/block_id`, 'duplicate block_id');
    blockIds.add(block.block_id);
  }
  switch (block.type) {
    case 'divider':
      return null;
    case 'header':
      return checkText(block.text, `${at}/text`, 150, true);
    case 'section': {
      if (block.text === undefined && block.fields === undefined)
        return bad(at, 'must provide text or fields');
      if (block.text !== undefined) {
        const problem = checkText(block.text, `${at}/text`, 3000);
        if (problem) return problem;
      }
      if (block.fields !== undefined) {
        if (!Array.isArray(block.fields) || block.fields.length === 0 || block.fields.length > 10)
          return bad(`${at}/fields`, 'must have 1 to 10 items');
        for (const [j, field] of block.fields.entries()) {
          const problem = checkText(field, `${at}/fields/${j}`, 2000);
          if (problem) return problem;
        }
      }
      return null;
    }
    case 'context': {
      const elements = block.elements;
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
        return bad(`${at}/elements`, 'must have 1 to 10 items');
      for (const [j, el] of elements.entries()) {
        const problem = checkText(el, `${at}/elements/${j}`, 3000);
        if (problem) return problem;
      }
      return null;
    }
    case 'actions': {
      const elements = block.elements;
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > 25)
        return bad(`${at}/elements`, 'must have 1 to 25 items');
      for (const [j, el] of elements.entries()) {
        const problem = checkElement(el, `${at}/elements/${j}`, actionIds);
        if (problem) return problem;
      }
      return null;
    }
    default:
      return bad(`${at}/type`, `unsupported block type ${String(block.type)}`);
  }
}

function checkElement(el: unknown, at: string, actionIds: Set<string>): MessageProblem | null {
  if (!isObject(el)) return bad(at, 'must be an object');
  if (typeof el.action_id !== 'string' || el.action_id.length === 0 || el.action_id.length > 255)
    return bad(`${at}/action_id`, 'must be 1 to 255 characters');
  if (actionIds.has(el.action_id)) return bad(`${at}/action_id`, 'duplicate action_id');
  actionIds.add(el.action_id);
  if (el.type === 'button') {
    const problem = checkText(el.text, `${at}/text`, 75, true);
    if (problem) return problem;
    if (el.value !== undefined && (typeof el.value !== 'string' || el.value.length > 2000))
      return bad(`${at}/value`, 'must be less than 2001 characters');
    return null;
  }
  if (el.type === 'static_select') {
    const problem = checkText(el.placeholder, `${at}/placeholder`, 150, true);
    if (problem) return problem;
    if (!Array.isArray(el.options) || el.options.length === 0 || el.options.length > 100)
      return bad(`${at}/options`, 'must have 1 to 100 items');
    const values = new Set<string>();
    for (const [k, option] of el.options.entries()) {
      if (!isObject(option)) return bad(`${at}/options/${k}`, 'must be an object');
      const textProblem = checkText(option.text, `${at}/options/${k}/text`, 75, true);
      if (textProblem) return textProblem;
      if (typeof option.value !== 'string' || option.value.length === 0 || option.value.length > 150)
        return bad(`${at}/options/${k}/value`, 'must be 1 to 150 characters');
      if (values.has(option.value)) return bad(`${at}/options/${k}/value`, 'duplicate option value');
      values.add(option.value);
    }
    return null;
  }
  return bad(`${at}/type`, `unsupported element type ${String(el.type)}`);
}

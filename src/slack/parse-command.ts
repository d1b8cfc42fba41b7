// Slack has one slash command and no subcommands, so the text after `/summit` is parsed with the
// core's text-command parser (the console uses the same), after undoing Slack's escaping.
import { findSubcommand } from '../../commands/summit.ts';
import type { CommandRequest } from '../core/request.ts';
import { type ParsedText, parseTextCommand } from '../core/text-command.ts';
import { unescapeSlackText } from './escape.ts';

/** Where and by whom a Slack command was run. */
export interface SlackCaller {
  /** Slack user id (U…). */
  userId: string;
  /** Channel id (C…, G…, D…). */
  channelId: string;
  /** Workspace key: the team id, or the org's enterprise id under an org-wide install. */
  teamId?: string;
}

/**
 * The workspace a request's briefing settings belong to: the Enterprise Grid org when the app is
 * installed org-wide (one installation, one token for every workspace of the org), else the team.
 */
export function workspaceOf(
  context: { isEnterpriseInstall?: boolean; enterpriseId?: string },
  teamId: string | undefined,
): string | undefined {
  return context.isEnterpriseInstall && context.enterpriseId ? context.enterpriseId : teamId;
}

/** Parses `/summit` text: empty text is `help`, the first word picks the subcommand, the rest are options. */
export function parseSlackText(text: string): ParsedText {
  const clean = unescapeSlackText(text).trim();
  return clean ? parseTextCommand(clean) : { command: 'help', options: {} };
}

/**
 * Builds the core's request. `canManage` is asked (it may call Slack) only for subcommands the
 * tree marks managersOnly; for every other command it is false without a lookup.
 */
export async function toCommandRequest(
  parsed: ParsedText,
  caller: SlackCaller,
  canManage: (userId: string) => Promise<boolean>,
): Promise<CommandRequest> {
  const managersOnly = findSubcommand(parsed.command)?.managersOnly ?? false;
  return {
    command: parsed.command,
    options: parsed.options,
    who: {
      platform: 'slack',
      userId: caller.userId,
      canManage: managersOnly ? await canManage(caller.userId) : false,
      manageHint: 'On Slack that is workspace admins and owners, or users listed in SLACK_BRIEFING_ADMINS.',
    },
    where: { platform: 'slack', channelId: caller.channelId, workspaceId: caller.teamId },
  };
}

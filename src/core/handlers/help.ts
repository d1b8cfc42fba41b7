// /summit help: what the bot can do, generated from the command tree so it never drifts from
// what Discord and Slack register.
import { summitTree } from '../../../commands/summit.ts';
import type { Handler } from '../context.ts';
import type { Reply } from '../reply.ts';
import { deepFreeze } from '../reply-cache.ts';
import { usageOf } from '../validate-options.ts';

/** Answers /summit help (built on first use: the command tree never changes while running). */
export const helpHandler: Handler = () => {
  help ??= deepFreeze(helpReply());
  return help;
};

let help: Reply | undefined;

function helpReply(): Reply {
  return {
    tone: 'info',
    title: 'Summit: the news story in your channel',
    blocks: [
      { kind: 'text', text: summitTree.description },
      {
        kind: 'bullets',
        items: summitTree.subcommands.map((sub) => `${usageOf(sub)}: ${sub.description}`),
      },
      {
        kind: 'text',
        text: 'Examples: /summit section economic, /summit quotes xi, /summit ask currency swap, /summit subscribe 08:00 Europe/London.',
      },
    ],
    actions: [{ label: 'Summary', command: 'summary', options: {} }],
  };
}

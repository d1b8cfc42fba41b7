// `npm run slack:manifest`: prints the Slack app manifest (JSON) to paste into
// api.slack.com/apps > Create New App > From a manifest.
import { summitTree } from '../../commands/summit.ts';
import { errorMessage } from '../error-message.ts';
import { toSlackManifest } from './manifest.ts';

const usage = `Usage: npm run slack:manifest [-- --url https://your-bot.example.org [--oauth]]
  without --url: a Socket Mode manifest (set SLACK_APP_TOKEN; no public URL needed)
  with --url:    an HTTP manifest whose request URLs are <url>/slack/events
  with --oauth:  for many workspaces: adds the redirect URL <url>/slack/oauth_redirect, the
                 app_uninstalled and tokens_revoked events and org-wide (Enterprise Grid) deploy`;

/** Reads `--url <base>` (or `--url=<base>`) and `--help` from the arguments. */
export function readArgs(argv: string[]): { url?: string; oauth?: boolean; help: boolean } {
  let url: string | undefined;
  let oauth = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') url = argv[++i];
    else if (arg === '--oauth') oauth = true;
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--help' || arg === '-h') return { help: true };
    else throw new Error(`Unknown argument '${arg}'.\n${usage}`);
  }
  return { url, help: false, ...(oauth ? { oauth } : {}) };
}

try {
  const args = readArgs(process.argv.slice(2));
  if (args.help) process.stdout.write(`${usage}\n`);
  else {
    const manifest = toSlackManifest(summitTree, { socketMode: !args.url, url: args.url, oauth: args.oauth });
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    process.stderr.write(
      args.oauth
        ? 'OAuth manifest printed; set SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_SIGNING_SECRET, SLACK_STATE_SECRET and SLACK_TOKEN_KEY (no SLACK_BOT_TOKEN), then open <url>/slack/install to add it to a workspace.\n'
        : args.url
          ? 'HTTP-mode manifest printed; set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.\n'
          : 'Socket Mode manifest printed; create an app-level token (connections:write) and set SLACK_APP_TOKEN and SLACK_BOT_TOKEN.\n',
    );
  }
} catch (error) {
  process.stderr.write(`${errorMessage(error)}\n`);
  process.exitCode = 1;
}

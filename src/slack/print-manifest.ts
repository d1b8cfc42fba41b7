// `npm run slack:manifest`: prints the Slack app manifest (JSON) to paste into
// api.slack.com/apps > Create New App > From a manifest.
import { summitTree } from '../../commands/summit.ts';
import { errorMessage } from '../error-message.ts';
import { toSlackManifest } from './manifest.ts';

const usage = `Usage: npm run slack:manifest [-- --url https://your-bot.example.org]
  without --url: a Socket Mode manifest (set SLACK_APP_TOKEN; no public URL needed)
  with --url:    an HTTP manifest whose request URLs are <url>/slack/events`;

/** Reads `--url <base>` (or `--url=<base>`) and `--help` from the arguments. */
export function readArgs(argv: string[]): { url?: string; help: boolean } {
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--url') url = argv[++i];
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '--help' || arg === '-h') return { help: true };
    else throw new Error(`Unknown argument '${arg}'.\n${usage}`);
  }
  return { url, help: false };
}

try {
  const args = readArgs(process.argv.slice(2));
  if (args.help) process.stdout.write(`${usage}\n`);
  else {
    const manifest = toSlackManifest(summitTree, { socketMode: !args.url, url: args.url });
    process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
    process.stderr.write(
      args.url
        ? 'HTTP-mode manifest printed; set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.\n'
        : 'Socket Mode manifest printed; create an app-level token (connections:write) and set SLACK_APP_TOKEN and SLACK_BOT_TOKEN.\n',
    );
  }
} catch (error) {
  process.stderr.write(`${errorMessage(error)}\n`);
  process.exitCode = 1;
}

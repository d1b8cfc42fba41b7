// `npm run summit -- <subcommand> [args]`: one answer, printed, then exit. Also
// `analyze <file> [--json]` for any article file, `fetch <url> [--json]` for what a feed or page
// would bring in, and `ask "<question>" [--json]` for scripts.
import { loadConfig, logLevelFor } from '../config/env.ts';
import { errorMessage } from '../error-message.ts';
import { createLogger } from '../logger.ts';
import { analyzeCommand } from './analyze.ts';
import { answerCommand } from './answer.ts';
import { askCommand } from './ask.ts';
import { fetchCommand } from './fetch.ts';

/** Runs the CLI with the given arguments and returns the exit code. */
export async function runCli(args: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const json = args.includes('--json');
  const rest = args.filter((a) => a !== '--json');
  const [first, ...more] = rest;
  try {
    if (first === 'analyze') return await analyzeCommand(more, json, out, err);
    const config = loadConfig();
    if (first === 'fetch') return await fetchCommand(config, more, json, out, err);
    const logger = createLogger(logLevelFor(config, 'console'));
    if (first === 'ask' && json) return await askCommand(config, logger, more.join(' '), out, err);
    return await answerCommand(config, logger, rest.join(' '), out, err);
  } catch (error) {
    err.write(`${errorMessage(error)}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}

// The console door: an interactive prompt on stdin/stdout that answers /summit commands exactly
// as the chat doors do, so the bot works on a fresh machine with no tokens.
import { createInterface } from 'node:readline';
import type { Summit } from '../core/summit.ts';
import { parseTextCommand } from '../core/text-command.ts';
import { renderConsole } from './render.ts';

/** Streams and core for the console door. */
export interface ConsoleDoorOptions {
  summit: Summit;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Lines printed once before the first prompt (which doors are on or off). */
  banner?: string[];
}

/** A running console door. */
export interface ConsoleDoor {
  /** Resolves when input ends (Ctrl-D, end of a pipe) or stop() is called. */
  closed: Promise<void>;
  /** Prints text between prompts (used by the briefing to show itself). */
  print(text: string): void;
  /** Shows the prompt again after something else wrote to the terminal (a log line), unless answering. */
  reprompt(): void;
  /** Stops reading input. */
  stop(): void;
}

/** Starts the prompt. Each line is one command; `exit`/`quit` or end of input closes it. */
export function startConsoleDoor({ summit, input, output, banner = [] }: ConsoleDoorOptions): ConsoleDoor {
  const rl = createInterface({ input, output, prompt: 'summit> ', terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  let queue = Promise.resolve();
  let pending = 0;
  let closed = false;
  for (const line of banner) write(line);
  rl.prompt();
  rl.on('line', (line) => {
    pending++;
    queue = queue.then(async () => {
      const text = line.trim();
      try {
        if (text === 'exit' || text === 'quit') return void rl.close();
        if (text) write(`${renderConsole(await answer(summit, text))}\n`);
      } finally {
        pending--;
      }
      rl.prompt();
    });
  });
  rl.on('close', () => {
    closed = true;
  });
  const ended = new Promise<void>((resolve) => rl.on('close', () => void queue.then(() => resolve())));
  return {
    closed: ended,
    print: (text) => {
      write(`\n${text}\n`);
      rl.prompt();
    },
    reprompt: () => {
      if (pending === 0 && !closed) rl.prompt();
    },
    stop: () => rl.close(),
  };
}

/** Answers one typed line through the core. */
export function answer(summit: Summit, line: string) {
  const { command, options } = parseTextCommand(line);
  return summit.handle({
    command,
    options,
    who: { platform: 'console', userId: 'console', canManage: true },
    where: { platform: 'console', channelId: 'console' },
  });
}

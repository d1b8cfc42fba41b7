// The console door as a briefing target: with no chat tokens, `npm start` prints the briefing in
// the terminal at its time. A terminal has no history to search, so a crash between printing and
// recording could print it again; that is harmless on a local console and documented.
import { renderConsole } from '../../console/render.ts';
import type { Reply } from '../../core/reply.ts';
import type { BriefingSender, SlotRef } from '../sender.ts';

/** The channel id console subscriptions use. */
export const consoleChannelId = 'console';

/** A sender that prints briefings with `print` (the console door's print). */
export function createConsoleSender(print: (text: string) => void): BriefingSender {
  return {
    platform: 'console',
    async send(_channelId: string, reply: Reply, slot: SlotRef) {
      print(renderConsole(reply));
      return `console:${slot.key}`;
    },
    async alreadySent() {
      return false;
    },
  };
}

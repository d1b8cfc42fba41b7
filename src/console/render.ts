// Renders a Reply as readable plain text for a terminal: the console door's renderer. Nothing
// is cut: a terminal has no length limit.

import type { Reply, ReplyBlock } from '../core/reply.ts';
import { encodeCommandLine } from './command-line.ts';

/** Plain-text rendering of a reply, ending without a trailing newline. */
export function renderConsole(reply: Reply): string {
  const marker = reply.tone === 'error' ? '! ' : '';
  const lines: string[] = [
    `${marker}${reply.title}`,
    '='.repeat(Math.min(reply.title.length + marker.length, 78)),
  ];
  if (reply.url) lines.push(reply.url);
  for (const block of reply.blocks) for (const line of renderBlock(block)) lines.push(line);
  if (reply.footer) lines.push('', `— ${reply.footer}`);
  if (reply.actions && reply.actions.length > 0) {
    lines.push('', 'Next:');
    for (const action of reply.actions) lines.push(`  ${encodeCommandLine(action)}   (${action.label})`);
  }
  return lines.join('\n');
}

function renderBlock(block: ReplyBlock): string[] {
  switch (block.kind) {
    case 'text':
      return ['', block.text];
    case 'heading':
      return ['', `## ${block.text}`, ...(block.url ? [block.url] : [])];
    case 'bullets':
      return block.items.map((item) => `  • ${item}`);
    case 'quote': {
      const by = [block.speaker ?? 'Unattributed', block.section].filter(Boolean).join(', ');
      return ['', `  “${block.text}”`, `      — ${by}`];
    }
    case 'fields':
      return ['', ...block.fields.map((f) => `${f.name}: ${f.value}`)];
    case 'divider':
      return ['', '-'.repeat(40)];
  }
}

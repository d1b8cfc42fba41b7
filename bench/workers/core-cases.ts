// The requests part 1 times: every /summit subcommand with options taken from the served article
// itself (a real section, a real speaker, a question from its title), never from a fixed text.
import type { AnalyzedArticle } from '../../src/core/article.ts';
import type { CommandRequest, Platform } from '../../src/core/request.ts';

/** One timed command. */
export interface CoreCase {
  /** Label for the table, e.g. 'quotes speaker'. */
  label: string;
  /** Subcommand. */
  command: string;
  /** Options. */
  options: CommandRequest['options'];
  /** Whether the case touches the briefing database (SQLite), not only memory. */
  storage: boolean;
}

/** The cases for an article: each subcommand once, plus the option forms that do more work. */
export function coreCases(article: AnalyzedArticle): CoreCase[] {
  const sections = article.sections;
  const middle = sections[Math.floor(sections.length / 2)] ?? sections[0];
  const heading = middle?.section.heading ?? '';
  const speaker = article.speakers[0];
  const question = article.article.title.split(/\s+/).slice(0, 6).join(' ');
  const cases: CoreCase[] = [
    { label: 'summary', command: 'summary', options: {}, storage: false },
    {
      label: 'section',
      command: 'section',
      options: { name: heading.split(/\s+/).slice(0, 2).join(' ') },
      storage: false,
    },
    { label: 'quotes', command: 'quotes', options: {}, storage: false },
    { label: 'ask', command: 'ask', options: { question }, storage: false },
    { label: 'brief', command: 'brief', options: {}, storage: true },
    { label: 'status', command: 'status', options: {}, storage: true },
    { label: 'subscribe', command: 'subscribe', options: { time: '08:00', timezone: 'UTC' }, storage: true },
    { label: 'unsubscribe', command: 'unsubscribe', options: {}, storage: true },
    { label: 'help', command: 'help', options: {}, storage: false },
  ];
  if (speaker)
    cases.splice(3, 0, { label: 'quotes speaker', command: 'quotes', options: { speaker }, storage: false });
  return cases;
}

/** The request a door would build for `c` from a channel manager on `platform`. */
export function requestOf(c: CoreCase, platform: Platform): CommandRequest {
  return {
    command: c.command,
    options: { ...c.options },
    who: { platform, userId: `${platform}-bench-user`, canManage: true },
    where: { platform, channelId: `${platform}-bench-channel`, workspaceId: `${platform}-bench-team` },
  };
}

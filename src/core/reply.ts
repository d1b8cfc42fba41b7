// The platform-neutral answer to every command. Each door owns one renderer that turns a Reply
// into its platform's messages and knows that platform's limits; the core never does.

/** A follow-up the reader can take with one click: another command with its options. */
export interface ReplyAction {
  /** Button text (short: at most 80 characters). */
  label: string;
  /** Subcommand to run, e.g. 'section'. */
  command: string;
  /** Options for that subcommand, as strings. */
  options: Record<string, string>;
}

/** One block of a reply's body. */
export type ReplyBlock =
  | { kind: 'text'; text: string }
  | {
      kind: 'heading';
      text: string;
      /** Web link for the heading (a story's URL), when there is one. */
      url?: string;
    }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'quote'; text: string; speaker: string | null; section: string | null }
  | { kind: 'fields'; fields: { name: string; value: string }[] }
  | { kind: 'divider' };

/** A complete answer. Text is plain (never markup): renderers escape it for their platform. */
export interface Reply {
  /** 'info' answers, 'error' refusals and mistakes, 'success' confirmations. */
  tone: 'info' | 'error' | 'success';
  /** Headline of the answer. */
  title: string;
  /** Link for the title, when there is one. */
  url?: string;
  /** Body, in order. */
  blocks: ReplyBlock[];
  /** Small print: source, date. */
  footer?: string;
  /** Follow-ups, rendered as buttons or a menu. */
  actions?: ReplyAction[];
}

// Inline Markdown to plain text: links keep their words, emphasis and code lose their marks,
// images and HTML tags go, so sentences read (and are quoted) as prose.

const escapable = /\\([\\`*_{}[\]()#+\-.!>~|"'])/g;
const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
};

// `*x*` and `_x_` at a word edge. Inside, the mark may appear only within a word (`snake_case`), so
// a match attempt never runs past the next mark that could open or close: linear in the text.
const starEmphasis =
  /(^|[^\p{L}\p{N}*\\])\*(?=\S)((?:[^*\n\r\u2028\u2029]|(?<=[\p{L}\p{N}])\*(?=[\p{L}\p{N}]))+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu;
const lineEmphasis =
  /(^|[^\p{L}\p{N}_])_(?=\S)((?:[^_\n\r\u2028\u2029]|(?<=[\p{L}\p{N}])_(?=[\p{L}\p{N}]))+?)(?<=\S)_(?![\p{L}\p{N}_])/gu;

/** Plain text of one line or paragraph of inline Markdown. */
export function stripInline(markdown: string): string {
  const escaped: string[] = [];
  let s = markdown.replace(escapable, (_, ch: string) => `\uE000${escaped.push(ch) - 1}\uE001`);
  s = s
    .replace(/!\[[^\][]*\]\((?:[^()]|\([^()]*\))*\)/g, '')
    .replace(/!\[[^\][]*\]\[[^\][]*\]/g, '')
    .replace(/\[([^\][]+)\]\((?:[^()]|\([^()]*\))*\)/g, '$1')
    .replace(/\[([^\][]+)\]\[[^\][]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^<>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)((?:(?!\1).)+?)(?<=\S)\1/g, '$2')
    .replace(starEmphasis, '$1$2')
    .replace(lineEmphasis, '$1$2')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/&(#39|[a-z]+);/g, (m, name: string) => entities[name] ?? m);
  return s.replace(/\uE000(\d+)\uE001/g, (_, i: string) => escaped[Number(i)] ?? '').trim();
}

/** True when the whole text is wrapped in one emphasis (*x*, _x_, **x**, __x__). */
export function isWhollyEmphasised(markdown: string, strong = false): boolean {
  const s = markdown.trim();
  const mark = strong ? /^(\*\*|__)(?=\S)([\s\S]+?)(?<=\S)\1$/ : /^(\*|_)(?=\S)([\s\S]+?)(?<=\S)\1$/;
  const m = mark.exec(s);
  return m !== null && !(m[2] ?? '').includes(m[1] ?? '');
}

// The /summit ask feature's public face: grounded answers, the handler, the completer and the
// JSON shape the CLI prints. Everything else in src/core/ask/ is internal.
export { type Answer, type AskJson, type AskResult, answerQuestion, askJson } from './answer.ts';
export { askHandler } from './handler.ts';
export { exampleQuestions, questionCompleter } from './questions.ts';

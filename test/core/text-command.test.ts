import { describe, expect, it } from 'vitest';
import { parseTextCommand } from '../../src/core/text-command.ts';

describe('text commands', () => {
  it('takes the first word as the subcommand, with or without /summit', () => {
    expect(parseTextCommand('/summit summary')).toEqual({ command: 'summary', options: {} });
    expect(parseTextCommand('  SUMMARY ')).toEqual({ command: 'summary', options: {} });
  });

  it('gives the free text to the first string option', () => {
    expect(parseTextCommand('section economic cooperation').options).toEqual({
      name: 'economic cooperation',
    });
    expect(parseTextCommand('quotes xi').options).toEqual({ speaker: 'xi' });
    expect(parseTextCommand('ask what did Xi say?').options).toEqual({ question: 'what did Xi say?' });
  });

  it('reads named options and a trailing public', () => {
    expect(parseTextCommand('section name:econ article:other-story public').options).toEqual({
      name: 'econ',
      article: 'other-story',
      public: true,
    });
    expect(parseTextCommand('summary public=false').options).toEqual({ public: false });
  });

  it('takes public only as the last word, so a question may contain it', () => {
    expect(parseTextCommand('ask is the deal public').options).toEqual({
      question: 'is the deal',
      public: true,
    });
    expect(parseTextCommand('ask is the public angry').options).toEqual({ question: 'is the public angry' });
  });

  it('keeps a quoted value with spaces together', () => {
    expect(parseTextCommand('/summit quotes speaker:"Xi Jinping" article:seed').options).toEqual({
      speaker: 'Xi Jinping',
      article: 'seed',
    });
  });

  it('places subscribe values by their shape, in any order', () => {
    expect(parseTextCommand('subscribe new-only Asia/Seoul 07:30').options).toEqual({
      mode: 'new-only',
      timezone: 'Asia/Seoul',
      time: '07:30',
    });
  });

  it('keeps an unknown word for the core to answer with suggestions', () => {
    expect(parseTextCommand('summry')).toEqual({ command: 'summry', options: {} });
    expect(parseTextCommand('')).toEqual({ command: '', options: {} });
  });

  it('leaves words a subcommand cannot take for the core to refuse', () => {
    expect(parseTextCommand('help me please').options).toEqual({ 'me please': true });
  });
});

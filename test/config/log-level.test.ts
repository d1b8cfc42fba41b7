// Where the process talks decides its default log level: info beside the chat doors, warn at the
// console, and LOG_LEVEL (an empty one, as copied from .env.example, counts as unset) wins over both.
import { describe, expect, it } from 'vitest';
import { loadConfig, logLevelFor } from '../../src/config/env.ts';

describe('logLevelFor', () => {
  it('log level: unset (or empty) means info with a chat door and warn in the console door', () => {
    for (const env of [{}, { LOG_LEVEL: '' }, { LOG_LEVEL: '  ' }]) {
      const config = loadConfig(env);
      expect(logLevelFor(config, 'chat')).toBe('info');
      expect(logLevelFor(config, 'console')).toBe('warn');
    }
  });

  it('log level: LOG_LEVEL set is used everywhere, info included', () => {
    for (const level of ['info', 'debug', 'error']) {
      const config = loadConfig({ LOG_LEVEL: level });
      expect(logLevelFor(config, 'chat')).toBe(level);
      expect(logLevelFor(config, 'console')).toBe(level);
    }
  });

  it('log level: anything else names LOG_LEVEL', () => {
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });

  it('lease: BRIEFING_LEASE_SECONDS defaults to 120 and refuses less than 2 seconds', () => {
    expect(loadConfig({}).BRIEFING_LEASE_SECONDS).toBe(120);
    expect(loadConfig({ BRIEFING_LEASE_SECONDS: '3' }).BRIEFING_LEASE_SECONDS).toBe(3);
    expect(() => loadConfig({ BRIEFING_LEASE_SECONDS: '1' })).toThrow(/BRIEFING_LEASE_SECONDS/);
  });
});

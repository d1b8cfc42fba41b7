// Why the daily briefing is off, as the operator reads it: each step that can fail names its own
// cause and fix, and only a database that cannot be opened points at DATA_DIR.
import { describe, expect, it } from 'vitest';
import { briefingOffMessage } from '../../src/lifecycle/start-briefings.ts';

function storageError(message: string): Error {
  const error = new Error(message);
  error.name = 'StorageError';
  return error;
}

describe('briefingOffMessage', () => {
  it('modules that did not load (a build swapped under the process): says to rebuild', () => {
    const text = briefingOffMessage('load', new Error("Cannot find module '/app/dist/start-X.js'"));
    expect(text).toContain('its modules could not be loaded');
    expect(text).toContain('npm run build');
    expect(text).not.toContain('DATA_DIR');
  });

  it('a sender that could not be built: names the sender, not DATA_DIR', () => {
    const text = briefingOffMessage('senders', new Error('bad API base'));
    expect(text).toContain('a briefing sender could not be built (bad API base)');
    expect(text).not.toContain('DATA_DIR');
  });

  it('a database that cannot be opened: says to fix DATA_DIR', () => {
    const text = briefingOffMessage('start', storageError('Cannot open the database at /x/summit.sqlite'));
    expect(text).toContain('fix DATA_DIR');
  });

  it('a migration that fails: says the file may come from a newer version', () => {
    const text = briefingOffMessage('start', storageError('Cannot migrate the database at /x: corrupted'));
    expect(text).toContain('newer version of the bot');
    expect(text).not.toContain('fix DATA_DIR');
  });

  it('PostgreSQL unreachable: repeats the storage message naming DATABASE_URL without blaming DATA_DIR', () => {
    const why =
      'Cannot open the PostgreSQL database at postgres://db/summit (DATABASE_URL): connect ECONNREFUSED';
    const text = briefingOffMessage('start', storageError(why));
    expect(text).toContain(why);
    expect(text).toContain('fix the storage settings');
    expect(text).not.toContain('fix DATA_DIR');
  });

  it('any other failure of the scheduler: names it', () => {
    const text = briefingOffMessage('start', new Error('clock broke'));
    expect(text).toContain('the scheduler could not start (clock broke)');
    expect(text).toMatch(/^Daily briefing is off: .*\nCommands still work; .* and restart\.$/);
  });
});

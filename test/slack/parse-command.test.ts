import { describe, expect, it } from 'vitest';
import { parseSlackText, toCommandRequest } from '../../src/slack/parse-command.ts';

const caller = { userId: 'U1', channelId: 'C1', teamId: 'T1' };

describe('slack command text', () => {
  it('empty text (or only spaces) is help', () => {
    expect(parseSlackText('')).toEqual({ command: 'help', options: {} });
    expect(parseSlackText('   ')).toEqual({ command: 'help', options: {} });
  });

  it('the first word picks the subcommand and the rest fill its options', () => {
    expect(parseSlackText('Section economic cooperation')).toEqual({
      command: 'section',
      options: { name: 'economic cooperation' },
    });
    expect(parseSlackText('quotes xi public')).toEqual({
      command: 'quotes',
      options: { speaker: 'xi', public: true },
    });
    expect(parseSlackText('subscribe 07:30 Asia/Seoul new-only')).toEqual({
      command: 'subscribe',
      options: { time: '07:30', timezone: 'Asia/Seoul', mode: 'new-only' },
    });
  });

  it("undoes Slack's escaping of & < > in the typed text", () => {
    expect(parseSlackText('ask what about R&amp;D &lt;spending&gt;').options).toEqual({
      question: 'what about R&D <spending>',
    });
  });

  it('asks whether the user may manage the channel only for managersOnly subcommands', async () => {
    let asked = 0;
    const canManage = async () => {
      asked += 1;
      return true;
    };
    const summary = await toCommandRequest(parseSlackText('summary'), caller, canManage);
    expect(summary.who).toMatchObject({ platform: 'slack', userId: 'U1', canManage: false });
    expect(asked).toBe(0);
    const subscribe = await toCommandRequest(parseSlackText('subscribe'), caller, canManage);
    expect(subscribe.who.canManage).toBe(true);
    expect(subscribe.where).toEqual({ platform: 'slack', channelId: 'C1', workspaceId: 'T1' });
    expect(asked).toBe(1);
  });
});

import { isQuestionToAnswer } from '../../src/slack/listeners/events/directMessage';
import { plainSlackText, quotesToLookUp } from '../../src/slack/messageText';

describe('what "Who said this?" looks up in a message', () => {
  it('each quotation of three words or more, in the order written, without Slack markup', () => {
    const text =
      '<@U1> the mayor said “the ferry will run until midnight,” and then "we are not raising fares" &amp; left. Not a "quote".';
    expect(quotesToLookUp(text)).toEqual(['the ferry will run until midnight', 'we are not raising fares']);
  });

  it('the longest sentence when nothing is quoted', () => {
    expect(quotesToLookUp('Short one. The council will vote on the bridge budget next week! Ok.')).toEqual([
      'The council will vote on the bridge budget next week!',
    ]);
    expect(quotesToLookUp('   ')).toEqual([]);
  });

  it('links show their label', () => {
    expect(plainSlackText('see <https://example.org/x|the story> &lt;now&gt;')).toBe('see the story <now>');
  });
});

describe('which direct messages are answered', () => {
  const dm = { channel: 'D1', channel_type: 'im', ts: '1.1', user: 'U1', text: 'who is Mara Voss?' };
  it("a person's new message in a DM with the bot", () => {
    expect(isQuestionToAnswer(dm, 'UBOT')).toBe(true);
  });
  it('not bots, not the bot itself, not edits or other subtypes, not channels, not empty', () => {
    expect(isQuestionToAnswer({ ...dm, bot_id: 'B1' }, 'UBOT')).toBe(false);
    expect(isQuestionToAnswer({ ...dm, user: 'UBOT' }, 'UBOT')).toBe(false);
    expect(isQuestionToAnswer({ ...dm, subtype: 'message_changed' }, 'UBOT')).toBe(false);
    expect(isQuestionToAnswer({ ...dm, channel_type: 'channel' }, 'UBOT')).toBe(false);
    expect(isQuestionToAnswer({ ...dm, text: ' ' }, 'UBOT')).toBe(false);
  });
});

import type { DigestRequest } from '../../../src/digest/service';
import { SLACK } from '../../../src/messages';
import { RateLimiter } from '../../../src/slack/guards';
import { postDigest } from '../../../src/slack/listeners/actions/postDigest';
import { shareAnswer } from '../../../src/slack/listeners/actions/shareAnswer';
import { FERRY_QUOTE, ferryArchive } from '../../support/ferry';
import { servicesFor } from '../../support/services';
import { blocksText, fakeDeps, recorder } from './fakes';

async function press(
  listener: ReturnType<typeof shareAnswer>,
  value: string,
  user = 'U1',
  messageTs = '1.0001',
) {
  const r = recorder();
  await listener({
    ack: r.fn('ack'),
    respond: r.fn('respond'),
    body: { user: { id: user }, channel: { id: 'C1' }, container: { message_ts: messageTs } },
    action: { type: 'button', value },
  } as never);
  return r.calls;
}

describe('Share in channel', () => {
  it('acks, looks the command up again and posts it in the channel, signed, without another Share button', async () => {
    const { deps } = fakeDeps();
    const calls = await press(shareAnswer(deps), JSON.stringify({ c: '/whosaid', q: FERRY_QUOTE }));
    expect(calls.map((c) => c.name)).toEqual(['ack', 'respond']);
    const posted = calls[1]?.args;
    expect(posted).toMatchObject({ response_type: 'in_channel', replace_original: false });
    expect(blocksText(posted)).toContain('*Mara Voss*');
    expect(blocksText(posted)).toContain(SLACK.sharedBy('U1'));
    expect(blocksText(posted)).not.toContain(SLACK.shareActionId);
  });

  it('posts nothing for a command it does not know, or one with its own button, and logs a broken value', async () => {
    const { deps, logs } = fakeDeps();
    expect(
      (await press(shareAnswer(deps), JSON.stringify({ c: '/nope', q: 'x' }))).map((c) => c.name),
    ).toEqual(['ack']);
    expect(
      (await press(shareAnswer(deps), JSON.stringify({ c: '/digest', q: '' }))).map((c) => c.name),
    ).toEqual(['ack']);
    expect((await press(shareAnswer(deps), '{not json')).map((c) => c.name)).toEqual(['ack']);
    expect(logs.some((l) => l.includes('share failed'))).toBe(true);
    expect(deps.inFlight.receivedCount).toBe(3);
  });

  it('posts an answer once: a second click, by anyone, is told it was already posted', async () => {
    const { deps } = fakeDeps();
    const value = JSON.stringify({ c: '/whosaid', q: FERRY_QUOTE });
    const first = await press(shareAnswer(deps), value, 'U1');
    const again = await press(shareAnswer(deps), value, 'U2');
    expect(first.map((c) => c.args.response_type)).toEqual([undefined, 'in_channel']);
    expect(again.map((c) => c.name)).toEqual(['ack', 'respond']);
    expect(again[1]?.args).toMatchObject({ response_type: 'ephemeral', text: SLACK.alreadyPosted });
    const other = await press(shareAnswer(deps), value, 'U1', '1.0002');
    expect(other[1]?.args).toMatchObject({ response_type: 'in_channel' });
  });

  it('counts clicks against the rate limit', async () => {
    const { deps } = fakeDeps({ rateLimiter: new RateLimiter(0) });
    const calls = await press(shareAnswer(deps), JSON.stringify({ c: '/whosaid', q: FERRY_QUOTE }));
    expect(calls[1]?.args).toMatchObject({ response_type: 'ephemeral' });
    expect(calls[1]?.args.text).toBe(SLACK.slowDown(60));
  });

  it('does not sign with something that is not a user id', async () => {
    const { deps } = fakeDeps();
    const calls = await press(
      shareAnswer(deps),
      JSON.stringify({ c: '/whosaid', q: FERRY_QUOTE }),
      '<!channel>',
    );
    expect(blocksText(calls[1]?.args)).not.toContain('Shared by');
  });
});

describe('Post to channel (digest)', () => {
  it('posts the digest of the previewed window for everyone', async () => {
    const asked: DigestRequest[] = [];
    const base = servicesFor(ferryArchive());
    const services = servicesFor(ferryArchive(), {
      digest: (request) => {
        asked.push(request);
        return base.digest(request);
      },
    });
    const { deps } = fakeDeps({}, services);
    const calls = await press(postDigest(deps), JSON.stringify({ since: '2025-03-10', until: '2025-03-12' }));
    expect(asked).toEqual([{ since: '2025-03-10', until: '2025-03-12' }]);
    expect(calls[1]?.args).toMatchObject({ response_type: 'in_channel' });
    expect(blocksText(calls[1]?.args)).toContain('newsdesk digest · 2025-03-12');
  });

  it('posts nothing while the archive loads', async () => {
    const { deps } = fakeDeps({}, null);
    expect((await press(postDigest(deps), '{}')).map((c) => c.name)).toEqual(['ack']);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Digest } from '../../src/digest/compose';
import { DigestLedger, LEDGER_FILE, ledgerKey } from '../../src/digest/ledger';
import { type PublishOptions, publishDigest } from '../../src/digest/publish';
import { createMemoryLogger } from '../../src/logger';
import { type FakeChannel, fakeChannel } from '../support/channel';
import { tempDir } from '../support/tmp';

const DIGEST: Digest = {
  since: '2025-08-14',
  until: '2025-08-15',
  stories: [
    {
      headline: 'Attack plans',
      summary: 'A directive was signed.',
      outlets: [],
      articles: [],
      quotes: [],
      rules: [],
    },
  ],
  mostQuoted: [],
  undated: [],
};

const KEY = ledgerKey('C1', '2025-08-15');
const immediate = async () => undefined;

function options(dataDir: string, channel: FakeChannel, over: Partial<PublishOptions> = {}) {
  const logger = createMemoryLogger();
  const now = () => new Date('2025-08-15T08:00:00Z');
  const o: PublishOptions = {
    ledger: new DigestLedger(dataDir, logger, now),
    poster: channel.poster,
    logger,
    channel: 'C1',
    day: '2025-08-15',
    digest: DIGEST,
    render: (d, marker) => ({ text: `${marker}: ${d.stories.length}`, blocks: [] }),
    whenEmpty: 'note',
    now,
    backoff: immediate,
    ...over,
  };
  return { o, lines: logger.lines };
}

/** A claim written as a process that stopped before posting would have left it. */
function leftClaim(dir: string, claimedAt: string): void {
  const entries = { [KEY]: { state: 'claimed', claimedAt, since: DIGEST.since, until: DIGEST.until } };
  writeFileSync(join(dir, LEDGER_FILE), JSON.stringify({ entries }));
}

describe('publishDigest', () => {
  it('posts once, with its key in the message; a second run posts nothing and says so', async () => {
    const dir = tempDir();
    const channel = fakeChannel();
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({ posted: true, reason: 'posted' });
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({
      posted: false,
      reason: 'already-posted',
    });
    expect(channel.messages).toEqual([
      expect.objectContaining({ key: KEY, text: 'newsdesk digest · 2025-08-15: 1' }),
    ]);
  });

  it('after a crash between claim and post: finds the digest in the channel and does not post again', async () => {
    const dir = tempDir();
    leftClaim(dir, '2025-08-15T07:00:00.000Z');
    const channel = fakeChannel();
    channel.seed('C1', KEY, 'newsdesk digest · 2025-08-15: 1');
    expect(await publishDigest(options(dir, channel).o)).toEqual({ posted: false, reason: 'recovered' });
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({ reason: 'already-posted' });
    expect(channel.messages).toHaveLength(1);
  });

  it('after a crash between claim and post: posts once when the channel does not have it', async () => {
    const dir = tempDir();
    leftClaim(dir, '2025-08-15T07:00:00.000Z');
    const channel = fakeChannel();
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({ posted: true });
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({
      posted: false,
      reason: 'already-posted',
    });
    expect(channel.messages).toHaveLength(1);
  });

  it('leaves a fresh claim alone: another process may be posting it this minute', async () => {
    const dir = tempDir();
    leftClaim(dir, '2025-08-15T07:59:50.000Z');
    const channel = fakeChannel();
    expect(await publishDigest(options(dir, channel).o)).toEqual({ posted: false, reason: 'in-progress' });
    expect(channel.messages).toEqual([]);
  });

  it('posts once when Slack took the post but the response was lost', async () => {
    const dir = tempDir();
    const channel = fakeChannel();
    channel.loseNextResponse();
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({ posted: true });
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({ reason: 'already-posted' });
    expect(channel.messages).toHaveLength(1);
  });

  it('tries a failed post again, and after the last failure leaves the claim for the next run', async () => {
    const dir = tempDir();
    const channel = fakeChannel();
    channel.failNext();
    expect(await publishDigest(options(dir, channel).o)).toMatchObject({ posted: true });
    expect(channel.messages).toHaveLength(1);
    const down = fakeChannel();
    for (let i = 0; i < 3; i++) down.failNext();
    const other = tempDir();
    expect(await publishDigest(options(other, down).o)).toMatchObject({ posted: false, reason: 'failed' });
    const later = () => new Date('2025-08-15T08:05:00Z');
    expect(await publishDigest(options(other, down, { now: later }).o)).toMatchObject({ posted: true });
    expect(down.messages).toHaveLength(1);
  });

  it('two processes at once post once', async () => {
    const dir = tempDir();
    const channel = fakeChannel();
    const outcomes = await Promise.all([
      publishDigest(options(dir, channel).o),
      publishDigest(options(dir, channel).o),
    ]);
    expect(outcomes.filter((o) => o.posted)).toHaveLength(1);
    expect(channel.messages).toHaveLength(1);
  });

  it('a day with nothing new posts a one-line note, or nothing when DIGEST_EMPTY is silent', async () => {
    const empty = { ...DIGEST, stories: [] };
    const noted = fakeChannel();
    expect(await publishDigest(options(tempDir(), noted, { digest: empty }).o)).toMatchObject({
      posted: true,
    });
    const silent = fakeChannel();
    const dir = tempDir();
    const run = () => publishDigest(options(dir, silent, { digest: empty, whenEmpty: 'silent' }).o);
    expect(await run()).toEqual({ posted: false, reason: 'nothing-new' });
    expect(await run()).toEqual({ posted: false, reason: 'already-posted' });
    expect(silent.messages).toEqual([]);
  });

  it.each([
    ['not JSON', '{ not json'],
    ['entries as a list', '{"entries": []}'],
    ['an entry with no state', '{"entries": {"C1|2025-08-14": {"claimedAt": "x"}}}'],
  ])(
    'a ledger that is %s stops posting with an error, and is left for someone to fix',
    async (_what, text) => {
      const dir = tempDir();
      writeFileSync(join(dir, LEDGER_FILE), text);
      const channel = fakeChannel();
      for (let i = 0; i < 5; i++) {
        const { o, lines } = options(dir, channel);
        expect(await publishDigest(o)).toMatchObject({ posted: false, reason: 'ledger-unavailable' });
        expect(lines.join('\n')).toMatch(
          /post ledger .* is not valid .* nothing is posted until it is fixed or removed/,
        );
      }
      expect(channel.messages).toEqual([]);
      expect(readFileSync(join(dir, LEDGER_FILE), 'utf8')).toBe(text);
    },
  );

  it('does not post, with an error, when the ledger cannot be written', async () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, 'x');
    const channel = fakeChannel();
    const { o, lines } = options(join(file, 'data'), channel);
    expect(await publishDigest(o)).toMatchObject({ posted: false, reason: 'ledger-unavailable' });
    expect(channel.messages).toEqual([]);
    expect(lines.join('\n')).toMatch(/not posting C1\|2025-08-15 to C1/);
  });
});

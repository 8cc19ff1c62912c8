/**
 * The shared state in PostgreSQL as two instances see it (two pools on one database): the post ledger (the same
 * contract as the data folder's file, then a digest published by two instances at once), per-person rate limits
 * counted in one window, and feedback votes (the last click per person and answer).
 */
import type { Digest } from '../../../src/digest/compose';
import { DigestLedger } from '../../../src/digest/ledger';
import { publishDigest } from '../../../src/digest/publish';
import type { FeedbackVote } from '../../../src/feedback/store';
import { createMemoryLogger } from '../../../src/logger';
import { PostgresFeedbackStore } from '../../../src/store/postgres/feedback';
import { PostgresLedger } from '../../../src/store/postgres/ledger';
import { PostgresRateLimits } from '../../../src/store/postgres/rateLimits';
import { fakeChannel } from '../../support/channel';
import { ledgerContract } from '../../support/ledgerContract';
import { alternatingPools } from '../../support/postgres';

const nextPool = alternatingPools('state_claims, state_rate, feedback_votes');

describe('the post ledger in PostgreSQL', () => {
  ledgerContract(async (now) => new PostgresLedger(nextPool(), 'post', now));

  it('keeps two ledgers apart in the one table', async () => {
    const [digest, post] = [new PostgresLedger(nextPool(), 'digest'), new PostgresLedger(nextPool(), 'post')];
    expect(await digest.claim('C1|2025-08-15')).toEqual({ ok: true });
    expect(await post.claim('C1|2025-08-15')).toEqual({ ok: true });
    await digest.markPosted('C1|2025-08-15', null);
    expect(await post.get('C1|2025-08-15')).toMatchObject({ state: 'claimed' });
  });

  it('two instances publishing the same day digest post it once, and the next window starts after it', async () => {
    const channel = fakeChannel();
    const logger = createMemoryLogger();
    const now = () => new Date('2025-08-15T08:00:00Z');
    const digest: Digest = {
      since: '2025-08-14',
      until: '2025-08-15',
      stories: [],
      mostQuoted: [],
      undated: [],
    };
    const publish = () => {
      const ledger = new DigestLedger(
        '/nonexistent',
        logger,
        now,
        new PostgresLedger(nextPool(), 'digest', now),
      );
      const render = (_: Digest, marker: string) => ({ text: marker, blocks: [] });
      const o = { ledger, poster: channel.poster, logger, channel: 'C1', day: '2025-08-15', digest, render };
      return publishDigest({ ...o, whenEmpty: 'note', now });
    };
    const outcomes = await Promise.all([publish(), publish(), publish()]);
    expect(outcomes.filter((o) => o.posted)).toHaveLength(1);
    expect(channel.messages).toHaveLength(1);
    const ledger = new DigestLedger(
      '/nonexistent',
      logger,
      now,
      new PostgresLedger(nextPool(), 'digest', now),
    );
    expect(await ledger.lastPostedUntil('C1')).toBe('2025-08-15');
    expect(await ledger.lastPostedUntil('C2')).toBeNull();
  });
});

describe('per-person rate limits in PostgreSQL', () => {
  it('counts a person requests on both instances into one window, and lets them ask again after it', async () => {
    const [a, b] = [
      new PostgresRateLimits(nextPool(), 3, 1_500),
      new PostgresRateLimits(nextPool(), 3, 1_500),
    ];
    const waits = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? a : b).check('U1')));
    expect(waits.filter((w) => w === null)).toHaveLength(3);
    expect(waits.filter((w) => w !== null).every((w) => w === 1 || w === 2)).toBe(true);
    expect(await a.check('U2')).toBeNull();
    await new Promise((r) => setTimeout(r, 1_600));
    expect(await b.check('U1')).toBeNull();
  });

  it('refuses everyone with a limit of 0', async () => {
    expect(await new PostgresRateLimits(nextPool(), 0, 60_000).check('U1')).toBe(60);
  });
});

const vote = (over: Partial<FeedbackVote> = {}): FeedbackVote => ({
  answerId: 'a1',
  command: 'whosaid',
  question: 'the tram will stop at the harbour',
  kind: 'whosaid',
  articleIds: ['tram'],
  indexVersion: 'v1',
  user: 'U1',
  vote: 'up',
  reason: null,
  at: '2025-03-12T10:00:00.000Z',
  ...over,
});

describe('feedback votes in PostgreSQL', () => {
  it('keeps the last vote per person and answer, from either instance, and its reason', async () => {
    const [a, b] = [new PostgresFeedbackStore(nextPool()), new PostgresFeedbackStore(nextPool())];
    await a.record(vote());
    await b.record(vote({ vote: 'down', at: '2025-03-12T10:01:00.000Z' }));
    await a.record(vote({ user: 'U2' }));
    await b.record(vote({ answerId: 'a2', at: '2025-03-14T09:00:00.000Z' }));
    expect(await a.giveReason('a1', 'U1', 'wrong-speaker', '2025-03-12T10:02:00.000Z')).toBe(true);
    expect(await b.giveReason('a1', 'U9', 'wrong-date', '2025-03-12T10:02:00.000Z')).toBe(false);
    const votes = await b.votes();
    expect(votes).toHaveLength(3);
    expect(votes.find((v) => v.user === 'U1' && v.answerId === 'a1')).toMatchObject({
      vote: 'down',
      reason: 'wrong-speaker',
      question: 'the tram will stop at the harbour',
      at: '2025-03-12T10:02:00.000Z',
    });
    expect((await a.votes('2025-03-13')).map((v) => v.answerId)).toEqual(['a2']);
  });
});

import { FileFeedbackStore } from '../../src/feedback/fileStore';
import { countVotes, type FeedbackVote } from '../../src/feedback/store';
import { tempDir } from '../support/tmp';

const vote = (over: Partial<FeedbackVote> = {}): FeedbackVote => ({
  answerId: 'a1',
  command: 'whosaid',
  question: 'the ferry will run until midnight',
  kind: 'whosaid',
  articleIds: ['ferry'],
  indexVersion: 'v1',
  user: 'U1',
  vote: 'up',
  reason: null,
  at: '2025-03-12T10:00:00.000Z',
  ...over,
});

describe('the file feedback store', () => {
  it('counts one vote per person and answer: the last click', async () => {
    const store = new FileFeedbackStore(tempDir());
    await store.record(vote());
    await store.record(vote({ vote: 'down', at: '2025-03-12T10:01:00.000Z' }));
    await store.record(vote({ user: 'U2' }));
    await store.record(vote({ answerId: 'a2', at: '2025-03-14T09:00:00.000Z' }));
    const votes = await store.votes();
    expect(votes).toHaveLength(3);
    expect(votes.find((v) => v.user === 'U1' && v.answerId === 'a1')?.vote).toBe('down');
    expect(countVotes(votes)).toMatchObject({ up: 2, down: 1, byKind: { whosaid: { up: 2, down: 1 } } });
    expect(await store.votes('2025-03-13')).toHaveLength(1);
  });

  it('adds a reason to a vote already cast, and to no other', async () => {
    const store = new FileFeedbackStore(tempDir());
    await store.record(vote({ vote: 'down' }));
    expect(await store.giveReason('a1', 'U1', 'wrong-speaker', '2025-03-12T10:02:00.000Z')).toBe(true);
    expect(await store.giveReason('a1', 'U9', 'wrong-date', '2025-03-12T10:02:00.000Z')).toBe(false);
    const votes = await store.votes();
    expect(votes).toEqual([expect.objectContaining({ user: 'U1', vote: 'down', reason: 'wrong-speaker' })]);
    expect(countVotes(votes).reasons).toEqual({ 'wrong-speaker': 1 });
  });

  it('reads nothing from a folder with no feedback yet', async () => {
    expect(await new FileFeedbackStore(tempDir()).votes()).toEqual([]);
  });
});

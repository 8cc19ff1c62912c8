import { FileFeedbackStore } from '../../../src/feedback/fileStore';
import { SLACK } from '../../../src/messages';
import { feedbackBlocks } from '../../../src/slack/listeners/events/appHomeOpened';
import { tempDir } from '../../support/tmp';

const config = { digestChannel: null, digestCron: '0 8 * * *', digestTz: 'UTC', adminUsers: ['UADMIN'] };

describe("App Home's feedback counts", () => {
  it("shows the week's votes to admins only", async () => {
    const feedback = new FileFeedbackStore(tempDir());
    const base = {
      command: 'whosaid',
      question: 'q',
      kind: 'whosaid',
      articleIds: [],
      indexVersion: 'v',
      reason: null,
    };
    await feedback.record({ ...base, answerId: 'a', user: 'U1', vote: 'up', at: '2025-03-10T09:00:00Z' });
    await feedback.record({ ...base, answerId: 'b', user: 'U1', vote: 'down', at: '2025-03-11T09:00:00Z' });
    await feedback.giveReason('b', 'U1', 'wrong-date', '2025-03-11T09:01:00Z');
    await feedback.record({ ...base, answerId: 'c', user: 'U2', vote: 'down', at: '2025-02-01T09:00:00Z' });
    const now = new Date('2025-03-12T12:00:00Z');
    const admin = JSON.stringify(await feedbackBlocks({ config, feedback }, 'UADMIN', now));
    expect(admin).toContain(SLACK.homeFeedback(1, 1, 'Wrong date 1'));
    expect(await feedbackBlocks({ config, feedback }, 'U1', now)).toEqual([]);
  });
});

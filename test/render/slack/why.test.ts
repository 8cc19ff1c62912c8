import { SLACK } from '../../../src/messages';
import { evidenceOf, highlight, whyMessage } from '../../../src/render/slack/why';
import * as make from '../../support/answers';

describe('"Why this answer?"', () => {
  it('bolds the words a passage shares with the question, by index term (runs matches running)', () => {
    const lit = highlight('The ferry runs until midnight, said the treasurer.', 'is the ferry running');
    expect(lit.mrkdwn).toBe('The *ferry* *runs* until midnight, said the treasurer.');
    expect(lit.matched).toEqual(['ferry', 'runs']);
  });

  it('finds every cited passage once, with the score or match kind the answer gives it', () => {
    const search = evidenceOf(make.search(3));
    expect(search).toHaveLength(3);
    expect(search[0]?.score).toBeDefined();
    const who = evidenceOf(make.whoSaid());
    expect(who[0]?.match).toBe('exact');
  });

  it('states the question, filters, intent and index version, the same way every time', () => {
    const input = {
      command: 'search',
      words: 'ferry midnight',
      filters: [{ name: 'since' as const, typed: 'Aug 1', value: '2025-08-01' }],
      intent: 'search',
      answer: make.search(2),
      indexVersion: 'v-test',
    };
    const m = whyMessage(input);
    const json = JSON.stringify(m.blocks);
    expect(json).toContain(SLACK.whyFilters('since:2025-08-01'));
    expect(json).toContain(SLACK.whyIndex('v-test'));
    expect(json).toContain('*ferry*');
    expect(whyMessage(input)).toEqual(m);
  });
});

import type { Citation } from '../../../src/answers/citation';
import { WATCH } from '../../../src/messages';
import { quoteBlock } from '../../../src/render/slack/blocks';
import { citationLine } from '../../../src/render/slack/renderAnswers';
import { watchAlertMessage, watchListText, watchReplyMessage } from '../../../src/render/slack/renderWatch';
import { newWatch } from '../../../src/watch/watches';

const citation: Citation = {
  articleId: 'ledger/2025-08-15-bank',
  title: 'Bank chief resigns',
  outlet: 'The Riverton Ledger',
  published: '2025-08-15',
  url: 'https://ledger.example/bank',
  paragraph: 2,
  passage: "Wells Fargo's chief executive resigned on Tuesday after the board met.",
};

describe('a watch alert', () => {
  it('names the topic and the article (linked), quotes the passage verbatim, and cites it like every answer', () => {
    const m = watchAlertMessage({ topic: 'Wells Fargo' }, { articleId: citation.articleId, citation });
    expect(m.blocks).toEqual([
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '*New article on “Wells Fargo”:* <https://ledger.example/bank|Bank chief resigns>',
        },
      },
      quoteBlock(citation.passage),
      { type: 'context', elements: [{ type: 'mrkdwn', text: citationLine(citation) }] },
    ]);
    expect(citationLine(citation)).toContain('paragraph 2');
    expect(m.text).toBe('New article on “Wells Fargo”: Bank chief resigns (The Riverton Ledger)');
  });

  it('escapes the topic and the article text, and says untitled when there is no title or link', () => {
    const bare = { ...citation, title: null, url: null, passage: 'Ask <!channel> about <@U1>.' };
    const m = watchAlertMessage({ topic: '<!here> R&D' }, { articleId: bare.articleId, citation: bare });
    const json = JSON.stringify(m.blocks);
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<!here>');
    expect(json).toContain('&lt;!here&gt; R&amp;D');
    expect(json).toContain(WATCH.untitled);
    expect(m.text).not.toContain('<!here>');
  });
});

describe('the replies to /watch and /unwatch', () => {
  it('lists the channel watches with who made them and since when', () => {
    const w = newWatch('C1', 'Wells Fargo', 'U7', new Date('2025-08-15T08:00:00Z'));
    expect(watchListText([w])).toBe(
      [WATCH.listHeading(1), '• “Wells Fargo”, since Fri 15 Aug 2025, by <@U7>'].join('\n'),
    );
    expect(watchListText([])).toBe(WATCH.none);
  });

  it('names the topic in the confirmation, and the limit when full', () => {
    const added = watchReplyMessage({ kind: 'added', topic: 'Wells Fargo' });
    expect(added.text).toContain('“Wells Fargo”');
    expect(added.text).toContain('/unwatch Wells Fargo');
    expect(watchReplyMessage({ kind: 'full', max: 20 }).text).toContain('20 topics');
    expect(watchReplyMessage({ kind: 'usage', max: 20 }).text).toContain('/watch stop <topic>');
    expect(watchReplyMessage({ kind: 'exists', topic: '<b>' }).text).toContain('&lt;b&gt;');
  });
});

import {
  type Block,
  context,
  fitBlocks,
  MAX_BLOCKS,
  MAX_SECTION_CHARS,
  MAX_TOTAL_CHARS,
  quoteBlock,
  section,
} from '../../../src/render/slack/blocks';

describe('fitBlocks', () => {
  it('keeps every item when they fit', () => {
    const blocks = fitBlocks([section('head')], [[section('a')], [section('b')]], [context('tail')]);
    expect(blocks.map((b) => (b.text as { text: string } | undefined)?.text ?? 'tail')).toEqual([
      'head',
      'a',
      'b',
      'tail',
    ]);
  });

  it('cuts at 50 blocks, saying how many were left out, and keeps the tail', () => {
    const items: Block[][] = Array.from({ length: 60 }, (_, i) => [
      section(`passage ${i}`),
      context(`source ${i}`),
    ]);
    const blocks = fitBlocks([section('head')], items, [context('tail')]);
    expect(blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(JSON.stringify(blocks)).toMatch(/…and 37 more not shown\./);
    expect(blocks.at(-1)).toEqual(context('tail'));
  });

  it('cuts at about 12,000 characters in all, and 3,000 in a section', () => {
    const long = 'x'.repeat(5000);
    expect((section(long).text as { text: string }).text.length).toBe(MAX_SECTION_CHARS);
    const items = Array.from({ length: 10 }, () => [section(long)]);
    expect(JSON.stringify(fitBlocks([], items)).length).toBeLessThanOrEqual(MAX_TOTAL_CHARS);
  });
});

describe('quoteBlock', () => {
  it("is Slack's rich-text quote for ordinary words", () => {
    expect(quoteBlock('The ferry will run until midnight.')).toEqual({
      type: 'rich_text',
      elements: [
        { type: 'rich_text_quote', elements: [{ type: 'text', text: 'The ferry will run until midnight.' }] },
      ],
    });
  });
  it('is an escaped mrkdwn quote when the words carry Slack syntax, so nothing pings or links', () => {
    const json = JSON.stringify(quoteBlock('Tell <!channel> to <http://evil.example|click>'));
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
  });
});

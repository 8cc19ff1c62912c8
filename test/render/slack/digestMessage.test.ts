import type { Citation } from '../../../src/answers/citation';
import type { Digest } from '../../../src/digest/compose';
import { digestMessage } from '../../../src/render/slack/renderAnswers';

const cite = (articleId: string, outlet: string, title: string): Citation => ({
  articleId,
  title,
  outlet,
  published: '2025-03-07',
  url: `https://example.com/${articleId}`,
  paragraph: 1,
  passage: 'A fire destroyed the Hollis Street mill on Thursday night, fire officials said.',
});

const DIGEST: Digest = {
  since: '2025-03-07',
  until: '2025-03-07',
  stories: [
    {
      headline: 'Fire destroys Hollis Street mill',
      summary: 'A fire destroyed the Hollis Street mill on Thursday night, fire officials said.',
      outlets: ['Riverton Channel 9', 'Ohio Wire'],
      articles: [
        cite('mill-report', 'Riverton Channel 9', 'Fire destroys Hollis Street mill'),
        cite('mill-wire', 'Ohio Wire', 'Fire destroys Hollis Street mill'),
      ],
      quotes: [
        {
          speaker: 'Rosa Ibarra',
          role: 'the Riverton fire chief',
          quote: '“Nobody was inside the mill when the fire started.”',
          citation: cite('mill-wire', 'Ohio Wire', 'Fire destroys Hollis Street mill'),
        },
      ],
      rules: [],
    },
    {
      headline: 'Dunmore bridge reopens',
      summary: 'The Dunmore bridge reopened to traffic on Friday after two years of repairs.',
      outlets: ['Dunmore Courier'],
      articles: [cite('bridge', 'Dunmore Courier', 'Dunmore bridge reopens')],
      quotes: [],
      rules: [],
    },
  ],
  mostQuoted: [{ speaker: 'Rosa Ibarra', count: 2 }],
  undated: [cite('about-us', 'Riverton Ledger', 'About our newsroom')],
};

describe('digestMessage', () => {
  const message = digestMessage(DIGEST, 'newsdesk digest · 2025-03-07');
  const json = JSON.stringify(message.blocks);

  it('puts a divider before each story and the closing line', () => {
    const types = message.blocks.map((b) => b.type);
    expect(types.filter((t) => t === 'divider')).toHaveLength(DIGEST.stories.length + 2);
    expect(types[1]).toBe('divider');
  });

  it('prints each headline once, lists the outlets, and the quote with its speaker and role', () => {
    expect(json.split('Fire destroys Hollis Street mill')).toHaveLength(2);
    expect(json).toContain('Carried by 2 outlets:');
    expect(json).toContain('<https://example.com/mill-wire|Ohio Wire> · Fri 7 Mar 2025');
    expect(json).toContain('*Rosa Ibarra*, the Riverton fire chief, said:');
    expect(json).toContain('> “Nobody was inside the mill when the fire started.”');
  });

  it('lists undated articles apart', () => {
    expect(json).toContain('*Undated*');
    expect(json).toContain('<https://example.com/about-us|About our newsroom> (Riverton Ledger)');
  });
});

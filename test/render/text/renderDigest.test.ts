import type { Digest } from '../../../src/digest/compose';
import { renderDigestText } from '../../../src/render/text/renderDigest';

const citation = {
  articleId: 'mill-wire',
  title: 'Fire destroys Hollis Street mill',
  outlet: 'Ohio Wire',
  published: '2025-03-07',
  url: null,
  paragraph: 2,
  passage: '“Nobody was inside the mill when the fire started.”',
};

const DIGEST: Digest = {
  since: '2025-03-07',
  until: '2025-03-07',
  stories: [
    {
      headline: 'Fire destroys Hollis Street mill',
      summary: 'A fire destroyed the Hollis Street mill on Thursday night, fire officials said.',
      outlets: ['Ohio Wire'],
      articles: [citation],
      quotes: [{ speaker: 'Rosa Ibarra', role: 'the fire chief', quote: citation.passage, citation }],
      rules: [],
    },
  ],
  mostQuoted: [{ speaker: 'Rosa Ibarra', count: 1 }],
  undated: [{ ...citation, articleId: 'about', title: 'About our newsroom', published: null }],
};

describe('renderDigestText', () => {
  const text = renderDigestText(DIGEST);

  it('gives the headline once, the outlets, the quote with its speaker', () => {
    expect(text.split('Fire destroys Hollis Street mill')).toHaveLength(2);
    expect(text).toContain('Carried by Ohio Wire (1 article)');
    expect(text).toContain(
      'Rosa Ibarra, the fire chief, said: “Nobody was inside the mill when the fire started.”',
    );
  });

  it('lists undated articles on a line of their own', () => {
    expect(text).toMatch(
      /\nUndated \(indexed in this window, not counted as its news\): About our newsroom \(Ohio Wire\)/,
    );
  });
});

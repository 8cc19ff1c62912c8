import { textOfLine } from '../../../src/search/stores/articleStore';
import { archiveOf } from '../../support/archive';
import { articleFrom } from '../../support/article';

describe('textOfLine: the article text cut from its stored line', () => {
  const record = (title: string, text: string) => ({
    article: { id: 'a1', title, outlet: 'The Gazette', authors: ['Ann "Nan" Lee'], text, bodyStart: 0 },
    dates: [{ text: 'Monday', value: '2024-06-03', start: 0, end: 6 }],
    people: [],
  });

  it.each([
    ['plain', 'The mayor resigned on Monday.'],
    ['quotes, backslashes, new lines', 'He said: "It is over."\n\nA path: C:\\temp\\\\x, then a tab\there.'],
    ['non-ASCII and a lone quote', 'Señora Núñez wrote “déjà vu” — and \\" a stray escape.'],
  ])('gives the text as stored (%s)', (_, text) => {
    expect(textOfLine(JSON.stringify(record('A title', text)))).toBe(text);
  });

  it('is not fooled by a title that spells the key', () => {
    const line = JSON.stringify(record('Quoting ,"text":" in a headline', 'The body.'));
    expect(textOfLine(line)).toBe('The body.');
  });

  it('gives up on a line of another shape', () => {
    expect(textOfLine(JSON.stringify({ dates: [{ id: 'x', text: 'Monday' }] }))).toBeUndefined();
  });
});

describe('ArticleStore.text', () => {
  it('is the text of the stored article', async () => {
    const body = 'Wells Fargo settled the case on Monday.\n\nThe "settlement" was large.';
    const archive = archiveOf(articleFrom(body, { id: 'bank', published: '2024-06-07' }));
    const stored = archive.passages.store;
    expect(stored.text('bank')).toBe((await archive.article('bank'))?.text);
    expect(stored.text('missing')).toBeUndefined();
  });
});

import { MAX_PASSAGE_CHARS } from '../../src/indexing/passages';
import { watchHits } from '../../src/watch/match';
import { archiveOf } from '../support/archive';
import { articleFrom } from '../support/article';

const bank = articleFrom(
  [
    'Shareholders met in Charlotte on Monday for the annual meeting.',
    '',
    "Wells Fargo's chief executive resigned on Tuesday after the board met.",
    '',
    'Wells Fargo said a successor would be named within weeks.',
  ].join('\n'),
  { id: 'bank', title: 'Bank chief resigns', published: '2025-08-12' },
);
const farm = articleFrom(
  [
    'The well was dug near Fargo last spring, farmers said.',
    '',
    'By August the wells were dry and the county sent water trucks.',
  ].join('\n'),
  { id: 'farm', title: 'Dry summer on the plains', published: '2025-08-13' },
);
const trade = articleFrom(
  ['Farmers said the trade wars of the decade had hurt soybean prices.', '', 'Exports fell again.'].join(
    '\n',
  ),
  { id: 'trade', title: 'Soybean exports fall', published: '2025-08-14' },
);

const archive = archiveOf(bank, farm, trade);
const all = ['bank', 'farm', 'trade'];

describe('which new articles a watch alerts for', () => {
  it('matches a name as written, never the common word it stems to', async () => {
    const hits = await watchHits(archive, 'Wells Fargo', all);
    expect(hits.map((h) => h.articleId)).toEqual(['bank']);
    expect((await watchHits(archive, 'Wells', all)).map((h) => h.articleId)).toEqual(['bank']);
  });

  it('quotes the first paragraph that names the topic, verbatim, cited with its number', async () => {
    const [hit] = await watchHits(archive, 'Wells Fargo', all);
    expect(hit?.citation).toMatchObject({
      articleId: 'bank',
      title: 'Bank chief resigns',
      outlet: 'The Riverton Ledger',
      published: '2025-08-12',
      paragraph: 2,
      passage: "Wells Fargo's chief executive resigned on Tuesday after the board met.",
    });
  });

  it('matches a lower-case phrase in any case, its last word singular or plural', async () => {
    expect((await watchHits(archive, 'trade war', all)).map((h) => h.articleId)).toEqual(['trade']);
    expect(await watchHits(archive, 'war on trade', all)).toEqual([]);
  });

  it('looks only at the articles it is given', async () => {
    expect(await watchHits(archive, 'Wells Fargo', ['farm', 'trade'])).toEqual([]);
    expect(await watchHits(archive, 'Wells Fargo', [])).toEqual([]);
  });

  it('quotes the sentence that names the topic when its paragraph is longer than a passage', async () => {
    const filler = 'The council heard from residents about parking, the library and the roads. '.repeat(20);
    const naming = 'Wells Fargo will keep its branch open until June.';
    const long = articleFrom(`${filler}${naming} ${filler}`, { id: 'long', title: 'Council notes' });
    expect(long.paragraphs[0]?.end).toBeGreaterThan(MAX_PASSAGE_CHARS);
    const [hit] = await watchHits(archiveOf(long), 'Wells Fargo', ['long']);
    expect(hit?.citation).toMatchObject({ paragraph: 1, passage: naming });
  });

  it('finds a new article about a topic the archive is full of (not only the best-scored passages)', async () => {
    const paragraphs = (n: number) =>
      Array.from({ length: 6 }, (_, i) => `Wells Fargo Wells Fargo report ${n}-${i} on Wells Fargo.`).join(
        '\n\n',
      );
    const many = Array.from({ length: 400 }, (_, n) => articleFrom(paragraphs(n), { id: `bank-${n}` }));
    const quiet = articleFrom(
      `${'A long note on the weather, the roads and the schools of the county this week. '.repeat(12)}A branch of Wells Fargo closed.`,
      { id: 'quiet' },
    );
    const full = archiveOf(...many, quiet);
    const hits = await watchHits(full, 'Wells Fargo', ['quiet']);
    expect(hits.map((h) => h.articleId)).toEqual(['quiet']);
  }, 60_000);
});

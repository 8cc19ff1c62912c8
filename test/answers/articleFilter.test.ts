import { createAnswers } from '../../src/answers/answers';
import { filteredReader, matchesFilter, namesMatch } from '../../src/answers/articleFilter';
import { parseArticle } from '../../src/corpus/parseArticle';
import type { Article } from '../../src/corpus/types';
import { archiveOf } from '../support/archive';

function story(id: string, outlet: string, author: string, published: string, body: string): Article {
  const front = `---\ntitle: "${id}"\noutlet: "${outlet}"\nauthors: ["${author}"]\npublished: ${published}\n---\n\n`;
  return parseArticle({ id, file: `${id}.md`, text: `${front}${body}` }).article;
}

const ledger = story(
  'ledger-bridge',
  'The Riverton Ledger',
  'Ada Okafor',
  '2025-07-20',
  '“The bridge will reopen before the harvest,” said Tomas Lund, the county engineer.',
);
const courier = story(
  'courier-bridge',
  'Hill Courier',
  'Ben Sato',
  '2025-08-05',
  '“The bridge will reopen before the harvest,” said Tomas Lund, the county engineer, again.',
);

describe('article filters', () => {
  it('match outlets and authors by whole words in any case, and dates by publication day', () => {
    expect(namesMatch('The Riverton Ledger', 'riverton ledger')).toBe(true);
    expect(namesMatch('The Riverton Ledger', 'river')).toBe(false);
    expect(matchesFilter(ledger, { since: '2025-08-01' })).toBe(false);
    expect(matchesFilter(courier, { since: '2025-08-01', by: 'sato' })).toBe(true);
    expect(matchesFilter({ ...courier, published: null }, { until: '2025-12-31' })).toBe(false);
  });

  it('the filtered archive gives passages and quotes of the matching articles only', async () => {
    const archive = archiveOf(ledger, courier);
    const reader = filteredReader(archive, { outlet: 'Hill Courier' });
    const hits = await reader.searchPassages('bridge harvest', { limit: 5 });
    expect(hits.map((h) => h.article.id)).toEqual(['courier-bridge']);
    const quotes = await reader.searchQuotes('bridge will reopen', 5);
    expect(new Set(quotes.map((q) => q.articleId))).toEqual(new Set(['courier-bridge']));
    expect((await reader.articleMetas()).map((m) => m.id)).toEqual(['courier-bridge']);
    expect(await reader.article('ledger-bridge')).toBeUndefined();
  });

  it('the engine applies a filter itself when asked', async () => {
    const archive = archiveOf(ledger, courier);
    const hits = await archive.searchPassages('bridge harvest', {
      limit: 1,
      filter: { until: '2025-07-31' },
    });
    expect(hits.map((h) => h.article.id)).toEqual(['ledger-bridge']);
    const quotes = await archive.searchQuotes('bridge will reopen', 5, { by: 'Ada Okafor' });
    expect(quotes.map((q) => q.articleId)).toEqual(['ledger-bridge']);
  });

  it('who-said over a filtered archive cites only the articles let through', async () => {
    const answers = createAnswers(filteredReader(archiveOf(ledger, courier), { since: '2025-08-01' }));
    const result = await answers.whosaid('the bridge will reopen before the harvest');
    if (!result.ok || !result.answer.found) throw new Error('not found');
    expect(result.answer.attributions.map((a) => a.citation.articleId)).toEqual(['courier-bridge']);
  });
});

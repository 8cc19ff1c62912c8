import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Answers } from '../../src/answers/answers';
import { SEED_CORPUS } from '../support/cli';
import { okAnswer, seedAnswers } from '../support/seedArchive';

let search: Answers['search'];

beforeAll(async () => {
  search = (await seedAnswers()).search;
});

const answer = (query: string) => okAnswer(search(query));

describe('search over the seed corpus', () => {
  it('puts the Rolling Stone paragraph on the Treasury sanctions over CJNG timeshare fraud first, verbatim', async () => {
    const [first] = (await answer('timeshare fraud')).hits;
    const raw = readFileSync(join(SEED_CORPUS, 'rollingstone-attack-plans-mexico.txt'), 'utf8');
    expect(first?.citation).toMatchObject({
      articleId: 'rollingstone-attack-plans-mexico',
      outlet: 'Rolling Stone',
      published: '2025-08-14',
      title: 'Team Trump Is Actually Drawing Up Attack Plans for Mexico',
      url: 'https://au.rollingstone.com/?p=81820',
      paragraph: 25,
    });
    expect(first?.citation.passage).toMatch(/^One of the six designated cartels, CJNG/);
    expect(first?.citation.passage).toContain(
      'sanctioned four individuals and 13 companies in Mexico for timeshare fraud',
    );
    expect(raw).toContain(first?.citation.passage);
  });

  it.each([
    'Love Music',
    'Fear of ICE Raids Keeps Thousands of Latino Kids',
    'Get your daily dose',
    'Total Views',
  ])('finds nothing for page furniture: %s', async (query) => {
    expect((await answer(query)).hits).toEqual([]);
  });

  it('numbers paragraphs over the cleaned body (an article without a date or title still cites)', async () => {
    const [first] = (await answer('most regulation for foreign agents')).hits;
    expect(first?.citation).toMatchObject({
      articleId: 'latintimes-attack-plans-cartels',
      title: null,
      published: null,
      url: null,
      paragraph: 11,
    });
  });

  it('matches an accent-free spelling of a name', async () => {
    expect((await answer('Mica Trevino')).hits[0]?.citation.passage).toContain('Mica Treviño');
  });

  it('refuses an empty or overlong query', async () => {
    expect(await search('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(await search('war '.repeat(400))).toMatchObject({ ok: false, problem: 'too-long' });
  });
});

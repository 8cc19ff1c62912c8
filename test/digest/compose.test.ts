import { createWhoSaid } from '../../src/answers/whosaid';
import type { Digest } from '../../src/digest/compose';
import { DigestDeadlineError, DigestTooLargeError, digestOf } from '../../src/digest/service';
import { archiveOf as archiveWith } from '../support/archive';
import { fixtureArticle } from './fixtures';

const DAY = '2025-03-07';

function archiveOf() {
  const articles: ReturnType<typeof fixtureArticle>[] = [];
  const add = (...args: Parameters<typeof fixtureArticle>) => articles.push(fixtureArticle(...args));
  add(
    {
      id: 'mill-report',
      title: 'Fire destroys Hollis Street mill - Riverton Channel 9 News',
      outlet: 'Riverton Channel 9',
      published: DAY,
    },
    [
      'RIVERTON, Ohio —',
      'A fire destroyed the old Hollis Street textile mill in Riverton on Thursday night, fire officials said.',
      '“We will rebuild the Hollis Street mill before the winter comes,” said Charles E. Tanner, the mill owner.',
      'Firefighters from three towns fought the blaze at the Hollis Street mill for six hours.',
    ].join('\n\n'),
  );
  add(
    { id: 'mill-wire', title: 'Hollis Street mill burns in Riverton', outlet: 'Ohio Wire', published: DAY },
    [
      'Fire gutted the Hollis Street textile mill in Riverton overnight, and firefighters from three towns fought the blaze for six hours.',
      '“We will rebuild the Hollis Street mill before the winter comes,” Chuck Tanner said.',
      '“Nobody was inside the mill when the fire started,” said Rosa Ibarra, the Riverton fire chief.',
    ].join('\n\n'),
  );
  add(
    {
      id: 'mill-column',
      title: 'Opinion: The Hollis Street mill fire was a warning',
      outlet: 'Riverton Ledger',
      published: DAY,
      url: 'https://ledger.example/opinion/mill-fire-warning/',
    },
    'The Hollis Street mill fire in Riverton on Thursday should not surprise anyone who walked past the textile mill. Firefighters from three towns fought the Hollis Street blaze for six hours because the mill had no sprinklers.',
  );
  add(
    {
      id: 'bridge',
      title: 'Dunmore bridge reopens after repairs',
      outlet: 'Dunmore Courier',
      published: '2025-03-06',
    },
    'The Dunmore river bridge reopened to traffic on Wednesday after two years of repairs, county engineers said.',
  );
  add(
    { id: 'undated-note', title: 'About our newsroom', outlet: 'Riverton Ledger' },
    'The Ledger has covered Riverton and its neighbours since 1911, and its reporters live in the towns they cover.',
  );
  return archiveWith(...articles);
}

describe('composeDigest', () => {
  const archive = archiveOf();
  let digest: Digest;
  let mill: Digest['stories'][number] | undefined;
  beforeAll(async () => {
    digest = await digestOf(archive, {
      since: '2025-03-06',
      until: DAY,
      firstIndexed: new Map([['undated-note', DAY]]),
    });
    mill = digest.stories[0];
  });

  it('groups the mill reports and the column, and orders stories by outlets, then recency', () => {
    expect(digest.stories.map((s) => s.articles.map((c) => c.articleId).sort())).toEqual([
      ['mill-column', 'mill-report', 'mill-wire'],
      ['bridge'],
    ]);
  });

  it("heads the story with a news report's title, the site's name taken off, and its first real sentence", () => {
    expect(mill?.headline).toMatch(
      /^(?:Fire destroys Hollis Street mill|Hollis Street mill burns in Riverton)$/,
    );
    expect(mill?.headline).not.toMatch(/Opinion|Channel 9 News/);
    expect(mill?.summary).not.toMatch(/RIVERTON, Ohio —$/);
    expect(mill?.outlets.sort()).toEqual(['Ohio Wire', 'Riverton Channel 9', 'Riverton Ledger']);
  });

  it('quotes each person once, merged by name, with the speaker /whosaid gives', async () => {
    const whoSaid = createWhoSaid({ archive, suggest: async () => [] });
    const speakers = mill?.quotes.map((q) => q.speaker) ?? [];
    expect(speakers.filter((s) => /Tanner/.test(s))).toHaveLength(1);
    expect(speakers).toContain('Rosa Ibarra');
    for (const q of mill?.quotes ?? []) {
      const answer = await whoSaid(q.quote);
      expect(answer.ok && answer.answer.speaker).toBe(q.speaker);
    }
  });

  it('counts the most quoted by person, merged by name', () => {
    const tanner = digest.mostQuoted.find((m) => /Tanner/.test(m.speaker));
    expect(tanner?.count).toBe(2);
    expect(digest.mostQuoted.filter((m) => /Tanner/.test(m.speaker))).toHaveLength(1);
  });

  it('lists an undated article apart, never as the window news', () => {
    expect(digest.undated.map((c) => c.articleId)).toEqual(['undated-note']);
    expect(digest.stories.flatMap((s) => s.articles.map((c) => c.articleId))).not.toContain('undated-note');
  });
});

describe('a digest within bounds', () => {
  const archive = archiveOf();
  const window = { since: '2025-03-06', until: DAY, firstIndexed: new Map<string, string>() };

  it('refuses a window with more articles than it may read, naming both numbers', async () => {
    await expect(digestOf(archive, window, { maxArticles: 2 })).rejects.toThrow(DigestTooLargeError);
    await expect(digestOf(archive, window, { maxArticles: 2 })).rejects.toThrow(
      /holds 4 articles; a digest reads at most 2/,
    );
  });

  it('stops at its deadline', async () => {
    await expect(digestOf(archive, window, { deadlineMs: 0 })).rejects.toThrow(DigestDeadlineError);
  });

  it('gives the event loop back while it composes', async () => {
    let turns = 0;
    let done = false;
    const spin = () => {
      if (done) return;
      turns++;
      setImmediate(spin);
    };
    setImmediate(spin);
    await digestOf(archive, window);
    done = true;
    expect(turns).toBeGreaterThan(3);
  });
});

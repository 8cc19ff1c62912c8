import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerProfile } from '../../src/answers/profile';
import { createMemoryLogger } from '../../src/logger';
import { LiveArchive } from '../../src/search/sync/liveArchive';
import { openCorpusIndex } from '../../src/search/sync/openCorpusIndex';
import { ferryArchive } from '../support/ferry';
import { tempDir } from '../support/tmp';

describe('profile roles come from the people the articles name', () => {
  it('gives titles and appositive noun phrases, never a clause, an age or an honorific', async () => {
    const corpusDir = tempDir();
    writeFileSync(
      join(corpusDir, 'ledger-harbor.md'),
      [
        '---',
        'title: null',
        'outlet: "The Riverton Ledger"',
        'published: 2024-05-01',
        '---',
        '',
        'Deputy Mayor Lena Ortiz, the port authority’s chief negotiator, opened the talks on Monday.',
        '',
        'Lena Ortiz, 56, told The Valley Courier earlier this week that a deal was near.',
        '',
        'Ms. Ortiz said the dockworkers’ union had “moved a long way” since March.',
        '',
      ].join('\n'),
    );
    const { archive } = await openCorpusIndex({
      corpusDir,
      dataDir: tempDir(),
      logger: createMemoryLogger(),
    });
    const roles = (await answerProfile(archive, 'Lena Ortiz')).roles.map((r) => r.role);
    expect(roles).toEqual(expect.arrayContaining(['Deputy Mayor', 'port authority’s chief negotiator']));
    expect(roles).not.toContain('56');
    expect(roles).not.toContain('Ms.');
    expect(roles.some((r) => r.startsWith('told'))).toBe(false);
  });
});

describe('a profile over a snapshot of an earlier index version', () => {
  it('still answers while the new archive is built (people stored without variants, roles as text)', async () => {
    const live = new LiveArchive(ferryArchive());
    const earlier = [{ name: 'Mara Voss', at: 0, mentions: [], titles: [], roles: ['council treasurer'] }];
    live.peopleOf = async () => earlier as never;
    const profile = await answerProfile(live, 'Mara Voss');
    expect(profile).toMatchObject({ found: true });
    expect(profile.quotes.length).toBeGreaterThan(0);
  });
});

/**
 * With DATABASE_URL set, the command line gives the same answers over the bundled seed corpus as from the data
 * folder: the same JSON, field for field, for every kind of command.
 */
import { cli, SEED_CORPUS } from '../support/cli';
import { testDatabase } from '../support/postgres';
import { tempDir } from '../support/tmp';

const QUESTIONS = [
  ['search', 'cartels military strikes'],
  ['whosaid', 'get the United States into a war'],
  ['timeline', 'cartels'],
  ['ask', 'who is Geoffrey Corn'],
  ['profile', 'Geoffrey Corn'],
  ['digest', '--since', '2025-01-01'],
];

/** The fields that say when or how long, which differ between any two runs. */
const timeless = (json: string) =>
  JSON.stringify(JSON.parse(json), (key, value) =>
    ['seconds', 'indexedAt', 'tookMs'].includes(key) ? 0 : value,
  );

describe('the seed answers with DATABASE_URL', () => {
  it('are the answers from the data folder', async () => {
    const url = await testDatabase();
    const folder = { CORPUS_DIR: SEED_CORPUS, DATA_DIR: tempDir() };
    const database = { ...folder, DATA_DIR: tempDir(), DATABASE_URL: url };
    for (const question of QUESTIONS) {
      const [embedded, postgres] = [
        await cli([...question, '--json'], { env: folder }),
        await cli([...question, '--json'], { env: database }),
      ];
      expect({ question, code: postgres.code }).toEqual({ question, code: embedded.code });
      expect(timeless(postgres.stdout)).toEqual(timeless(embedded.stdout));
      expect(postgres.stdout.length).toBeGreaterThan(20);
    }
  });
});

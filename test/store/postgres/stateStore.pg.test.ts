import { migrate } from '../../../src/store/postgres/migrations';
import { createPool } from '../../../src/store/postgres/pool';
import { PostgresStateStore } from '../../../src/store/postgres/stateStore';
import { testDatabase } from '../../support/postgres';
import { stateStoreContract } from '../../support/stateStoreContract';

describe('the PostgreSQL state store, shared by instances', () => {
  let pool: ReturnType<typeof createPool>;
  let url: string;
  beforeAll(async () => {
    url = await testDatabase();
    pool = createPool(url);
    await migrate(pool);
  });
  afterAll(() => pool.end());
  beforeEach(() => pool.query('TRUNCATE state_claims, state_events, state_votes'));

  stateStoreContract(async () => new PostgresStateStore(pool));

  it('one claim across two instances (two pools on one database)', async () => {
    const other = createPool(url);
    try {
      const [a, b] = [new PostgresStateStore(pool), new PostgresStateStore(other)];
      const results = await Promise.all([a.claim('digest|C9|2025-05-01'), b.claim('digest|C9|2025-05-01')]);
      expect(results.sort()).toEqual([false, true]);
      expect(await Promise.all([a.dedupe('EvX', 60_000), b.dedupe('EvX', 60_000)])).toContain(false);
    } finally {
      await other.end();
    }
  });
});

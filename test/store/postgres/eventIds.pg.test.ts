import { createLogger } from '../../../src/logger';
import { PostgresEventIds } from '../../../src/store/postgres/eventIds';
import { migrate } from '../../../src/store/postgres/migrations';
import { createPool } from '../../../src/store/postgres/pool';
import { testDatabase } from '../../support/postgres';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Slack event ids in PostgreSQL, shared by instances', () => {
  let pool: ReturnType<typeof createPool>;
  let url: string;
  const lines: string[] = [];
  const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
  beforeAll(async () => {
    url = await testDatabase();
    pool = createPool(url);
    await migrate(pool);
  });
  afterAll(() => pool.end());
  beforeEach(() => pool.query('TRUNCATE state_events'));

  it('answers an event id once within its time to live, and again after it expires', async () => {
    const ids = new PostgresEventIds(pool, logger);
    const first = await Promise.all([ids.firstTime('Ev1'), ids.firstTime('Ev1')]);
    expect(first.sort()).toEqual([false, true]);
    expect(await ids.firstTime('Ev2')).toBe(true);
    const short = new PostgresEventIds(pool, logger, 300);
    expect(await short.firstTime('Ev3')).toBe(true);
    expect(await short.firstTime('Ev3')).toBe(false);
    await sleep(400);
    expect(await short.firstTime('Ev3')).toBe(true);
    expect(await ids.firstTime('Ev1')).toBe(false);
  });

  it('one answer across two instances (two pools on one database)', async () => {
    const other = createPool(url);
    try {
      const [a, b] = [new PostgresEventIds(pool, logger), new PostgresEventIds(other, logger)];
      expect((await Promise.all([a.firstTime('EvX'), b.firstTime('EvX')])).sort()).toEqual([false, true]);
    } finally {
      await other.end();
    }
  });

  it('answers the event, with a warning naming it, when the database cannot be asked', async () => {
    const broken = { query: () => Promise.reject(new Error('connection refused')) };
    const ids = new PostgresEventIds(broken, logger);
    expect(await ids.firstTime('EvDown')).toBe(true);
    expect(lines.join('')).toContain(
      'could not check event EvDown against the shared state (connection refused)',
    );
  });
});

/**
 * The indexing queue: claims never overlap, a failure is kept and retried, three failures park the article, a
 * dead worker's claim is taken over after its lease, a worker that lost its claim writes nothing, and a poll
 * running while a worker finishes articles takes none of them for new.
 */
import { indexArticle } from '../../../src/indexing/indexArticle';
import { createMemoryLogger } from '../../../src/logger';
import { PostgresArchive } from '../../../src/store/postgres/archive';
import { drainQueue } from '../../../src/store/postgres/indexing';
import { migrate } from '../../../src/store/postgres/migrations';
import { createPool } from '../../../src/store/postgres/pool';
import { IndexQueue, MAX_ATTEMPTS, QueueWriter } from '../../../src/store/postgres/queue';
import { articleFrom } from '../../support/article';
import { testDatabase } from '../../support/postgres';

const story = (n: number) =>
  articleFrom(
    `The ferry board met on day ${n} to weigh new fares.\n\n"Riders deserve better," said Ana Ruiz.`,
    {
      id: `ferry-${n}`,
      title: `Ferry board, meeting ${n}`,
      published: '2025-03-01',
    },
  );
const pause = () => Promise.resolve();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the indexing queue', () => {
  let pool: ReturnType<typeof createPool>;
  let archive: PostgresArchive;
  beforeEach(async () => {
    pool = createPool(await testDatabase());
    await migrate(pool);
    archive = new PostgresArchive(pool);
  });
  afterEach(() => pool.end());

  it('hands each article to one claimant at a time', async () => {
    const queue = new IndexQueue(pool, archive);
    for (let n = 0; n < 12; n++) await queue.enqueue(story(n), `v${n}`);
    const [a, b, c] = await Promise.all([queue.claim('a', 5), queue.claim('b', 5), queue.claim('c', 5)]);
    const ids = [...(a ?? []), ...(b ?? []), ...(c ?? [])].map((x) => x.article.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
    expect(await queue.claim('d', 5)).toEqual([]);
  });

  it('keeps the error of a failed article, retries it, and parks it after three failures', async () => {
    const queue = new IndexQueue(pool, archive, { retryMs: 0 });
    await queue.enqueue(story(1), 'v1');
    const logger = createMemoryLogger();
    const failing = async () => {
      throw new Error('extraction blew up');
    };
    const result = await drainQueue({ queue, logger, index: failing, pause });
    expect(result).toEqual({ done: 0, failed: MAX_ATTEMPTS, parked: 1 });
    const { rows } = await pool.query('SELECT state, attempts, last_error FROM index_queue');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ state: 'parked', attempts: MAX_ATTEMPTS });
    expect(rows[0].last_error).toContain('extraction blew up');
    expect(await queue.claim('w', 5)).toEqual([]);
    // The same version is not queued again; a new one is, with its failures forgotten.
    await queue.enqueue(story(1), 'v1');
    expect(await queue.counts()).toEqual({ pending: 0, parked: 1 });
    await queue.enqueue(story(1), 'v2');
    const done = await drainQueue({ queue, logger, index: async (a) => indexArticle(a), pause });
    expect(done.done).toBe(1);
    expect(await archive.versions()).toEqual(new Map([['ferry-1', 'v2']]));
  });

  it("takes over a dead worker's claim after the lease, and the dead worker's late write is refused", async () => {
    const queue = new IndexQueue(pool, archive, { leaseMs: 1_000 });
    await queue.enqueue(story(2), 'v1');
    const [dead] = await queue.claim('dead', 1);
    expect(dead).toBeDefined();
    expect(await queue.claim('alive', 1)).toEqual([]);
    await sleep(1_100);
    const [taken] = await queue.claim('alive', 1);
    expect(taken?.article.id).toBe('ferry-2');
    if (!dead || !taken) return;
    expect(await queue.finish('dead', dead, indexArticle(dead.article))).toBe(false);
    expect(await queue.finish('alive', taken, indexArticle(taken.article))).toBe(true);
    const { rows } = await pool.query('SELECT id, revision FROM articles');
    expect(rows).toEqual([{ id: 'ferry-2', revision: 1 }]);
    expect(await queue.counts()).toEqual({ pending: 0, parked: 0 });
  });

  it('counts an article a worker finishes while a poll reads the versions as known, never as new', async () => {
    const queue = new IndexQueue(pool, archive);
    await queue.enqueue(story(3), 'v1');
    const [claimed] = await queue.claim('w', 1);
    if (!claimed) throw new Error('nothing claimed');
    // The worker's transaction commits between the poll's two reads, whichever it makes first.
    let finished = false;
    const finishOnce = async () => {
      if (finished) return;
      finished = true;
      expect(await queue.finish('w', claimed, indexArticle(claimed.article))).toBe(true);
    };
    const queued = queue.queued.bind(queue);
    const stored = archive.versions.bind(archive);
    queue.queued = () => queued().finally(finishOnce);
    archive.versions = () => stored().finally(finishOnce);
    const writer = new QueueWriter(queue, archive);
    expect(await writer.versions()).toEqual(new Map([['ferry-3', 'v1']]));
  });
});

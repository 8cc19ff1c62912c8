/**
 * The PostgreSQL archive: what is put comes back exactly as indexing made it, an engine following the change
 * feed answers as one that was given the articles directly, and removals, replacements and index-version
 * changes reach the followers.
 */
import type { ArchiveReader } from '../../../src/answers/archive';
import { indexArticle } from '../../../src/indexing/indexArticle';
import { createMemoryLogger } from '../../../src/logger';
import { EmbeddedArchive } from '../../../src/search/embeddedArchive';
import { PostgresArchive } from '../../../src/store/postgres/archive';
import { ChangeFollower } from '../../../src/store/postgres/follower';
import { migrate } from '../../../src/store/postgres/migrations';
import { createPool } from '../../../src/store/postgres/pool';
import { articleFrom } from '../../support/article';
import { testDatabase } from '../../support/postgres';

const HARBOR = articleFrom(
  'The harbor bridge will close for repairs on March 3, the port authority said.\n\n"We cannot keep patching it," said Dana Whitlow, the authority\'s chief engineer. "It has to come down."',
  { id: 'harbor', title: 'Harbor bridge to close', published: '2025-02-20' },
);
const LEVY = articleFrom(
  'Voters approved the school levy on Tuesday by a wide margin.\n\n"This is a good day for our teachers," Mayor Ruth Okafor said after the count.',
  { id: 'levy', title: 'Levy passes', published: '2025-05-07' },
);
const LEVY_EDITED = articleFrom(
  'Voters approved the school levy on Tuesday by eleven points.\n\n"Our teachers earned this," Mayor Ruth Okafor said after the count.',
  { id: 'levy', title: 'Levy passes easily', published: '2025-05-07' },
);

async function answersOf(reader: ArchiveReader) {
  return {
    passages: await reader.searchPassages('harbor bridge repairs', { limit: 5 }),
    quotes: await reader.searchQuotes('teachers', 5),
    levy: await reader.quotesOf('levy'),
    dates: await reader.datesOf('harbor'),
    people: await reader.peopleOf('levy'),
    metas: (await reader.articleMetas()).sort((a, b) => a.id.localeCompare(b.id)),
    size: await reader.size(),
  };
}

describe('the PostgreSQL archive', () => {
  let url: string;
  let pool: ReturnType<typeof createPool>;
  beforeAll(async () => {
    url = await testDatabase();
    pool = createPool(url);
    await migrate(pool);
  });
  afterAll(() => pool.end());

  async function follow(archive: PostgresArchive) {
    const engine = EmbeddedArchive.create();
    const firstIndexed = new Map<string, string>();
    const logger = createMemoryLogger();
    const follower = new ChangeFollower({
      archive,
      target: engine,
      firstIndexed,
      logger,
      url,
      pollMs: 60_000,
    });
    return { engine, firstIndexed, follower };
  }

  const rowCounts = async (articleId: string) => {
    const counts: number[] = [];
    for (const table of ['passages', 'quotes', 'dates', 'people']) {
      const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${table} WHERE article_id = $1`, [
        articleId,
      ]);
      counts.push((rows[0] as { n: number }).n);
    }
    return counts;
  };

  it('gives back every article as indexed, and a follower answers as the embedded engine given them directly', async () => {
    const archive = new PostgresArchive(pool);
    await archive.put(indexArticle(HARBOR), 'h1');
    await archive.put(indexArticle(LEVY), 'l1');
    const { engine, firstIndexed, follower } = await follow(archive);
    expect(await follower.pull()).toBe(2);
    const direct = EmbeddedArchive.create();
    direct.putNow(indexArticle(HARBOR), 'h1');
    direct.putNow(indexArticle(LEVY), 'l1');
    expect(await answersOf(engine)).toEqual(await answersOf(direct));
    expect((await answersOf(engine)).quotes.length).toBeGreaterThan(0);
    expect(await engine.versions()).toEqual(
      new Map([
        ['harbor', 'h1'],
        ['levy', 'l1'],
      ]),
    );
    expect([...firstIndexed.keys()].sort()).toEqual(['harbor', 'levy']);

    await archive.put(indexArticle(LEVY_EDITED), 'l2');
    await archive.remove('harbor');
    expect(await follower.pull()).toBe(2);
    const after = EmbeddedArchive.create();
    after.putNow(indexArticle(LEVY_EDITED), 'l2');
    expect(await answersOf(engine)).toEqual(await answersOf(after));
    expect(await archive.versions()).toEqual(new Map([['levy', 'l2']]));
    // Each article's rows are its last version's, in every table; a removed article has none.
    const edited = indexArticle(LEVY_EDITED);
    expect(await rowCounts('levy')).toEqual(
      [edited.passages, edited.quotes, edited.dates, edited.people].map((r) => r.length),
    );
    expect(await rowCounts('harbor')).toEqual([0, 0, 0, 0]);
    expect(firstIndexed.has('harbor')).toBe(false);
    expect(await follower.pull()).toBe(0);

    // Rebuilt from the start into a fresh engine (compaction): the same answers, and it is the one kept current.
    const fresh = EmbeddedArchive.create();
    await follower.restart(fresh);
    expect(await answersOf(fresh)).toEqual(await answersOf(after));
    expect(fresh.slots.passages).toBeLessThan(engine.slots.passages);
    await archive.remove('levy');
    await follower.pull();
    expect((await fresh.size()).articles).toBe(0);
    expect((await engine.size()).articles).toBe(1);
  });

  it('tells of each pull that applied changes, with when each article was first indexed (for watch alerts)', async () => {
    const archive = new PostgresArchive(pool);
    const indexedAt = new Map<string, string>();
    let told = 0;
    const follower = new ChangeFollower({
      ...{ archive, target: EmbeddedArchive.create(), firstIndexed: new Map(), indexedAt },
      ...{ logger: createMemoryLogger(), url, pollMs: 60_000, onApplied: () => told++ },
    });
    await follower.pull();
    told = 0;
    const before = Date.now();
    await archive.put(indexArticle(HARBOR), 'h-told');
    expect(await follower.pull()).toBe(1);
    expect(await follower.pull()).toBe(0);
    expect(told).toBe(1);
    const at = Date.parse(indexedAt.get('harbor') ?? '');
    expect(Math.abs(at - before)).toBeLessThan(60_000);
    await archive.remove('harbor');
    await follower.pull();
    expect(indexedAt.has('harbor')).toBe(false);
    expect(told).toBe(2);
  });

  it('restarts into a new engine only once a hold (a save under way) ends, so the engine swapped in is whole', async () => {
    const archive = new PostgresArchive(pool);
    const pier = articleFrom('The pier reopens in June, the port said on Friday.', {
      id: 'pier',
      published: '2025-05-09',
    });
    await archive.put(indexArticle(pier), 'p-hold');
    const { follower } = await follow(archive);
    await follower.pull();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const held = follower.still(() => gate);
    const fresh = EmbeddedArchive.create();
    let restarted = false;
    const restart = follower.restart(fresh).then(() => {
      restarted = true;
    });
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(restarted).toBe(false);
    release();
    await held;
    await restart;
    expect((await fresh.versions()).get('pier')).toBe('p-hold');
  });

  it('announces each change, so a listening follower applies it without being asked', async () => {
    const archive = new PostgresArchive(pool);
    const { engine, follower } = await follow(archive);
    await follower.start();
    try {
      const before = (await engine.size()).articles;
      await archive.put(indexArticle(HARBOR), 'h2');
      const deadline = Date.now() + 5_000;
      while ((await engine.article('harbor')) === undefined && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(await engine.article('harbor')).toEqual(HARBOR);
      expect((await engine.size()).articles).toBe(before + 1);
    } finally {
      await follower.stop();
    }
  });

  it('gives articles indexed by another index version a version that never matches, so they are re-indexed', async () => {
    const old = new PostgresArchive(pool, 'an-older-index-version');
    await old.put(indexArticle(HARBOR), 'h3');
    const current = new PostgresArchive(pool);
    expect((await current.versions()).get('harbor')).not.toBe('h3');
    expect((await old.versions()).get('harbor')).toBe('h3');
  });

  it('gives changes in number order past 9, 99, 999 (not in the order of their text), none skipped', async () => {
    const archive = new PostgresArchive(pool);
    const ids = Array.from({ length: 24 }, (_, n) => `ferry-${n}`);
    for (const [n, id] of ids.entries()) {
      const text = `The ferry crossing number ${n} left on time, the harbour master said on Friday.`;
      await archive.put(indexArticle(articleFrom(text, { id, title: `Crossing ${n}` })), `v${n}`);
    }
    const seen: bigint[] = [];
    let after = 0n;
    for (;;) {
      const changes = await archive.changesSince(after, 5);
      seen.push(...changes.map((c) => c.seq));
      if (changes.length < 5) break;
      after = changes[changes.length - 1]?.seq ?? after;
    }
    expect(seen.length).toBeGreaterThanOrEqual(ids.length);
    expect(seen.every((seq, i) => i === 0 || seq > (seen[i - 1] ?? 0n))).toBe(true);
    const { engine, follower } = await follow(archive);
    await follower.pull();
    const stored = new Set((await engine.articleMetas()).map((m) => m.id));
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
  });
});

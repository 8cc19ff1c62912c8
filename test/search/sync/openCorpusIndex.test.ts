import { readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/corpus/types';
import { indexArticleInSteps } from '../../../src/indexing/indexArticle';
import { createMemoryLogger } from '../../../src/logger';
import {
  CORRUPT_SNAPSHOT_FILE,
  indexFingerprint,
  loadSnapshot,
  readSnapshot,
  SNAPSHOT_FILE,
} from '../../../src/search/snapshot/snapshot';
import {
  INDEX_OPTIONS,
  openCorpusIndex,
  refreshCorpusIndex,
  savePending,
} from '../../../src/search/sync/openCorpusIndex';
import { badCorpus, goodCorpus } from '../../support/badCorpus';
import { flipSnapshotByte, gatedIndexer } from '../../support/snapshots';
import { tempDir } from '../../support/tmp';

async function open(corpusDir: string, dataDir: string) {
  const logger = createMemoryLogger('debug');
  const opened = await openCorpusIndex({ corpusDir, dataDir, logger });
  return { ...opened, lines: logger.lines };
}

/** A running app's options on the good corpus: saves at most every 30 minutes, by a clock the test moves. */
function runningApp() {
  const corpus = goodCorpus();
  const data = tempDir();
  const clock = { at: Date.parse('2026-03-02T10:00:00Z') };
  const logger = createMemoryLogger('debug');
  const now = () => new Date(clock.at);
  const options = { corpusDir: corpus, dataDir: data, logger, now, saveEveryMs: 30 * 60_000 };
  const file = join(corpus, 'library-hours.txt');
  const edit = (line: string) => writeFileSync(file, `${readFileSync(file, 'utf8')}\n${line}\n`);
  return { corpus, data, clock, options, edit };
}

describe('openCorpusIndex', () => {
  it('builds the index and saves a snapshot, then reuses it unchanged and says so at debug level', async () => {
    const corpus = goodCorpus();
    const data = join(tempDir(), 'data');
    const first = await open(corpus, data);
    expect(first.stats).toMatchObject({ articles: 2, snapshot: 'built', indexed: 2, reused: 0 });
    const fingerprint = indexFingerprint(INDEX_OPTIONS);
    expect((await loadSnapshot(data, fingerprint, createMemoryLogger('debug')))?.items).toHaveLength(2);

    const second = await open(corpus, data);
    expect(second.stats).toMatchObject({ articles: 2, snapshot: 'reused', indexed: 0, reused: 2 });
    expect(second.lines).toContain('newsdesk debug: reused the index snapshot: all 2 articles unchanged');
    expect((await second.archive.searchPassages('harbor bridge', { limit: 3 })).length).toBeGreaterThan(0);
  });

  it('re-indexes only the edited article, and drops a removed one', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    await open(corpus, data);
    const file = join(corpus, 'library-hours.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe branches will also lend telescopes.\n`);
    const edited = await open(corpus, data);
    expect(edited.stats).toMatchObject({ snapshot: 'updated', indexed: 1, reused: 1, removed: 0 });
    expect(await edited.archive.searchPassages('telescopes', { limit: 3 })).toHaveLength(1);

    rmSync(join(corpus, 'harbor-bridge-vote.md'));
    const removed = await open(corpus, data);
    expect(removed.stats).toMatchObject({ snapshot: 'updated', articles: 1, indexed: 0, removed: 1 });
    expect(await removed.archive.searchPassages('harbor bridge', { limit: 3 })).toEqual([]);
  });

  it('refreshes an open index in place with what changed, and saves it for the next start', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const opened = await openCorpusIndex({ corpusDir: corpus, dataDir: data, logger });
    const file = join(corpus, 'library-hours.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe branches will also lend telescopes.\n`);
    rmSync(join(corpus, 'harbor-bridge-vote.md'));
    const refreshed = await refreshCorpusIndex(opened, { corpusDir: corpus, dataDir: data, logger });
    expect(refreshed.archive).toBe(opened.archive);
    expect(refreshed.stats).toMatchObject({ snapshot: 'updated', articles: 1, indexed: 1, removed: 1 });
    expect(await opened.archive.searchPassages('telescopes', { limit: 3 })).toHaveLength(1);
    expect(await opened.archive.searchPassages('harbor bridge', { limit: 3 })).toEqual([]);
    const again = await refreshCorpusIndex(refreshed, { corpusDir: corpus, dataDir: data, logger });
    expect(again.stats).toMatchObject({ snapshot: 'reused', indexed: 0 });
    expect((await open(corpus, data)).stats).toMatchObject({ snapshot: 'reused', articles: 1 });
  });

  it("in a running app, saves a refresh's changes only when the last save is saveEveryMs old, the rest on stopping", async () => {
    const app = runningApp();
    const saved = () => readFileSync(join(app.data, SNAPSHOT_FILE));
    let opened = await openCorpusIndex(app.options);
    const atBuild = saved();

    app.clock.at += 5 * 60_000;
    app.edit('The branches will also lend telescopes.');
    opened = await refreshCorpusIndex(opened, app.options);
    expect(opened.stats).toMatchObject({ snapshot: 'updated', indexed: 1 });
    expect(await opened.archive.searchPassages('telescopes', { limit: 3 })).toHaveLength(1);
    expect(saved().equals(atBuild)).toBe(true);
    app.clock.at += 60_000;
    const idle = await refreshCorpusIndex(opened, app.options); // nothing new, the save not due: nothing done
    expect(idle.stats).toMatchObject({ snapshot: 'reused', indexedAt: opened.stats.indexedAt });
    expect(saved().equals(atBuild)).toBe(true);

    app.clock.at += 25 * 60_000; // 31 minutes after the build's save: due, with or without a change
    const changedAt = opened.stats.indexedAt;
    opened = await refreshCorpusIndex(opened, app.options);
    expect(opened.stats).toMatchObject({ snapshot: 'updated', indexed: 0, indexedAt: changedAt });
    const atDue = saved();
    expect(atDue.equals(atBuild)).toBe(false);
    expect((await open(app.corpus, app.data)).stats).toMatchObject({ snapshot: 'reused', articles: 2 });

    // 32 minutes after the change that save holds, 6 after the save itself: the policy counts from the save.
    app.clock.at += 6 * 60_000;
    app.edit('Late returns will be forgiven in March.');
    opened = await refreshCorpusIndex(opened, app.options);
    expect(saved().equals(atDue)).toBe(true);
    app.clock.at += 60_000;
    await savePending(opened, app.options);
    const atStop = saved();
    expect(atStop.equals(atDue)).toBe(false);
    const restarted = await open(app.corpus, app.data);
    // Stamped with when the archive last changed, not when the app stopped.
    expect(restarted.stats).toMatchObject({
      snapshot: 'reused',
      articles: 2,
      indexedAt: opened.stats.indexedAt,
    });
    expect(await restarted.archive.searchPassages('forgiven', { limit: 3 })).toHaveLength(1);
    app.clock.at += 60_000;
    await savePending(opened, app.options); // nothing left to save: not written again
    expect(saved().equals(atStop)).toBe(true);
  });

  it('after a crash between saves, the next start indexes what changed since the last one', async () => {
    const app = runningApp();
    const opened = await openCorpusIndex(app.options);
    app.edit('The branches will also lend telescopes.');
    await refreshCorpusIndex(opened, app.options); // not saved, and the process ends without savePending
    const restarted = await open(app.corpus, app.data);
    expect(restarted.stats).toMatchObject({ snapshot: 'updated', indexed: 1, reused: 1 });
    expect(await restarted.archive.searchPassages('telescopes', { limit: 3 })).toHaveLength(1);
  });

  it('answers from a current snapshot at once and checks the corpus for changes behind, when asked', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    await openCorpusIndex({ corpusDir: corpus, dataDir: data, logger });
    const file = join(corpus, 'library-hours.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nThe branches will also lend telescopes.\n`);
    const opened = await openCorpusIndex({ corpusDir: corpus, dataDir: data, logger, deferSync: true });
    expect(opened.stats).toMatchObject({ snapshot: 'reused', articles: 2, indexed: 0 });
    // The articles' metadata is read ahead behind the first answers.
    const engine = opened.archive.current;
    expect(engine.readingAhead).not.toBeNull();
    await engine.readingAhead;
    expect(engine.unreadMetadata).toBe(0);
    expect(await opened.archive.searchPassages('telescopes', { limit: 3 })).toEqual([]);
    const checked = await opened.rebuilt;
    expect(checked?.stats).toMatchObject({ snapshot: 'updated', indexed: 1 });
    expect(await opened.archive.searchPassages('telescopes', { limit: 3 })).toHaveLength(1);
    const fresh = await openCorpusIndex({
      corpusDir: corpus,
      dataDir: tempDir(),
      logger,
      deferSync: true,
    });
    expect(fresh.stats).toMatchObject({ snapshot: 'built', articles: 2 });
  });

  it('does not re-index a file that was only touched', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    await open(corpus, data);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(corpus, 'library-hours.txt'), later, later);
    const touched = await open(corpus, data);
    expect(touched.stats).toMatchObject({ indexed: 0, reused: 2 });
    expect((await open(corpus, data)).stats.snapshot).toBe('reused');
  });

  it('rebuilds from a corrupt snapshot with a warning', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    writeFileSync(join(data, SNAPSHOT_FILE), '{"format": 1, "files": [');
    const opened = await open(corpus, data);
    expect(opened.stats).toMatchObject({ snapshot: 'built', articles: 2 });
    expect(opened.lines.some((l) => l.startsWith('newsdesk error: the index snapshot is corrupt'))).toBe(
      true,
    );
    expect(readFileSync(join(data, CORRUPT_SNAPSHOT_FILE), 'utf8')).toBe('{"format": 1, "files": [');
    expect((await readSnapshot(data, indexFingerprint(INDEX_OPTIONS))).state).toBe('ok');
  });

  /** A running app (deferSync) opening a snapshot with a byte flipped in `section`, its rebuild held back. */
  async function openRunningFlipped(word: string, section: string) {
    const corpus = goodCorpus();
    const data = tempDir();
    await open(corpus, data);
    const bytes = await flipSnapshotByte(data, word, section);
    const { index, release } = gatedIndexer();
    const logger = createMemoryLogger('debug');
    const opened = await openCorpusIndex({
      corpusDir: corpus,
      dataDir: data,
      logger,
      index,
      deferSync: true,
    });
    return { corpus, data, bytes, release, logger, opened };
  }

  it('sets a snapshot with one flipped byte aside and, in a running app, rebuilds it behind a "rebuilding" state', async () => {
    const { data, bytes, release, logger, opened } = await openRunningFlipped('Harbor Bridge', 'metas');
    expect(opened.rebuilding).toBe('its snapshot was corrupt');
    expect((await opened.archive.size()).articles).toBe(0);
    expect(readFileSync(join(data, CORRUPT_SNAPSHOT_FILE))).toEqual(bytes);
    expect(logger.lines.some((l) => /error: the index snapshot is corrupt \(section metas/.test(l))).toBe(
      true,
    );
    release();
    const rebuilt = await opened.rebuilt;
    expect(rebuilt?.stats).toMatchObject({ articles: 2, snapshot: 'built' });
    expect(rebuilt?.rebuilding).toBeUndefined();
    expect((await opened.archive.searchPassages('harbor bridge', { limit: 3 })).length).toBeGreaterThan(0);
    expect((await readSnapshot(data, indexFingerprint(INDEX_OPTIONS))).state).toBe('ok');
  });

  it('in a running app, answers from a snapshot whose lines are checked behind, and rebuilds when they turn out damaged', async () => {
    const { corpus, data, bytes, release, logger, opened } = await openRunningFlipped('harbor', 'records');
    expect(opened.rebuilding).toBeUndefined();
    expect(opened.stats).toMatchObject({ articles: 2, snapshot: 'reused' });
    expect(await opened.damaged).toBe('section records fails its checksum');
    expect((await opened.archive.size()).articles).toBe(0);
    release();
    const rebuilt = await opened.rebuilt;
    expect(readFileSync(join(data, CORRUPT_SNAPSHOT_FILE))).toEqual(bytes);
    expect(rebuilt?.stats).toMatchObject({ articles: 2, snapshot: 'built' });
    expect((await opened.archive.searchPassages('harbor bridge', { limit: 3 })).length).toBeGreaterThan(0);
    expect((await readSnapshot(data, indexFingerprint(INDEX_OPTIONS))).state).toBe('ok');
    // A sound snapshot, checked behind, says so.
    const again = await openCorpusIndex({ corpusDir: corpus, dataDir: data, logger, deferSync: true });
    expect(await again.damaged).toBeNull();
  });

  it('answers from a snapshot of another index version while it rebuilds, then from the rebuilt one', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const options = { corpusDir: corpus, dataDir: data, logger };
    await openCorpusIndex({ ...options, indexVersion: 'v1' });
    const { index, release } = gatedIndexer((indexed) => ({
      ...indexed,
      article: { ...indexed.article, title: `v2 ${indexed.article.title}` },
    }));
    const opened = await openCorpusIndex({ ...options, indexVersion: 'v2', index });
    expect(opened.stats.snapshot).toBe('stale');
    const titles = async () =>
      (await opened.archive.searchPassages('harbor bridge', { limit: 1 })).map((h) => h.article.title);
    const [before] = await titles();
    expect(before).toMatch(/^Council approves Harbor Bridge/);
    release();
    expect((await opened.rebuilt)?.stats).toMatchObject({ snapshot: 'built', indexed: 2 });
    expect(await titles()).toEqual([`v2 ${before}`]);
    expect((await openCorpusIndex({ ...options, indexVersion: 'v2' })).stats.snapshot).toBe('reused');
  });

  it('keeps answering from the old version when a rebuild fails, and rebuilds at the next refresh', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const options = { corpusDir: corpus, dataDir: data, logger };
    await openCorpusIndex({ ...options, indexVersion: 'v1' });
    let failing = true;
    const index = async (article: Article, pause: () => Promise<void>) => {
      if (failing) throw new Error('disk hiccup');
      return indexArticleInSteps(article, pause);
    };
    const v2 = { ...options, indexVersion: 'v2', index };
    const opened = await openCorpusIndex(v2);
    expect(await opened.rebuilt).toBeNull();
    failing = false;
    expect(logger.lines.some((l) => l.includes('could not rebuild') && l.includes('disk hiccup'))).toBe(true);
    expect(await opened.archive.searchPassages('harbor bridge', { limit: 1 })).toHaveLength(1);
    const refreshed = await refreshCorpusIndex(opened, v2);
    expect(refreshed.stats).toMatchObject({ snapshot: 'built', indexed: 2 });
    expect((await openCorpusIndex(v2)).stats.snapshot).toBe('reused');
  });

  it('keeps the postings and open files bounded when one article is re-indexed 200 times', async () => {
    const corpus = tempDir();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const options = { corpusDir: corpus, dataDir: data, logger, retireAfterMs: 0 };
    const paragraphs = Array.from(
      { length: 30 },
      (_, i) => `Paragraph ${i + 1} of the council story says the vote on the levy was close.`,
    );
    const write = (n: number) =>
      writeFileSync(join(corpus, 'levy.md'), `# Levy vote\n\n${paragraphs.join('\n\n')}\n\nEdit ${n}.\n`);
    write(0);
    let opened = await openCorpusIndex(options);
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const filesBefore = openFiles();
    for (let n = 1; n <= 200; n++) {
      write(n);
      opened = await refreshCorpusIndex(opened, options);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(openFiles()).toBeLessThanOrEqual(filesBefore + 4);
    expect(opened.stats.indexed).toBe(1);
    expect(opened.archive.current.slots.passages).toBeLessThanOrEqual(2 * 31);
    expect(opened.archive.current.slots.quotes).toBeLessThanOrEqual(2 * 31);
    expect(await opened.archive.searchPassages('Edit 200', { limit: 1 })).toHaveLength(1);
  });

  it('in a running app, saves (and so compacts) between due saves once replaced slots pass the compaction rule', async () => {
    const corpus = tempDir();
    const data = tempDir();
    const logger = createMemoryLogger('debug');
    const now = () => new Date('2026-03-02T10:00:00Z'); // never due by time
    const options = {
      corpusDir: corpus,
      dataDir: data,
      logger,
      retireAfterMs: 0,
      now,
      saveEveryMs: 30 * 60_000,
    };
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1} says the ferry levy passed.`);
    const write = (n: number) =>
      writeFileSync(join(corpus, 'levy.md'), `# Levy\n\n${paragraphs.join('\n\n')}\n\nEdit ${n}.\n`);
    write(0);
    let opened = await openCorpusIndex(options);
    for (let n = 1; n <= 60; n++) {
      write(n);
      opened = await refreshCorpusIndex(opened, options);
    }
    // 60 versions of 31 passages without a save would hold 1,860 slots; the rule allows 1.5 x 31 + 1,000.
    expect(opened.archive.current.slots.passages).toBeLessThanOrEqual(Math.floor(1.5 * 31 + 1000) + 31);
    expect(await opened.archive.searchPassages('Edit 60', { limit: 1 })).toHaveLength(1);
  });

  it('rebuilds with a warning from a snapshot cut short, and answers as before', async () => {
    const corpus = goodCorpus();
    const data = tempDir();
    const built = await open(corpus, data);
    const path = join(data, SNAPSHOT_FILE);
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.length - 100));
    const reopened = await open(corpus, data);
    expect(reopened.stats).toMatchObject({ snapshot: 'built', articles: 2 });
    expect(reopened.lines.some((l) => l.startsWith('newsdesk error: the index snapshot is corrupt'))).toBe(
      true,
    );
    const ids = async (o: typeof built) =>
      (await o.archive.searchPassages('library', { limit: 5 })).map((h) => h.passage.id);
    expect(await ids(reopened)).toEqual(await ids(built));
  });

  it('loads the good articles of a folder with bad files and warns once per bad file, naming it and why', async () => {
    const opened = await open(badCorpus(), tempDir());
    expect(opened.stats.articles).toBe(2);
    const warnings = opened.lines.filter((l) => l.startsWith('newsdesk warn:'));
    expect(warnings.sort()).toEqual([
      'newsdesk warn: skipped binary.md: binary file (contains NUL bytes), not an article',
      'newsdesk warn: skipped empty.txt: empty file',
      'newsdesk warn: skipped garbled.txt: neither UTF-8 nor Windows-1252 (Latin-1) text: control characters where letters should be',
      'newsdesk warn: skipped huge.md: too large (10.0 MB; the limit is 2.0 MB)',
      'newsdesk warn: skipped passwd.txt: a symlink leading outside the corpus folder (not followed)',
    ]);
    expect(opened.skipped.map((s) => s.file).sort()).toEqual([
      'binary.md',
      'empty.txt',
      'garbled.txt',
      'huge.md',
      'passwd.txt',
    ]);
  });

  it('keeps working in memory when the data folder cannot be written', async () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    const opened = await open(goodCorpus(), join(blocker, 'data'));
    expect(opened.stats.articles).toBe(2);
    expect(opened.lines.some((l) => l.startsWith('newsdesk warn: could not save the index snapshot'))).toBe(
      true,
    );
  });
});

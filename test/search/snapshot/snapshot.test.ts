import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../../src/corpus/types';
import { indexArticle } from '../../../src/indexing/indexArticle';
import { createMemoryLogger } from '../../../src/logger';
import { EmbeddedArchive } from '../../../src/search/embeddedArchive';
import {
  type ArchiveExportSnapshot,
  indexFingerprint,
  loadSnapshot,
  makeSnapshot,
  SNAPSHOT_FILE,
  saveSnapshot,
} from '../../../src/search/snapshot/snapshot';
import { articleFrom } from '../../support/article';
import { tempDir } from '../../support/tmp';

const council = articleFrom(
  '"We will not raise the bridge toll this year," Mayor Ana Ruiz said on Tuesday.\n\n' +
    '"The repairs cannot wait another winter," said Tom Hale, the city engineer.',
  { id: 'council' },
);
const ferry = articleFrom('The ferry to the bridge resumes in April, the harbor master said on Friday.', {
  id: 'ferry',
});
const library = articleFrom('"We open on Sundays from May," said Lena Ortiz, the library director.', {
  id: 'library',
});

const FINGERPRINT = indexFingerprint({ test: true });

const add = (archive: EmbeddedArchive, article: Article) =>
  archive.putNow(indexArticle(article), article.text);

async function snapshotOf(archive: EmbeddedArchive): Promise<ArchiveExportSnapshot> {
  const items = [...(await archive.versions())].map(([id, version]) => ({
    id,
    version,
    firstIndexedAt: '2025-03-12T00:00:00.000Z',
  }));
  const index = await archive.export();
  return makeSnapshot({
    fingerprint: FINGERPRINT,
    savedAt: '2025-03-12T00:00:00.000Z',
    items,
    sourceState: [],
    index,
  });
}

async function saveAndLoad(archive: EmbeddedArchive): Promise<EmbeddedArchive> {
  const dir = tempDir();
  const logger = createMemoryLogger('debug');
  expect(await saveSnapshot(dir, await snapshotOf(archive), logger)).toBe(true);
  const snapshot = await loadSnapshot(dir, FINGERPRINT, logger);
  if (!snapshot) throw new Error(logger.lines.join('\n'));
  expect(snapshot.stale).toBe(false);
  return EmbeddedArchive.fromData(snapshot.index);
}

describe('the index snapshot', () => {
  it('reopens an archive with the same hits, scores, quotes and dates, without the removed articles', async () => {
    const archive = EmbeddedArchive.create();
    for (const a of [library, council, ferry]) add(archive, a);
    archive.removeNow('library');
    const restored = await saveAndLoad(archive);
    const hits = async (a: EmbeddedArchive) =>
      (await a.searchPassages('bridge', { limit: 5 })).map((h) => [h.passage.id, h.score]);
    expect(await hits(restored)).toEqual(await hits(archive));
    expect(await hits(restored)).toHaveLength(2);
    expect(await restored.size()).toEqual(await archive.size());
    expect((await restored.searchQuotes('repairs cannot wait', 5)).map((q) => q.speaker)).toEqual([
      'Tom Hale',
    ]);
    expect(await restored.quotesOf('council')).toEqual(await archive.quotesOf('council'));
    expect(await restored.datesOf('ferry')).toEqual(await archive.datesOf('ferry'));
    expect(await restored.peopleOf('council')).toEqual(await archive.peopleOf('council'));
    expect(await restored.article('council')).toEqual(council);
    expect(await restored.article('library')).toBeUndefined();
    expect(await restored.versions()).toEqual(await archive.versions());
    expect((await restored.articleMetas()).map((m) => m.id)).toEqual(['council', 'ferry']);
  });

  it('takes edits after reopening, and saves them again with the articles it never read', async () => {
    const archive = EmbeddedArchive.create();
    add(archive, council);
    add(archive, ferry);
    const restored = await saveAndLoad(archive);
    add(restored, library);
    add(
      restored,
      articleFrom('The ferry stays in dock until June, the harbor master said.', { id: 'ferry' }),
    );
    const again = await saveAndLoad(restored);
    expect(await again.searchPassages('April', { limit: 5 })).toEqual([]);
    expect((await again.searchPassages('ferry dock', { limit: 5 })).map((h) => h.article.id)).toEqual([
      'ferry',
    ]);
    expect((await again.searchQuotes('open on Sundays', 5)).map((q) => q.speaker)).toEqual(['Lena Ortiz']);
    expect((await again.searchQuotes('raise the bridge toll', 5)).map((q) => q.speaker)).toEqual([
      'Ana Ruiz',
    ]);
    expect(await again.size()).toMatchObject({ articles: 3 });
  });

  it('removes the single-JSON snapshot of earlier versions once it saves its own', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index-snapshot.json'), '{"format":1}');
    const archive = EmbeddedArchive.create();
    add(archive, council);
    const logger = createMemoryLogger('debug');
    await saveSnapshot(dir, await snapshotOf(archive), logger);
    expect(existsSync(join(dir, 'index-snapshot.json'))).toBe(false);
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(true);
  });

  it('rebuilds rather than read a snapshot whose last bytes are damaged', async () => {
    const dir = tempDir();
    const logger = createMemoryLogger('debug');
    const archive = EmbeddedArchive.create();
    add(archive, council);
    await saveSnapshot(dir, await snapshotOf(archive), logger);
    const path = join(dir, SNAPSHOT_FILE);
    const bytes = readFileSync(path);
    bytes.fill(0x20, bytes.length - 96, bytes.length - 1);
    writeFileSync(path, bytes);
    expect(await loadSnapshot(dir, FINGERPRINT, logger)).toBeNull();
    expect(logger.lines.some((l) => l.includes('unreadable'))).toBe(true);
  });
});

describe('indexFingerprint', () => {
  const options = { fieldBoost: { text: 1, title: 1.5, outlet: 1.2 }, maxPassageChars: 600 };

  it('changes with any option, nested ones included (a field boost)', () => {
    const fingerprint = indexFingerprint(options);
    expect(indexFingerprint({ ...options, fieldBoost: { ...options.fieldBoost, title: 2 } })).not.toBe(
      fingerprint,
    );
    expect(indexFingerprint({ ...options, maxPassageChars: 800 })).not.toBe(fingerprint);
    expect(indexFingerprint(options, 'another index version')).not.toBe(fingerprint);
  });

  it('does not depend on the order the options are written in, at any depth', () => {
    const reordered = { maxPassageChars: 600, fieldBoost: { outlet: 1.2, title: 1.5, text: 1 } };
    expect(indexFingerprint(reordered)).toBe(indexFingerprint(options));
  });
});

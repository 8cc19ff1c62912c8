import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryLogger } from '../../src/logger';
import { Archive } from '../../src/search/archive';
import { loadSnapshot, makeSnapshot, SNAPSHOT_FILE, saveSnapshot } from '../../src/search/snapshot';
import { articleFrom } from '../support/article';
import { tempDir } from '../support/tmp';

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

async function saveAndLoad(archive: Archive): Promise<Archive> {
  const dir = tempDir();
  const logger = createMemoryLogger('debug');
  expect(
    await saveSnapshot(dir, makeSnapshot([], await archive.export(), '2025-03-12T00:00:00.000Z'), logger),
  ).toBe(true);
  const snapshot = await loadSnapshot(dir, logger);
  if (!snapshot) throw new Error(logger.lines.join('\n'));
  return Archive.fromData(snapshot.index);
}

describe('the index snapshot', () => {
  it('reopens an archive with the same hits, scores, quotes and dates, without the removed articles', async () => {
    const archive = Archive.create();
    for (const a of [library, council, ferry]) archive.add(a);
    archive.remove('library');
    const restored = await saveAndLoad(archive);
    const hits = (a: Archive) =>
      a.passages.search('bridge', { limit: 5 }).map((h) => [h.passage.id, h.score]);
    expect(hits(restored)).toEqual(hits(archive));
    expect(hits(restored)).toHaveLength(2);
    expect(restored.size).toEqual(archive.size);
    expect(restored.quotes.candidates('repairs cannot wait', 5).map((q) => q.speaker)).toEqual(['Tom Hale']);
    expect(restored.quotes.forArticle('council')).toEqual(archive.quotes.forArticle('council'));
    expect(restored.dates('ferry')).toEqual(archive.dates('ferry'));
    expect(restored.article('council')).toEqual(council);
    expect(restored.has('library')).toBe(false);
    expect(restored.articleMetas().map((m) => m.id)).toEqual(['council', 'ferry']);
  });

  it('takes edits after reopening, and saves them again with the articles it never read', async () => {
    const archive = Archive.create();
    archive.add(council);
    archive.add(ferry);
    const restored = await saveAndLoad(archive);
    restored.add(library);
    restored.add(articleFrom('The ferry stays in dock until June, the harbor master said.', { id: 'ferry' }));
    const again = await saveAndLoad(restored);
    expect(again.passages.search('April', { limit: 5 })).toEqual([]);
    expect(again.passages.search('ferry dock', { limit: 5 }).map((h) => h.article.id)).toEqual(['ferry']);
    expect(again.quotes.candidates('open on Sundays', 5).map((q) => q.speaker)).toEqual(['Lena Ortiz']);
    expect(again.quotes.candidates('raise the bridge toll', 5).map((q) => q.speaker)).toEqual(['Ana Ruiz']);
    expect(again.size).toMatchObject({ articles: 3 });
  });

  it('removes the single-JSON snapshot of earlier versions once it saves its own', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'index-snapshot.json'), '{"format":1}');
    const archive = Archive.create();
    archive.add(council);
    const logger = createMemoryLogger('debug');
    await saveSnapshot(dir, makeSnapshot([], await archive.export(), '2025-03-12T00:00:00.000Z'), logger);
    expect(existsSync(join(dir, 'index-snapshot.json'))).toBe(false);
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(true);
  });

  it('rebuilds rather than read a snapshot whose last bytes are damaged', async () => {
    const dir = tempDir();
    const logger = createMemoryLogger('debug');
    const archive = Archive.create();
    archive.add(council);
    await saveSnapshot(dir, makeSnapshot([], await archive.export(), '2025-03-12T00:00:00.000Z'), logger);
    const path = join(dir, SNAPSHOT_FILE);
    const bytes = readFileSync(path);
    bytes.fill(0x20, bytes.length - 64, bytes.length - 1);
    writeFileSync(path, bytes);
    expect(await loadSnapshot(dir, logger)).toBeNull();
    expect(logger.lines.some((l) => l.includes('unreadable'))).toBe(true);
  });
});

/**
 * A seeded property test of the embedded engine: after any sequence of puts, replacements and removals, an
 * archive saved and reopened answers exactly as the live one, and goes on doing so through more edits.
 */
import type { ArchiveReader } from '../../src/answers/archive';
import type { Article } from '../../src/corpus/types';
import { indexArticle } from '../../src/indexing/indexArticle';
import { createMemoryLogger } from '../../src/logger';
import { EmbeddedArchive } from '../../src/search/embeddedArchive';
import {
  indexFingerprint,
  loadSnapshot,
  makeSnapshot,
  saveSnapshot,
} from '../../src/search/snapshot/snapshot';
import { articleFrom } from '../support/article';
import { random } from '../support/random';
import { tempDir } from '../support/tmp';

const WORDS =
  'council harbor bridge levy vote ferry library budget mayor school tariff steel river storm flood repairs court judge appeal hospital nurses strike union wages election ballot'.split(
    ' ',
  );
const PEOPLE = ['Ana Ruiz', 'Tom Hale', 'Lena Ortiz', 'Paul Okafor', 'Mina Sato'];
const QUERIES = [
  'harbor bridge',
  'levy vote',
  'court appeal',
  'nurses strike wages',
  'storm flood repairs',
  'budget',
];

function generator(seed: number) {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const sentence = () =>
    `${Array.from({ length: 5 + Math.floor(next() * 8) }, () => pick(WORDS)).join(' ')}.`.replace(/^./, (c) =>
      c.toUpperCase(),
    );
  const paragraph = () =>
    next() < 0.3 ? `“${sentence()}” ${pick(PEOPLE)} said on Tuesday.` : `${sentence()} ${sentence()}`;
  const article = (id: string): Article =>
    articleFrom(Array.from({ length: 1 + Math.floor(next() * 5) }, paragraph).join('\n\n'), {
      id,
      title: sentence(),
      published: `2025-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`,
    });
  return { next, pick, article };
}

async function answers(archive: ArchiveReader, ids: string[]) {
  const out: unknown[] = [await archive.size()];
  for (const q of QUERIES) {
    out.push((await archive.searchPassages(q, { limit: 8 })).map((h) => [h.passage.id, h.score.toFixed(9)]));
    out.push((await archive.searchQuotes(q, 8)).map((quote) => quote.id));
  }
  for (const id of ids)
    out.push(await archive.quotesOf(id), await archive.datesOf(id), await archive.peopleOf(id));
  out.push((await archive.articleMetas()).map((m) => m.id).sort());
  out.push(
    (await archive.articleMetas({ since: '2025-03-01', until: '2025-06-30' })).map((m) => m.id).sort(),
  );
  return out;
}

async function reopen(archive: EmbeddedArchive): Promise<EmbeddedArchive> {
  const dir = tempDir();
  const logger = createMemoryLogger('debug');
  const fingerprint = indexFingerprint({ property: true });
  const items = [...(await archive.versions())].map(([id, version]) => ({ id, version, firstIndexedAt: '' }));
  const index = await archive.export();
  await saveSnapshot(dir, makeSnapshot({ fingerprint, savedAt: '', items, sourceState: [], index }), logger);
  const snapshot = await loadSnapshot(dir, fingerprint, logger);
  if (!snapshot) throw new Error(logger.lines.join('\n'));
  return EmbeddedArchive.fromData(snapshot.index);
}

/** Applies `steps` random edits to every archive alike: put a new or replaced article, or remove one. */
function edit(archives: EmbeddedArchive[], gen: ReturnType<typeof generator>, steps: number): void {
  for (let i = 0; i < steps; i++) {
    const id = `a${Math.floor(gen.next() * 12)}`;
    if (gen.next() < 0.3) for (const a of archives) a.removeNow(id);
    else {
      const indexed = indexArticle(gen.article(id));
      for (const a of archives) a.putNow(indexed, `${id}@${i}`);
    }
  }
}

describe('the embedded archive, saved and reopened', () => {
  it.each([1, 7, 42, 2025])('answers as the live one through many edits (seed %i)', async (seed) => {
    const gen = generator(seed);
    const ids = Array.from({ length: 12 }, (_, i) => `a${i}`);
    const live = EmbeddedArchive.create();
    edit([live], gen, 40);
    let reopened = await reopen(live);
    expect(await answers(reopened, ids)).toEqual(await answers(live, ids));
    for (let round = 0; round < 3; round++) {
      edit([live, reopened], gen, 25);
      expect(await answers(reopened, ids)).toEqual(await answers(live, ids));
      reopened = await reopen(reopened);
      expect(await answers(reopened, ids)).toEqual(await answers(live, ids));
      expect(await reopened.versions()).toEqual(await live.versions());
    }
  });
});

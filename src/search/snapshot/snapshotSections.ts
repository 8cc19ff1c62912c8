/**
 * The archive's part of the snapshot, each component writing and reading its own section (the passage table and
 * the postings in engine/, the lines in stores/). First the lazy part: one JSON line per article record and per
 * quote, which stay in the file and are read when an answer needs them. Then the part read at start: the
 * articles' ids and metadata (the metadata kept as read and parsed a line at a time when first needed: see
 * SavedMetas), their publication days and the days they report (columns used in place: see DayColumns), where
 * each line is, the passage table, the article of each quote, and the quote and passage postings (terms, then
 * binary blocks, used in place). Each part is a section of its own, with its own checksum (see snapshot.ts); each
 * lazy line also has its own, kept beside its offset and length and checked whenever the line is read.
 */
import type { ArticleMeta } from '../../corpus/types';
import type { ArchiveData, ArchiveExport } from '../embeddedArchive';
import { readTable, writeTable } from '../engine/passageTable';
import { readPostings, writePostings } from '../engine/postings';
import type { StoredQuote } from '../engine/quoteIndex';
import { Slicer } from '../engine/slices';
import type { ArticleRecord } from '../stores/articleStore';
import type { LineFile } from '../stores/lineFile';
import { LineStore, type Lines, writeRawLines } from '../stores/lineStore';
import { SavedMetas } from '../stores/savedMetas';
import type { SnapshotReader, SnapshotWriter, StartSections } from './snapshotFile';

const METAS_PER_LINE = 1000;
const IDS_PER_LINE = 10_000;

/** Where the lazy lines were written. */
export interface LazyLocations {
  records: Omit<Lines, 'file'>;
  quotes: Omit<Lines, 'file'>;
}

export async function writeLazyParts(writer: SnapshotWriter, data: ArchiveExport): Promise<LazyLocations> {
  const { articleOrder } = data.passages;
  writer.section('records');
  const records = await writeRawLines(writer, articleOrder.length, (from, to) =>
    data.store.rawRuns(articleOrder, from, to),
  );
  const { order, rawRuns } = data.quotes;
  writer.section('quotes');
  const quotes = await writeRawLines(writer, order.length, (from, to) => rawRuns(order, from, to));
  return { records, quotes };
}

/** Items of a save looked up in turn between chances to pause (see Slicer). */
const PAUSE_EVERY = 4096;

/**
 * `each` of `items`, giving the event loop back now and then: 100,000 articles' metadata parsed, or a million
 * quotes' articles looked up, held up Slack's acknowledgements for half a second.
 */
async function sliced<T>(items: ArrayLike<number>, slicer: Slicer, each: (item: number) => T): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % PAUSE_EVERY === 0) await slicer.pause();
    out.push(each(items[i] as number));
  }
  return out;
}

export async function writeEagerParts(
  writer: SnapshotWriter,
  data: ArchiveExport,
  at: LazyLocations,
): Promise<void> {
  const slicer = new Slicer();
  const metas = await sliced(data.passages.articleOrder, slicer, (n) => data.store.meta(n) as ArticleMeta);
  writer.section('metas');
  await writer.lines(
    metas.map((m) => m.id),
    IDS_PER_LINE,
  );
  await writer.lines(metas, METAS_PER_LINE);
  const days = data.store.daysOf(data.passages.articleOrder);
  writer.section('days');
  await writer.bytes(days.published);
  await writer.bytes(days.reportStarts);
  await writer.bytes(days.reports);
  writer.section('recordLines');
  await writer.bytes(at.records.offsets);
  await writer.bytes(at.records.lengths);
  await writer.bytes(at.records.sums);
  writer.section('passageTable');
  await writeTable(writer, data.passages.table);
  const number = new Map(metas.map((m, i) => [m.id, i]));
  const quoteArticles = Int32Array.from(
    await sliced(data.quotes.order, slicer, (slot) => number.get(data.quotes.articleOf(slot)) ?? -1),
  );
  writer.section('quoteLines');
  await writer.bytes(at.quotes.offsets);
  await writer.bytes(at.quotes.lengths);
  await writer.bytes(at.quotes.sums);
  await writer.bytes(quoteArticles);
  writer.section('quotePostings');
  await writePostings(writer, data.quotes.postings);
  writer.section('passagePostings');
  await writePostings(writer, data.passages.postings);
}

export function readEagerParts(sections: StartSections, file: LineFile): Omit<ArchiveData, 'versions'> {
  const section = <T>(name: string, read: (reader: SnapshotReader) => T) => sections.read(name, read);
  const articles = section('metas', (r) => new SavedMetas(r.lines<string>(), r.rawLines(), METAS_PER_LINE));
  const lines = <T>(reader: SnapshotReader) =>
    LineStore.over<T>({ file, offsets: reader.float64(), lengths: reader.uint32(), sums: reader.uint32() });
  const days = section('days', (r) => ({
    published: r.int32(),
    reportStarts: r.int32(),
    reports: r.int32(),
  }));
  const records = section('recordLines', (r) => lines<ArticleRecord>(r));
  const table = section('passageTable', readTable);
  const [quoteLines, quoteArticles] = section(
    'quoteLines',
    (r) => [lines<StoredQuote>(r), r.int32()] as const,
  );
  const quotes = {
    lines: quoteLines,
    articleNumbers: quoteArticles,
    articles,
    postings: section('quotePostings', readPostings),
  };
  const passages = { articles, days, records, table, postings: section('passagePostings', readPostings) };
  return { passages, quotes };
}

/**
 * The archive's part of the snapshot: one line per article record, the quotes a hundred to a line, then the quote
 * and passage postings (each: terms, then four binary blocks).
 */
import type { ArchiveData, ArchiveRecord } from './archive';
import type { PostingsData } from './postings';
import type { StoredQuote } from './quoteIndex';
import type { SnapshotReader, SnapshotWriter } from './snapshotFile';

const TERMS_PER_LINE = 5000;
const QUOTES_PER_LINE = 100;

export async function writeArchive(writer: SnapshotWriter, data: ArchiveData): Promise<void> {
  await writer.lines(data.records, 1);
  await writer.lines(data.quotes.quotes, QUOTES_PER_LINE);
  await writePostings(writer, data.quotes.postings);
  await writePostings(writer, data.postings);
}

export function readArchive(reader: SnapshotReader): ArchiveData {
  const records = reader.lines<ArchiveRecord>();
  const quotes = { quotes: reader.lines<StoredQuote>(), postings: readPostings(reader) };
  return { records, quotes, postings: readPostings(reader) };
}

async function writePostings(writer: SnapshotWriter, postings: PostingsData): Promise<void> {
  await writer.lines(postings.terms, TERMS_PER_LINE);
  await writer.bytes(postings.counts);
  await writer.bytes(postings.slots);
  await writer.bytes(postings.weights);
  await writer.bytes(postings.lengths);
}

function readPostings(reader: SnapshotReader): PostingsData {
  const terms = reader.lines<string>();
  const counts = new Uint32Array(reader.bytes());
  const slots = new Int32Array(reader.bytes());
  const weights = new Float32Array(reader.bytes());
  const lengths = new Float32Array(reader.bytes());
  if (counts.length !== terms.length || slots.length !== weights.length) {
    throw new Error('snapshot postings do not match their terms');
  }
  return { terms, counts, slots, weights, lengths };
}

/**
 * Impact lists: a very common term's postings saved a second time, in the order they score, so that its best k
 * passages are found without decoding and scoring every one of them (a timeline asks for the 10,000 best of the
 * 600,000 passages that name "Clinton" in 100,000 articles). For a one-term query a posting's score depends only
 * on its weighted frequency and its passage's length: it rises with the frequency and falls with the length,
 * whatever the archive's average length and the term's idf. A term has few distinct weighted frequencies (a
 * count, boosted in a title or outlet), so its postings are grouped by frequency, each group shortest passage
 * first (ties by slot). Only the start of each group is saved (`impactPlan.prefix` postings and the rest of the
 * last length), since a query for k never takes more than k from one group.
 *
 * A query takes whole runs of one length (equal scores), always the best-scoring run left of any group, until it
 * holds k live postings and the next run scores below the k-th: every posting it leaves scores below the k-th
 * too. When a group's saved start runs out while its unsaved rest could still reach the k-th score (removed
 * passages, or k above the prefix), it answers null and the caller reads the postings whole. Postings added
 * after the lists were saved are not in them: the caller offers those besides. The scores are computed by the
 * same function from the same floats as the whole read's, so the answers are identical.
 */
import type { SnapshotReader, SnapshotWriter } from '../snapshot/snapshotFile';
import { termScore } from './bm25';
import { mapTyped } from './mapTyped';
import { bestFirst, distinctInPlace, nthSmallest, rankOf, SelectTopK, SLOT_SPAN } from './selectTopK';
import type { Slicer } from './slices';
import type { Best, Kept, Scored } from './topK';

/**
 * Which terms get impact lists, and how much of each group is saved. Tests lower both; the prefix is the largest
 * k (a timeline's 10,000 passages) the lists answer for certain.
 */
export const impactPlan = { minPostings: 100_000, prefix: 10_000 };

/** Postings grouped between two chances to pause (see Slicer). */
const PAUSE_EVERY = 64 * 1024;

export interface ImpactLists {
  /** The ids of the terms that have impact lists, ascending. */
  terms: Int32Array;
  /** Per listed term, its first group; one more entry: where the last term's groups end. */
  termGroups: Uint32Array;
  /** Per group: its weighted frequency's code (in the postings' tfTable). */
  groupCode: Uint32Array;
  /** Per group: how many postings of that frequency the term has, saved or not. */
  groupTotal: Uint32Array;
  /** Per group, where its saved slots start in `slots`; one more entry: where the last group's end. */
  groupStart: Uint32Array;
  /** Each group's saved slots, shortest passage first, ties by slot. */
  slots: Int32Array;
}

export const noImpactLists = (): ImpactLists => ({
  terms: new Int32Array(0),
  termGroups: new Uint32Array(1),
  groupCode: new Uint32Array(0),
  groupTotal: new Uint32Array(0),
  groupStart: new Uint32Array(1),
  slots: new Int32Array(0),
});

/** A term's live postings in slot order, as saving reads them: slots, frequency codes and passage lengths. */
export interface TermPostings {
  slots: Int32Array;
  codes: Uint32Array;
  lengths: Float32Array;
  count: number;
}

/** Gathers the impact lists of the terms saved, one term at a time, in term order. */
export class ImpactListsBuilder {
  private readonly terms: number[] = [];
  private readonly termGroups: number[] = [0];
  private readonly groupCode: number[] = [];
  private readonly groupTotal: number[] = [];
  private readonly groupStart: number[] = [0];
  private readonly runs: Int32Array[] = [];
  private saved = 0;

  /** Whether a term with this many postings gets impact lists. */
  wants(count: number): boolean {
    return count > impactPlan.minPostings;
  }

  /** Adds a term's lists, giving the event loop back between groups (see Slicer). */
  async add(term: number, postings: TermPostings, slicer: Slicer): Promise<void> {
    const byCode = new Map<number, number[]>();
    for (let i = 0; i < postings.count; i++) {
      if (i > 0 && i % PAUSE_EVERY === 0) await slicer.pause();
      const code = postings.codes[i] as number;
      const group = byCode.get(code);
      if (group) group.push(i);
      else byCode.set(code, [i]);
    }
    for (const code of [...byCode.keys()].sort((a, b) => a - b)) {
      await slicer.pause();
      const group = byCode.get(code) as number[];
      const slots = savedStart(group, postings);
      this.groupCode.push(code);
      this.groupTotal.push(group.length);
      this.runs.push(slots);
      this.saved += slots.length;
      this.groupStart.push(this.saved);
    }
    this.terms.push(term);
    this.termGroups.push(this.groupCode.length);
  }

  lists(): ImpactLists {
    const slots = new Int32Array(this.saved);
    let at = 0;
    for (const run of this.runs) {
      slots.set(run, at);
      at += run.length;
    }
    return {
      terms: Int32Array.from(this.terms),
      termGroups: Uint32Array.from(this.termGroups),
      groupCode: Uint32Array.from(this.groupCode),
      groupTotal: Uint32Array.from(this.groupTotal),
      groupStart: Uint32Array.from(this.groupStart),
      slots,
    };
  }
}

/**
 * The slots of a group (indices into `postings`, in slot order) that are saved: the `impactPlan.prefix` of the
 * shortest passages and every other one as short as the last of them, shortest first, ties by slot.
 */
function savedStart(group: readonly number[], postings: TermPostings): Int32Array {
  const { prefix } = impactPlan;
  let kept = group;
  if (group.length > prefix) {
    const lengths = mapTyped(Float64Array, group, (i) => postings.lengths[i] as number);
    const longest = nthSmallest(lengths, prefix - 1, lengths.length);
    kept = group.filter((i) => (postings.lengths[i] as number) <= longest);
  }
  const lengths = mapTyped(Float64Array, kept, (i) => postings.lengths[i] as number).sort();
  const distinct = distinctInPlace(lengths);
  // Shortest first, ties by slot: the rank of the length times SLOT_SPAN plus the slot, sorted as numbers.
  const keys = mapTyped(
    Float64Array,
    kept,
    (i) =>
      rankOf(lengths, distinct, postings.lengths[i] as number) * SLOT_SPAN + (postings.slots[i] as number),
  ).sort();
  return mapTyped(Int32Array, keys, (key) => key % SLOT_SPAN);
}

/** What a query reads its impact lists with: the postings' table of frequencies and the collection's state. */
export interface ImpactQuery {
  lists: ImpactLists;
  tfTable: Float32Array;
  /** By slot. */
  lengths: Float32Array;
  live: Uint8Array;
  average: number;
}

/** The candidates a query took: slots and scores, `count` of them, in the order taken (best runs first). */
export interface ImpactCandidates {
  slots: Int32Array;
  scores: Float64Array;
  count: number;
}

/** Where a term's lists are among the listed terms, or -1. */
export function listedTerm(lists: ImpactLists, term: number): number {
  const { terms } = lists;
  let lo = 0;
  let hi = terms.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = terms[mid] as number;
    if (at === term) return mid;
    if (at < term) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** One group being read: where its next run starts and ends, its frequency, and the score of that run. */
interface Cursor {
  at: number;
  end: number;
  tf: number;
  /** Whether postings of the group were left unsaved. */
  truncated: boolean;
  /** The score of the run at `at`. */
  score: number;
  /** The passage length of the last run read. */
  length: number;
}

/**
 * Every live saved posting of listed term `listed` that scores at least the `limit`-th best (ties included), or
 * null when the unsaved postings could reach that score (then only a whole read is exact).
 */
export function impactCandidates(
  query: ImpactQuery,
  listed: number,
  weight: number,
  idf: number,
  limit: number,
): ImpactCandidates | null {
  const { lists, lengths, live, average } = query;
  const scoreOf = (c: Cursor) =>
    termScore(weight, idf, c.tf, lengths[lists.slots[c.at] as number] as number, average);
  const cursors = groupCursors(query, listed);
  for (const c of cursors) c.score = scoreOf(c);
  const out: ImpactCandidates = {
    slots: new Int32Array(limit + 64),
    scores: new Float64Array(limit + 64),
    count: 0,
  };
  let kth = Number.NEGATIVE_INFINITY;
  for (;;) {
    const best = bestRun(cursors);
    if (!best || (out.count >= limit && best.score < kth)) break;
    const length = lengths[lists.slots[best.at] as number] as number;
    best.length = length;
    while (best.at < best.end && lengths[lists.slots[best.at] as number] === length) {
      const slot = lists.slots[best.at++] as number;
      if (live[slot] === 1) take(out, slot, best.score);
    }
    if (out.count >= limit && kth === Number.NEGATIVE_INFINITY) kth = best.score;
    if (best.at < best.end) best.score = scoreOf(best);
  }
  // A group read through whose unsaved rest could still reach the k-th: its passages are all longer than the
  // last run read, so none scores above a passage one float longer (a score never rises with the length).
  const unsure = cursors.some(
    (c) =>
      c.truncated && c.at === c.end && termScore(weight, idf, c.tf, nextFloat32(c.length), average) >= kth,
  );
  return unsure ? null : out;
}

const FLOAT = new Float32Array(1);
const FLOAT_BITS = new Uint32Array(FLOAT.buffer);

/** The least 32-bit float above a length (lengths are kept as 32-bit floats, never negative). */
function nextFloat32(length: number): number {
  FLOAT[0] = length;
  FLOAT_BITS[0] = (FLOAT_BITS[0] as number) + 1;
  return FLOAT[0] as number;
}

function groupCursors(query: ImpactQuery, listed: number): Cursor[] {
  const { lists, tfTable } = query;
  const cursors: Cursor[] = [];
  for (let g = lists.termGroups[listed] as number; g < (lists.termGroups[listed + 1] as number); g++) {
    const at = lists.groupStart[g] as number;
    const end = lists.groupStart[g + 1] as number;
    const tf = tfTable[lists.groupCode[g] as number] as number;
    cursors.push({ at, end, tf, truncated: end - at < (lists.groupTotal[g] as number), score: 0, length: 0 });
  }
  return cursors;
}

/** The group whose next run scores best, or null when every group is read through. */
function bestRun(cursors: readonly Cursor[]): Cursor | null {
  let best: Cursor | null = null;
  for (const c of cursors) if (c.at < c.end && (!best || c.score > best.score)) best = c;
  return best;
}

/**
 * The first `limit` candidates best first, ties by slot, when they were taken in order of score (runs best
 * first, each run's slots ascending: only runs of equal scores need their slots merged); null when a later one
 * scores higher.
 */
export function inScoreOrder(found: ImpactCandidates, limit: number): Scored[] | null {
  const { slots, scores, count } = found;
  for (let i = 1; i < count; i++) if ((scores[i] as number) > (scores[i - 1] as number)) return null;
  const out: Scored[] = new Array(Math.min(count, limit));
  for (let from = 0; from < out.length; ) {
    let to = from + 1;
    while (to < count && scores[to] === scores[from]) to++;
    slots.subarray(from, to).sort();
    for (let i = from; i < Math.min(to, out.length); i++)
      out[i] = { slot: slots[i] as number, score: scores[i] as number };
    from = to;
  }
  return out;
}

/**
 * The `limit` best of the candidates: best first (in score order as read, or sorted when postings added since
 * came among them), or unordered, selected when ties at the k-th score made more candidates than `limit`.
 */
export function impactBest(found: ImpactCandidates, limit: number): Best {
  return {
    sorted: () => {
      const best =
        inScoreOrder(found, limit) ??
        bestFirst(found.scores, found.slots, found.count, new Float64Array(found.count));
      return best.length > limit ? best.slice(0, limit) : best;
    },
    kept: (): Kept => {
      if (found.count <= limit) return found;
      const top = new SelectTopK(limit);
      for (let i = 0; i < found.count; i++) top.offer(found.slots[i] as number, found.scores[i] as number);
      return top.kept();
    },
  };
}

/** Adds a candidate. */
export function take(out: ImpactCandidates, slot: number, score: number): void {
  if (out.count === out.slots.length) {
    const slots = new Int32Array(out.slots.length * 2);
    const scores = new Float64Array(out.scores.length * 2);
    slots.set(out.slots);
    scores.set(out.scores);
    out.slots = slots;
    out.scores = scores;
  }
  out.slots[out.count] = slot;
  out.scores[out.count] = score;
  out.count++;
}

/** The lists' part of the postings' section: their arrays as binary blocks. */
export async function writeImpactLists(writer: SnapshotWriter, lists: ImpactLists): Promise<void> {
  await writer.bytes(lists.terms);
  await writer.bytes(lists.termGroups);
  await writer.bytes(lists.groupCode);
  await writer.bytes(lists.groupTotal);
  await writer.bytes(lists.groupStart);
  await writer.bytes(lists.slots);
}

/** Reads what `writeImpactLists` wrote. */
export function readImpactLists(reader: SnapshotReader): ImpactLists {
  const lists = {
    terms: reader.int32(),
    termGroups: reader.uint32(),
    groupCode: reader.uint32(),
    groupTotal: reader.uint32(),
    groupStart: reader.uint32(),
    slots: reader.int32(),
  };
  const groups = lists.groupCode.length;
  if (
    lists.termGroups.length !== lists.terms.length + 1 ||
    lists.groupTotal.length !== groups ||
    lists.groupStart.length !== groups + 1 ||
    lists.termGroups[lists.terms.length] !== groups ||
    lists.groupStart[groups] !== lists.slots.length
  ) {
    throw new Error('snapshot impact lists do not match their groups');
  }
  return lists;
}

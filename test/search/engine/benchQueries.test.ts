import { createAnswers } from '../../../src/answers/answers';
import { BENCH_QUERIES, type BenchCommand } from '../../../src/bench/queries';
import { createMemoryLogger } from '../../../src/logger';
import { queryPlan } from '../../../src/search/engine/postings';
import { openCorpusIndex } from '../../../src/search/sync/openCorpusIndex';
import { SEED_CORPUS } from '../../support/cli';
import { tempDir } from '../../support/tmp';

async function answersOf(archive: Parameters<typeof createAnswers>[0], prune: boolean) {
  const answers = createAnswers(archive);
  const out: Record<string, unknown> = {};
  queryPlan.prune = prune;
  queryPlan.pruneShortLists = prune; // the seed corpus's lists are short: pruned even so
  try {
    for (const command of Object.keys(BENCH_QUERIES) as BenchCommand[]) {
      const run = answers[command] as (input: string) => Promise<unknown>;
      for (const input of BENCH_QUERIES[command]) out[`${command} ${input}`] = await run(input);
    }
  } finally {
    queryPlan.prune = true;
    queryPlan.pruneShortLists = false;
  }
  return out;
}

describe("the bench's query set", () => {
  it('gets the same answers from compact, pruned postings as from plain ones scored exhaustively', async () => {
    const dataDir = tempDir();
    const logger = createMemoryLogger();
    const built = await openCorpusIndex({ corpusDir: SEED_CORPUS, dataDir, logger });
    const reopened = await openCorpusIndex({ corpusDir: SEED_CORPUS, dataDir, logger });
    expect(reopened.stats.snapshot).toBe('reused');
    const exhaustive = await answersOf(built.archive, false);
    const pruned = await answersOf(reopened.archive, true);
    expect(Object.keys(pruned)).toHaveLength(24);
    expect(pruned).toEqual(exhaustive);
    expect(JSON.stringify(pruned)).toContain('"ok":true');
  });
});

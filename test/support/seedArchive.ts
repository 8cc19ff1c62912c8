/** The answers over the bundled seed corpus, indexed once per test file into a temporary data folder. */
import { type Answers, createAnswers } from '../../src/answers/answers';
import { createMemoryLogger } from '../../src/logger';
import { openCorpusIndex } from '../../src/search/sync/openCorpusIndex';
import { SEED_CORPUS } from './cli';
import { tempDir } from './tmp';

export async function seedAnswers(): Promise<Answers> {
  const { archive } = await openCorpusIndex({
    corpusDir: SEED_CORPUS,
    dataDir: tempDir(),
    logger: createMemoryLogger(),
  });
  return createAnswers(archive);
}

/** The answer of a result that must be ok. */
type Result<A> = { ok: true; answer: A } | { ok: false; problem: string };

export async function okAnswer<A>(pending: Result<A> | Promise<Result<A>>): Promise<A> {
  const result = await pending;
  if (!result.ok) throw new Error(`refused: ${result.problem}`);
  return result.answer;
}

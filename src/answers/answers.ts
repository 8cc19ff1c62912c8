/** All the answers over one archive, wired together (who-said suggests passages when it finds nothing). */

import type { Result } from '../errors';
import type { ArchiveReader } from './archive';
import { createAsk } from './ask';
import { createCheckQuotes } from './checkQuotes';
import { answerProfile, type ProfileAnswer } from './profile';
import { normaliseQuery, type QueryProblem } from './query';
import { createSearch } from './search';
import { createTimeline } from './timeline';
import { createWhoSaid } from './whosaid';

export function createAnswers(archive: ArchiveReader) {
  const search = createSearch({ archive });
  const suggest = async (query: string, limit: number) => {
    const result = await search(query, limit);
    return result.ok ? result.answer.hits : [];
  };
  const whosaid = createWhoSaid({ archive, suggest });
  const timeline = createTimeline({ archive });
  const profile = async (name: string): Promise<Result<ProfileAnswer, QueryProblem>> => {
    const query = normaliseQuery(name);
    return query.ok ? { ok: true, answer: await answerProfile(archive, query.text) } : query;
  };
  const checkquotes = createCheckQuotes({ whosaid });
  const ask = createAsk({ archive, search, whosaid, timeline });
  return { search, whosaid, timeline, profile, checkquotes, ask };
}

export type Answers = ReturnType<typeof createAnswers>;

/** All the answers over one archive, wired together (who-said suggests passages when it finds nothing). */
import type { Archive } from '../search/archive';
import { createSearch } from './search';
import { createTimeline } from './timeline';
import { createWhoSaid } from './whosaid';

export function createAnswers(archive: Archive) {
  const search = createSearch({ archive });
  const suggest = (query: string, limit: number) => {
    const result = search(query, limit);
    return result.ok ? result.answer.hits : [];
  };
  return { search, whosaid: createWhoSaid({ archive, suggest }), timeline: createTimeline({ archive }) };
}

export type Answers = ReturnType<typeof createAnswers>;

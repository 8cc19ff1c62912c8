/** All the answers over one archive, wired together (who-said suggests passages when it finds nothing). */
import type { Archive } from '../search/archive';
import { createAsk } from './ask';
import { createCheckQuotes } from './checkQuotes';
import { createSearch } from './search';
import { createTimeline } from './timeline';
import { createWhoSaid } from './whosaid';

export function createAnswers(archive: Archive) {
  const search = createSearch({ archive });
  const suggest = (query: string, limit: number) => {
    const result = search(query, limit);
    return result.ok ? result.answer.hits : [];
  };
  const whosaid = createWhoSaid({ archive, suggest });
  const timeline = createTimeline({ archive });
  const checkquotes = createCheckQuotes({ whosaid });
  return { search, whosaid, timeline, checkquotes, ask: createAsk({ archive, search, whosaid, timeline }) };
}

export type Answers = ReturnType<typeof createAnswers>;

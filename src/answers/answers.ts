/** All the answers over one archive, wired together (who-said suggests passages when it finds nothing). */
import type { ArchiveReader } from './archive';
import { createAsk } from './ask';
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
  return { search, whosaid, timeline, ask: createAsk({ archive, search, whosaid, timeline }) };
}

export type Answers = ReturnType<typeof createAnswers>;

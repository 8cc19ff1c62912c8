/** Answers over a few articles written for a test, indexed into temporary folders. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Answers, createAnswers } from '../../src/answers/answers';
import { createMemoryLogger } from '../../src/logger';
import { openCorpusIndex } from '../../src/search/sync/openCorpusIndex';
import { tempDir } from './tmp';

export interface SmallArticle {
  id: string;
  outlet: string;
  published: string;
  body: string;
}

export async function answersOver(articles: SmallArticle[]): Promise<Answers> {
  const corpusDir = tempDir();
  for (const a of articles) {
    const front = ['---', 'title: null', `outlet: "${a.outlet}"`, `published: ${a.published}`, '---', ''];
    writeFileSync(join(corpusDir, `${a.id}.md`), `${front.join('\n')}${a.body}\n`);
  }
  const { archive } = await openCorpusIndex({ corpusDir, dataDir: tempDir(), logger: createMemoryLogger() });
  return createAnswers(archive);
}

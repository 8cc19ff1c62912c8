/** The index pool runs the built worker module (dist/), so it is an end-to-end test: the project rebuilds dist first. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../../src/corpus/parseArticle';
import { indexArticle } from '../../src/indexing/indexArticle';
import { createIndexer, IndexDeadlineError } from '../../src/indexing/pool';
import { prepareArticle } from '../../src/search/engine/prepareArticle';
import { articleFrom } from '../support/article';

const WORKER = path.resolve(__dirname, '../../dist/indexing/indexWorker.js');
const ENGINE_WORKER = path.resolve(__dirname, '../../dist/search/indexWorker.js');
const CORPUS = path.resolve(__dirname, '../../corpus');
const pause = async () => undefined;

describe('the index pool', () => {
  it('has its built worker module', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it('gives exactly what the pipeline gives on this thread, for every bundled article', async () => {
    const indexer = createIndexer({ threads: 2, workerFile: WORKER });
    try {
      const articles = readdirSync(CORPUS).map(
        (file) =>
          parseArticle({ id: file, file, text: readFileSync(path.join(CORPUS, file), 'utf8') }).article,
      );
      const pooled = await Promise.all(articles.map((a) => indexer.index(a, pause)));
      expect(pooled).toEqual(articles.map((a) => indexArticle(a)));
      expect(indexer.parallel).toBe(2);
    } finally {
      await indexer.close();
    }
  });

  it("with the embedded engine's worker, also gives the form the engine stores, as made on this thread", async () => {
    const indexer = createIndexer({ threads: 2, workerFile: ENGINE_WORKER });
    try {
      const articles = readdirSync(CORPUS).map(
        (file) =>
          parseArticle({ id: file, file, text: readFileSync(path.join(CORPUS, file), 'utf8') }).article,
      );
      const pooled = await Promise.all(articles.map((a) => indexer.index(a, pause)));
      const here = articles.map((a) => indexArticle(a));
      expect(pooled).toEqual(here.map((a) => ({ ...a, prepared: prepareArticle(a) })));
    } finally {
      await indexer.close();
    }
  });

  it('abandons an article past its deadline with an error naming it, and goes on with the next', async () => {
    const indexer = createIndexer({ threads: 1, workerFile: WORKER, deadlineMs: 1 });
    try {
      const long = articleFrom(
        `"We will be there," the mayor said. ${'The council met again and voted. '.repeat(3000)}`,
        {
          id: 'long-minutes',
        },
      );
      await expect(indexer.index(long, pause)).rejects.toThrow(IndexDeadlineError);
      await expect(indexer.index(long, pause)).rejects.toThrow(/long-minutes took longer than/);
    } finally {
      await indexer.close();
    }
    const roomy = createIndexer({ threads: 1, workerFile: WORKER });
    try {
      const short = articleFrom('The bridge reopened on Monday.', { id: 'bridge' });
      expect((await roomy.index(short, pause)).article.id).toBe('bridge');
    } finally {
      await roomy.close();
    }
  });

  it('runs on this thread when there is no worker module (or no threads are asked for)', async () => {
    const indexer = createIndexer({ threads: 2, workerFile: path.join(CORPUS, 'no-such-worker.js') });
    expect(indexer.parallel).toBe(1);
    const article = articleFrom('The bridge reopened on Monday.', { id: 'bridge' });
    expect(await indexer.index(article, pause)).toEqual(indexArticle(article));
    expect(createIndexer({ threads: 0, workerFile: WORKER }).parallel).toBe(1);
  });
});

import type { ArchiveWriter } from '../../src/answers/archive';
import type { Article } from '../../src/corpus/types';
import { indexArticle } from '../../src/indexing/indexArticle';
import { syncSource } from '../../src/indexing/sync';
import type { IndexedArticle } from '../../src/indexing/types';
import type { ArticleSource } from '../../src/sources/types';
import { articleFrom } from '../support/article';

const BODIES: Record<string, string> = {
  budget: 'The council passed the budget on Tuesday. "We kept every library open," Mayor Ada Okafor said.',
  bridge: 'The Harbour Bridge reopened on Monday after three weeks of repairs.',
  strike: 'Bus drivers walked out on Friday. "We had no choice," said union leader Tom Reyes.',
};

function sourceOf(ids: string[]): ArticleSource {
  return {
    name: 'test',
    scan: async () => ({
      skipped: [],
      items: ids.map((id) => ({
        id,
        version: `v-${id}`,
        read: async () => ({
          ok: true as const,
          article: articleFrom(BODIES[id] ?? '', { id }),
          version: `v-${id}`,
        }),
      })),
    }),
  };
}

function writerOf(): ArchiveWriter & { puts: string[] } {
  const stored = new Map<string, string>();
  const puts: string[] = [];
  return {
    puts,
    put: async (indexed, version) => {
      puts.push(indexed.article.id);
      stored.set(indexed.article.id, version);
    },
    remove: async (id) => void stored.delete(id),
    versions: async () => new Map(stored),
  };
}

const pause = async () => undefined;

describe('syncSource', () => {
  it('indexes a batch at once and stores the results in the source order, however they finish', async () => {
    const writer = writerOf();
    const delays: Record<string, number> = { budget: 30, bridge: 0, strike: 10 };
    const index = (article: Article) =>
      new Promise<IndexedArticle>((resolve) =>
        setTimeout(() => resolve(indexArticle(article)), delays[article.id] ?? 0),
      );
    let running = 0;
    let most = 0;
    const counted = async (article: Article) => {
      most = Math.max(most, ++running);
      const done = await index(article);
      running--;
      return done;
    };
    const result = await syncSource(sourceOf(['budget', 'bridge', 'strike']), writer, {
      pause,
      index: counted,
    });
    expect(writer.puts).toEqual(['budget', 'bridge', 'strike']);
    expect(result.indexed).toEqual(['budget', 'bridge', 'strike']);
    expect(most).toBe(3);
  });

  it('skips an article that cannot be indexed, with the reason, and stores the others', async () => {
    const writer = writerOf();
    const index = async (article: Article) => {
      if (article.id === 'bridge') throw new Error('indexing bridge took longer than 60 s; skipped');
      return indexArticle(article);
    };
    const result = await syncSource(sourceOf(['budget', 'bridge', 'strike']), writer, { pause, index });
    expect(writer.puts).toEqual(['budget', 'strike']);
    expect(result.skipped).toEqual([
      { file: 'bridge.md', reason: 'could not be indexed: indexing bridge took longer than 60 s; skipped' },
    ]);
    expect(result.removed).toEqual([]);
  });

  it('stops, removing nothing, when every article it tried failed: the pipeline is broken, not an article', async () => {
    const writer = writerOf();
    await syncSource(sourceOf(['budget', 'bridge']), writer, { pause, index: async (a) => indexArticle(a) });
    const broken = async () => Promise.reject(new Error('worker could not start'));
    const edited = sourceOf(['strike']);
    await expect(syncSource(edited, writer, { pause, index: broken })).rejects.toThrow(
      /none of the 1 articles to index could be indexed \(first: worker could not start\)/,
    );
    expect([...(await writer.versions()).keys()]).toEqual(['budget', 'bridge']);
  });
});

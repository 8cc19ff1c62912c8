/**
 * What the embedded engine stores of an indexed article, made beforehand: where extraction runs in a worker of
 * the index pool, the worker makes it too (it has CPU to spare while the main thread stores), so the main thread
 * only looks up term ids and copies lines. Made by the same functions the engine uses when it is absent, so what
 * is stored is the same either way.
 */
import type { IndexedArticle, PreparedArticle } from '../../indexing/types';
import { recordLine, recordOf } from '../stores/articleStore';
import { FIELD_BOOST } from './passageIndex';
import { preparedQuotes } from './quoteIndex';
import { passageRows } from './termRows';

export function prepareArticle(indexed: IndexedArticle): PreparedArticle {
  const { article, passages, quotes } = indexed;
  const quoted = preparedQuotes(article.id, quotes);
  const { rows, pairs } = passageRows(article, passages, FIELD_BOOST);
  return {
    passageTerms: rows,
    passagePairs: pairs,
    quoteTerms: quoted.terms,
    recordLine: recordLine(recordOf(indexed)),
    quoteLines: [...quoted.lines],
  };
}

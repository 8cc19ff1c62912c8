/** A one-article archive written for the tests: a treasurer's quote about a ferry. */
import type { EmbeddedArchive } from '../../src/search/embeddedArchive';
import { archiveOf } from './archive';
import { articleFrom } from './article';

export const FERRY_QUOTE = 'The ferry will run until midnight from the first of May';

export function ferryArchive(): EmbeddedArchive {
  return archiveOf(
    articleFrom(
      `“${FERRY_QUOTE},” said Mara Voss, the council treasurer, on Tuesday.\n\n` +
        'The harbor commission approved the later schedule by four votes to one.',
      { id: 'ferry', title: 'Ferry runs late', published: '2025-03-12' },
    ),
  );
}

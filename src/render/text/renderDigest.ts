import type { Citation } from '../../answers/citation';
/** Plain-text rendering of the digest. */
import type { Digest } from '../../digest/compose';
import { MSG } from '../../messages';
import { citationLine } from './renderText';

const undatedItem = (c: Citation) => `${c.title ?? c.articleId}${c.outlet ? ` (${c.outlet})` : ''}`;

export function renderDigestText(d: Digest): string {
  if (d.stories.length === 0 && d.undated.length === 0) return MSG.digestNothing(d.since, d.until);
  const lines = [MSG.digestText(d.since, d.until, d.stories.length)];
  for (const story of d.stories) {
    lines.push('', `■ ${story.headline}`, `  ${story.summary}`);
    if (story.outlets.length)
      lines.push(`  ${MSG.digestOutlets(story.outlets.join(', '), story.articles.length)}`);
    for (const q of story.quotes) lines.push(`  ${MSG.digestQuote(q.speaker, q.role, q.quote)}`);
    for (const c of story.articles) lines.push(`    ${citationLine({ ...c, title: null })}`);
  }
  if (d.undated.length) lines.push('', MSG.digestUndatedLine(d.undated.map(undatedItem).join('; ')));
  if (d.mostQuoted.length)
    lines.push('', MSG.mostQuotedLine(d.mostQuoted.map((m) => `${m.speaker} (${m.count})`).join(', ')));
  return lines.join('\n');
}

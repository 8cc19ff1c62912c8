/** Plain-text rendering of the digest. */
import type { Digest } from '../../digest/compose';
import { MSG } from '../../messages';
import { citationLine } from './renderText';

export function renderDigestText(d: Digest): string {
  if (d.stories.length === 0) return MSG.digestNothing(d.since, d.until);
  const lines = [MSG.digestText(d.since, d.until, d.stories.length)];
  for (const story of d.stories) {
    lines.push('', `■ ${story.headline}`, `  ${story.summary}`);
    for (const q of story.quotes) lines.push(`  ${q.speaker}: ${q.quote}`);
    for (const c of story.articles) lines.push(`    ${citationLine(c)}`);
  }
  if (d.mostQuoted.length)
    lines.push('', MSG.mostQuotedLine(d.mostQuoted.map((m) => `${m.speaker} (${m.count})`).join(', ')));
  return lines.join('\n');
}

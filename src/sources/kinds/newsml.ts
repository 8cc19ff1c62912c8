/**
 * `newsml`: NewsML-G2 `newsItem` XML (alone, or in a `newsMessage`). The item's `guid` is its id; the metadata
 * comes from `itemMeta` (`versionCreated`, `firstCreated`, `pubStatus`, `embargoed`) and `contentMeta`
 * (`headline`, `creator`, `by`); the text from the XHTML in `contentSet/inlineXML`. `stat:withdrawn` and
 * `stat:canceled` remove the item.
 */
import type { WireItem } from '../compose';
import { fragmentParagraphs } from '../html/htmlText';
import type { WireFile } from './dropFolder';
import { bylineNames } from './ninjs';
import { asList, type Node, node, parseXml, text } from './xml';

function newsItems(doc: Node): Node[] {
  const direct = asList(doc.newsItem).map(node);
  const inMessage = asList(node(doc.newsMessage).itemSet).flatMap((set) =>
    asList(node(set).newsItem).map(node),
  );
  return [...direct, ...inMessage];
}

/** The XHTML bodies, in document order, from the raw XML (kept as markup for the HTML reader). */
function inlineBodies(xml: string): string[] {
  return [...xml.matchAll(/<(?:\w+:)?inlineXML\b[^>]*>([\s\S]*?)<\/(?:\w+:)?inlineXML>/g)].map(
    (m) => m[1] ?? '',
  );
}

const qcode = (v: unknown) => String(node(v)['@qcode'] ?? '').toLowerCase();

export function readNewsml(xml: string): WireFile {
  const items = newsItems(parseXml(xml));
  if (items.length === 0) throw new Error('no NewsML-G2 newsItem');
  const bodies = inlineBodies(xml);
  const file: WireFile = { items: [], removed: [] };
  items.forEach((item, i) => {
    const guid = String(item['@guid'] ?? '').trim();
    if (!guid) return;
    const meta = node(item.itemMeta);
    const status = qcode(meta.pubStatus);
    if (status.endsWith('withdrawn') || status.endsWith('canceled')) {
      file.removed.push(guid);
      return;
    }
    const content = node(item.contentMeta);
    const creators = asList(content.creator).map(
      (c) => text(node(c).name) ?? String(node(c)['@literal'] ?? '') ?? '',
    );
    const published = text(meta.firstCreated) ?? text(content.contentCreated) ?? text(meta.versionCreated);
    const modified = text(meta.versionCreated);
    const wire: WireItem = {
      guid,
      title: text(asList(content.headline)[0]),
      authors: creators.filter(Boolean).length ? creators.filter(Boolean) : bylineNames(text(content.by)),
      url: null,
      outlet: text(node(meta.provider).name) ?? null,
      published,
      modified: modified !== published ? modified : null,
      paragraphs: fragmentParagraphs(bodies[i] ?? ''),
      embargoedUntil: text(meta.embargoed),
    };
    file.items.push(wire);
  });
  return file;
}

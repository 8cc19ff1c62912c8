/**
 * `ninjs`: IPTC ninjs 2.x and 3.x JSON wire items (one item, or a list, per file). The item's `uri` is its id;
 * `pubstatus: withdrawn` (or `canceled`) removes it; `embargoed` holds it until that time. ninjs 2 gives
 * `headline`, `body_html`/`body_text` and `byline`; ninjs 3 gives `headlines`, `bodies` and `bylines`.
 */
import type { WireItem } from '../compose';
import { fragmentParagraphs } from '../html/htmlText';
import type { WireFile } from './dropFolder';

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (typeof v === 'object' && v !== null ? (v as Rec) : {});
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
const list = (v: unknown) => (Array.isArray(v) ? v.map(rec) : []);

/** "By Ana Lima and Rui Costa" → the names. */
export function bylineNames(byline: string | null): string[] {
  if (!byline) return [];
  return byline
    .replace(/^by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((n) => n.trim())
    .filter(Boolean);
}

function bodyOf(item: Rec): string[] {
  const html =
    str(item.body_html) ??
    str(list(item.bodies).find((b) => /html/.test(String(b.contenttype ?? b.contentType ?? '')))?.value);
  if (html) return fragmentParagraphs(html);
  const plain = str(item.body_text) ?? str(list(item.bodies).find((b) => b.value)?.value);
  return plain ? plain.split(/\n\s*\n|\n/) : [];
}

function itemOf(raw: Rec): { item: WireItem | null; withdrawn: string | null } {
  const uri = str(raw.uri);
  if (!uri) return { item: null, withdrawn: null };
  const status = (str(raw.pubstatus) ?? str(raw.pubStatus) ?? 'usable').toLowerCase();
  if (status === 'withdrawn' || status === 'canceled') return { item: null, withdrawn: uri };
  const byline = str(raw.byline) ?? str(list(raw.bylines)[0]?.byline);
  const title = str(raw.headline) ?? str(list(raw.headlines)[0]?.value);
  const published = str(raw.firstcreated) ?? str(raw.contentcreated) ?? str(raw.versioncreated);
  const modified = str(raw.versioncreated);
  return {
    item: {
      guid: uri,
      title,
      authors: bylineNames(byline),
      url: str(list(raw.links ?? raw.link).find((l) => str(l.href))?.href),
      outlet: str(rec(raw.copyrightholder).name) ?? str(raw.copyrightholder),
      published,
      modified: modified !== published ? modified : null,
      paragraphs: bodyOf(raw),
      embargoedUntil: str(raw.embargoed) ?? str(raw.embargoedUntil),
    },
    withdrawn: null,
  };
}

export function readNinjs(text: string): WireFile {
  const data: unknown = JSON.parse(text);
  const raws = Array.isArray(data) ? data.map(rec) : [rec(data)];
  const file: WireFile = { items: [], removed: [] };
  for (const raw of raws) {
    const { item, withdrawn } = itemOf(raw);
    if (item) file.items.push(item);
    if (withdrawn) file.removed.push(withdrawn);
  }
  if (file.items.length + file.removed.length === 0)
    throw new Error('no ninjs item (an object with a "uri")');
  return file;
}

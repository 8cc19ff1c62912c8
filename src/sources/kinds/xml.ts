/** XML for sitemaps and NewsML-G2, read by fast-xml-parser: validated first, so a malformed file is an error. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
});

export type Node = Record<string, unknown>;

export function parseXml(text: string): Node {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Error(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  return parser.parse(text) as Node;
}

export const asList = (v: unknown): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
export const node = (v: unknown): Node =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Node) : {};

/** An element's text: the string itself, or its `#text` when it has attributes. */
export function text(v: unknown): string | null {
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || null;
  const t = node(v)['#text'];
  return typeof t === 'string' || typeof t === 'number' ? String(t).trim() || null : null;
}
